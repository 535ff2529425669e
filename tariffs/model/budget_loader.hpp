// Reading the `budgets` section of a model: providers, lines, frames.
#pragma once

#include "engine/yaml_reader.hpp"
#include "tariffs/model/budget_plan.hpp"

#include <set>
#include <string>

namespace tariffs {

// `codes`: the model's product codes, which budget lines must name.
BudgetPlan read_budgets(engine::YamlReader& reader, const engine::YamlNode& node, const std::set<std::string>& codes,
                        int base_year);

}  // namespace tariffs
