// The Shapley value: each player's average marginal contribution over every
// order in which the players could join, computed exactly. It is the one
// attribution that does not depend on an arbitrary order, gives a player that
// never changes the result 0, and whose parts add up to v(all) − v(none).
#pragma once

#include "engine/number.hpp"

#include <functional>
#include <vector>

namespace engine {

// The most players shapley_values takes: it evaluates all 2^n coalitions.
inline constexpr int max_shapley_players = 16;

// `value(coalition)` gives the result with the players whose bits are set in
// `coalition` (bit i: player i). Evaluates every coalition once. Throws
// std::invalid_argument for more than max_shapley_players.
std::vector<Number> shapley_values(int players, const std::function<Number(unsigned coalition)>& value);

// Rounds each part to cents so that the rounded parts add up to the sum of the
// parts rounded half up to cents: each part is rounded down, and the cents
// that are left go one each to the parts with the largest remainders (ties: the
// first listed).
std::vector<Number> cents_keeping_sum(const std::vector<Number>& parts);

}  // namespace engine
