// Goal seek: the value of one input at which a product's tariff (or a
// trajectory's price) is a target, exactly, and the values for which the
// rounded tariff is the target. The compiled, checked model `cost` is varied
// in the one input: each try recomputes only what it reaches.
#pragma once

#include "engine/diagnostic.hpp"
#include "engine/number.hpp"
#include "tariffs/model/model.hpp"
#include "tariffs/pricing/cost_model.hpp"

#include <optional>
#include <string>
#include <vector>

namespace tariffs {

struct Bound {
    engine::Number value;
    bool closed = true;  // the bound itself gives the target too
};

struct Solution {
    std::string code;
    std::string name;
    std::string unit;        // the unit the tariff is per: the kind's base unit
    std::string input;       // as `--set` names it
    std::string input_text;  // its value in the model, as written
    engine::Number input_value;
    engine::Number tariff;   // the product's tariff now
    engine::Number target;
    std::string rounding;    // how the tariff rule rounds, e.g. `round(·, 2, half_up)`; empty when it does not
    // The input at which the unrounded tariff equals the target; none when no value does.
    std::optional<engine::Number> exact;
    // The values of the input for which the rounded tariff equals the target
    // (an interval, its bounds in increasing order); none when no value does.
    std::optional<Bound> from, to;
    // The exact value lies within the input's declared range and keeps every
    // figure derived from it valid (positive hours, the ranges of the rules).
    bool in_range = true;
    std::string range;       // the declared range, as written; empty when none
    // Where the exact value lies within the declared range but makes a derived
    // figure impossible: the first problem it makes.
    std::optional<engine::Diagnostic> impossible;
    // Where the exact value is out of range: the tariff at each closed end of the range.
    std::vector<std::pair<engine::Number, engine::Number>> range_ends;
    // After the base year: the tariff is indexed, each step rounded, so `from`
    // and `to` are found by bisection to this precision (and `exact` is none).
    int year = 0;
    bool indexed = false;  // the tariff is indexed to `year`
    std::optional<engine::Number> precision;
    // By bisection, when no value gives the target exactly: the tariffs on either side of the step at `from`.
    std::optional<std::pair<engine::Number, engine::Number>> step;
};

// Where the tariff is a ratio of linear functions of the input, exactly; else
// (a rule between them rounds or chooses) by exact bisection, as
// solve_by_bisection does. Throws engine::InputError (a problem in the model)
// or SolveError (a std::invalid_argument) with a message for the user: an input the tariff
// does not depend on, a target the rounding cannot give.
Solution solve_tariff(CostModel& cost, const std::string& code, const std::string& input,
                      const engine::Number& target);

// The same by exact bisection within the input's range (or up to 2^40 times
// its value): for the tariff indexed to `year` after the base year, whose
// steps round, or for a base-year tariff of another shape.
Solution solve_by_bisection(CostModel& cost, const std::string& code, const std::string& input,
                              const engine::Number& target, int year);

}  // namespace tariffs
