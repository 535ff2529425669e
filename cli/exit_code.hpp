// What the `tariff` command's exit code says, and the error that makes it 2.
#pragma once

#include "tariffs/app/request_error.hpp"

namespace cli {

enum ExitCode { ok = 0, problems = 1, usage = 2, findings = 3 };

// Wrong usage (exit 2): the command line's own (a format the command does not
// write), or a request that does not fit the model, which the use cases throw.
using UsageError = tariffs::app::RequestError;

}  // namespace cli
