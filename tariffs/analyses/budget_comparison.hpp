// Two models' budgets compared per provider and year, each difference
// attributed by Shapley value to four causes: the tariffs (every changed input
// of the tariffs), the volumes, the availability and the indexation.
#pragma once

#include "engine/message.hpp"
#include "engine/number.hpp"
#include "tariffs/analyses/model_diff.hpp"
#include "tariffs/model/model.hpp"
#include "tariffs/pricing/cost_model.hpp"

#include <optional>
#include <string>
#include <vector>

namespace tariffs {

struct BudgetCause {
    std::string cause;     // tariffs, volumes, availability, indexation, budget plan
    engine::Number exact;  // its Shapley value
    engine::Number cents;  // to the cent, the cents distributed so the parts add up
};

struct BudgetDifference {
    std::string provider;  // empty: all providers together
    int year = 0;
    std::optional<engine::Number> old_amount;  // none: a provider only the new model has
    std::optional<engine::Number> new_amount;
    std::vector<BudgetCause> causes;  // in the order of `causes` of the comparison; empty for a provider added or removed

    engine::Number difference() const;
};

struct BudgetComparison {
    std::vector<std::string> causes;            // the causes that differ between the models
    engine::Message note;                       // why the differences are not split, when they are not
    std::vector<BudgetDifference> differences;  // the budgets that changed, by provider then year; then the totals
};

// `start` is the compiled old model with the new staff levels and kinds (see
// with_new_parts); `changes` its input changes towards `new_model`. Empty when either model has no budgets.
BudgetComparison compare_budgets(CostModel& start, CostModel& new_model, const std::vector<InputChange>& changes);

}  // namespace tariffs
