// Every diagnostic the command prints on standard error: the problems of an
// input, the warnings of a model, the lines of a checked file that could not
// be read. Each takes the command's output, so its locale is at hand.
#pragma once

#include "cli/output.hpp"
#include "engine/diagnostic.hpp"

namespace cli {

// Every problem, sorted, one a line (`file:line:column: error: …`), then their
// count. Returns the exit code: problems.
int print_problems(const engine::Diagnostics& problems, const Output& output);
int print_problems(const engine::InputError& error, const Output& output);

// The model's warnings (`…: warning: …`) and that --strict makes them errors;
// nothing without any.
void print_warnings(const engine::Diagnostics& warnings, const Output& output);

// The lines of a checked file that could not be read (the report shows them too).
void print_unreadable(const engine::Diagnostics& lines, const Output& output);

}  // namespace cli
