// Each product's tariff, and each year's budget total, under the model as
// written and under each of its named scenarios, side by side.
#pragma once

#include "engine/number.hpp"
#include "tariffs/model/model.hpp"
#include "tariffs/pricing/cost_model.hpp"

#include <optional>
#include <string>
#include <vector>

namespace tariffs {

struct ScenarioColumn {
    ScenarioInfo scenario;  // its name, what it is about, and each override beside the model's value
};

struct ScenarioProduct {  // a product's, or a trajectory's
    std::string code;
    std::string name;
    std::string unit;
    engine::Number base;                  // the tariff per unit under the model as written
    std::vector<engine::Number> tariffs;  // under each scenario, in the comparison's order

    engine::Number difference(std::size_t scenario) const { return tariffs[scenario] - base; }
    // The difference as a percentage of the base tariff; none when that is 0.
    std::optional<engine::Number> percent(std::size_t scenario) const;
};

struct ScenarioBudgetYear {
    int year = 0;
    std::optional<engine::Number> frame;
    engine::Number base;                 // all providers' budgets under the model as written
    std::vector<engine::Number> totals;  // under each scenario

    // frame − total; none without a frame.
    std::optional<engine::Number> headroom(const engine::Number& total) const;
};

struct ScenarioComparison {
    int year = 0;  // the tariffs are those of this year
    std::vector<ScenarioColumn> scenarios;
    std::vector<ScenarioProduct> products;  // in the model's order
    std::vector<ScenarioBudgetYear> budgets;  // every contract year, when the model has budgets
};

// `names` empty: every scenario the model names. `year` is a contract year
// (checked by the caller). Throws engine::InputError for an unknown scenario
// or a problem a scenario causes (located where its value is written).
// The products come first, then the trajectories, each in the model's order;
// every scenario is a variant of the compiled, checked model `cost`.
ScenarioComparison compare_scenarios(CostModel& cost, const std::vector<std::string>& names, int year);

}  // namespace tariffs
