// Plausibility: a given value outside its parameter's usual range (overhead of
// 200%, a year-end bonus of 89.64%) is allowed by the method, but most likely
// a slip, so it is said as a warning where the value is written.
#pragma once

#include "engine/diagnostic.hpp"
#include "engine/scope.hpp"

#include <string>

namespace tariffs {

using engine::Definition;

// Adds a warning to `warnings` when `given` (a value, at its own position) lies
// outside the usual range of its declaration. `shown` names it as the user
// wrote it: `overhead_surcharge`, `AMB-U.direct_share`.
void check_usual(const Definition& given, const Definition* declaration, const std::string& shown,
                 engine::Diagnostics& warnings);

}  // namespace tariffs
