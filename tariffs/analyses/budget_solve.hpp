// Goal seek on a budget: the provider's availability, or a budget line's
// volume in the base year, at which all providers' budget of a year reaches
// a target. Each line's amount is rounded to the cent, so the total is a
// step function of the input: the answer is found by exact bisection to a
// stated precision, as the interval of inputs that give the target exactly,
// or the step over it.
#pragma once

#include "engine/number.hpp"
#include "tariffs/model/model.hpp"
#include "tariffs/pricing/indexed_tariffs.hpp"

#include <optional>
#include <string>

namespace tariffs {

struct BudgetInput {
    std::string provider;
    std::string code;  // empty: the provider's availability; else the line's base-year volume
};

struct BudgetSolution {
    int year = 0;
    engine::Number target;
    engine::Number total;  // the year's total now
    engine::Number value;  // the input now
    engine::Number precision;  // each bound is found to within it: a millionth of a unit
    // The least input (within `precision`) at which the total reaches the
    // target, and the least above which it passes it: the total is the target
    // for inputs between them, when `exact`.
    std::optional<engine::Number> reaches, passes;
    bool exact = false;
    engine::Number below, above;  // the totals on either side of `reaches`, when not exact
};

// Throws SolveError (a std::invalid_argument) for an unknown provider or line, engine::InputError
// for a problem in the model. `tariffs` indexes the budgeted products up to the year.
BudgetSolution solve_budget(const Model& model, const IndexedTariffs& tariffs, const BudgetInput& input, int year,
                            const engine::Number& target);

}  // namespace tariffs
