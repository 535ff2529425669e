// `solve`, goal seek: the value of one input at which a product's tariff is a
// target, exactly, and the values that round to it; or the availability or
// volume at which a year's total budget is a target.
#pragma once

#include "engine/number.hpp"
#include "tariffs/analyses/budget_solve.hpp"
#include "tariffs/analyses/solve.hpp"
#include "tariffs/app/model_input.hpp"
#include "tariffs/app/provenance.hpp"

#include <optional>
#include <string>

namespace tariffs::app {

struct SolveOptions {
    std::string code;       // the product (with `budget_year` and `vary` volume: the budget line's)
    engine::Number target;  // the tariff per the kind's base unit, or the year's total budget
    std::string vary;       // the input, as `--set` names it (`VBL.occupancy`); with `budget_year`: availability or volume
    std::optional<int> year;         // the tariff indexed to this contract year (default: the base year)
    std::optional<int> budget_year;  // seek this year's total budget instead of a tariff
    std::string provider;            // with `budget_year`: whose availability or volume varies
};

// One of the two, as `budget_year` is given or not.
struct SolveResult {
    std::optional<Solution> tariff;
    std::optional<BudgetSolution> budget;
    BudgetInput budget_input;  // with `budget`: what was varied
    bool reaches = false;      // some value in the input's range reaches the target
    Provenance provenance;
};

// Throws RequestError (an unknown product, provider or input; a year outside
// the contract years; options that do not go together) and engine::InputError.
SolveResult solve(LoadedModel& loaded, const SolveOptions& options);

}  // namespace tariffs::app
