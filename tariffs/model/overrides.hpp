// Changing a model's inputs: resolving an override's target, checking its
// value as the model's own would be checked, and applying it.
#pragma once

#include "engine/diagnostic.hpp"
#include "tariffs/model/model.hpp"
#include "tariffs/model/scenario.hpp"

#include <string>
#include <vector>

namespace tariffs {

// `NAME=VALUE` from `--set`, its value read exactly as a model's number
// (`22%`, `3900.00`). Problems are located at the argument. Throws engine::InputError.
Override parse_set_argument(const std::string& argument);

// Adds a problem for every override whose target the model does not have (with
// the nearest name) or whose value is outside the input's range.
void check_overrides(const Model& model, const std::vector<Override>& overrides, engine::Diagnostics& problems);

// Applies the overrides in order (a later one on the same input wins) and
// records them in `model.scenario` beside the model's own values. Throws
// engine::InputError with every problem of check_overrides.
void apply_overrides(Model& model, const std::vector<Override>& overrides);

// The range the method declares for the input `target` names (as `--set`
// names it); none when it declares none or the model has no such input.
const engine::Range* input_range(const Model& model, const std::string& target);

// Applies the model's scenario `name` and then `overrides`; `name` may be empty.
// Throws engine::InputError (an unknown scenario is located at the model).
void apply_scenario(Model& model, const std::string& name, const std::vector<Override>& overrides);

}  // namespace tariffs
