// Which assumption moves a tariff most: each input a product's tariff is
// derived from (after the base year, the index figures too), moved down and
// up, with the tariffs that gives and the exact elasticity of the unrounded
// tariff to it; and which inputs move a year's total budget most.
#pragma once

#include "engine/message.hpp"
#include "engine/number.hpp"
#include "tariffs/model/model.hpp"
#include "tariffs/pricing/cost_model.hpp"

#include <optional>
#include <string>
#include <vector>

namespace tariffs {

// How far an input moves: by a share of its value (`1%`), or, for an input
// written as a percentage when `points` is given, by that many percentage points.
struct Step {
    engine::Number by = engine::Number::fraction(1, 100);
    std::optional<engine::Number> points;  // e.g. 0.5: 20% moves to 19.5% and 20.5%
};

struct InputEffect {
    std::string input;  // as `--set` names it, or an index figure's name (`index OVA 2026 provisional`)
    std::string value;  // as written in the model
    std::optional<engine::Number> low, high;  // the input moved down and up; none outside its range
    std::optional<engine::Number> low_result, high_result;  // the tariff (or the budget) with it
    // (x / T) · dT/dx of the unrounded base-year tariff: exact where the tariff is
    // a ratio of linear functions of the input (the standard method), else none.
    std::optional<engine::Number> elasticity;
    engine::Message label;  // how a report names an index figure in its language; empty for an input

    // high_result − low_result, 0 when either is missing (shown as such): what the ranking sorts by.
    engine::Number swing() const;
};

struct ProductSensitivity {  // a product's, or a trajectory's
    std::string code;
    std::string name;
    std::string unit;
    engine::Number tariff;             // per its unit, in the year
    std::vector<InputEffect> inputs;  // largest swing first
};

struct BudgetSensitivity {
    int year = 0;
    engine::Number total;              // all providers
    std::vector<InputEffect> inputs;  // largest swing first; no elasticity
};

struct Sensitivity {
    int year = 0;
    Step step;
    std::vector<ProductSensitivity> products;
    std::optional<BudgetSensitivity> budget;  // when the model has budgets
};

// Every product and trajectory with a code in `codes` (empty: all of them,
// the products first), and with every product the budget, under the
// compiled, checked model `cost`. `year` is a contract year (checked by the
// caller). Each input moves only what it reaches; nothing of one input's
// variants is kept for the next. Throws engine::InputError (a missing index figure).
Sensitivity analyse_sensitivity(CostModel& cost, const std::vector<std::string>& codes, const Step& step, int year);

// The exact derivative-based elasticity x·T'(x)/T(x) at `x` of a function known
// at four points, when it is a ratio of linear functions through them (checked
// on the fourth): none otherwise, or when T(x) is 0.
std::optional<engine::Number> moebius_elasticity(const std::vector<std::pair<engine::Number, engine::Number>>& points);

}  // namespace tariffs
