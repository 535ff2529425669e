// `fingerprint`: the fingerprint every report of a model carries, with the
// files and overrides it is made of.
#pragma once

#include "tariffs/app/model_input.hpp"
#include "tariffs/model/fingerprint.hpp"

namespace tariffs::app {

Fingerprint fingerprint(const LoadedModel& loaded);

}  // namespace tariffs::app
