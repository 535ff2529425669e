// `scenarios`: each tariff, and each year's budgets, under the model and under
// each of its named scenarios, side by side.
#pragma once

#include "tariffs/analyses/scenario_comparison.hpp"
#include "tariffs/app/model_input.hpp"
#include "tariffs/app/provenance.hpp"

#include <optional>
#include <string>
#include <vector>

namespace tariffs::app {

struct ScenarioOptions {
    std::vector<std::string> names;  // only these scenarios (default: every one the model names)
    std::optional<int> year;         // the tariffs of this contract year (default: the base year)
};

struct ScenarioResult {
    ScenarioComparison comparison;
    Provenance provenance;
};

// Throws RequestError (a model without scenarios, a year outside its contract
// years) and engine::InputError (an unknown scenario).
ScenarioResult compare_scenarios(LoadedModel& loaded, const ScenarioOptions& options);

}  // namespace tariffs::app
