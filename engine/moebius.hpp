// A ratio of linear functions, T(x) = (a + b·x) / (c + d·x), found exactly
// through points it passes: the shape a cost-price tariff has in any one of
// its inputs (a salary, a surcharge, hours, occupancy), so that its slope and
// the input that gives a target are exact fractions, not approximations.
#pragma once

#include "engine/number.hpp"

#include <optional>
#include <utility>
#include <vector>

namespace engine {

struct Moebius {
    Number a, b, c, d;

    // None where c + d·x is 0 (the pole).
    std::optional<Number> value(const Number& x) const;
    std::optional<Number> derivative(const Number& x) const;
    // The x with T(x) = y; none when no x gives it (a constant, or y the asymptote b/d).
    std::optional<Number> inverse(const Number& y) const;
};

// The ratio through the first three points, if the fourth lies on it too (and
// the points are not all one value of x); none otherwise.
std::optional<Moebius> fit_moebius(const std::vector<std::pair<Number, Number>>& points);

}  // namespace engine
