#include "engine/shapley.hpp"

#include "engine/rounding.hpp"

#include <algorithm>
#include <numeric>
#include <stdexcept>

namespace engine {

std::vector<Number> shapley_values(int players, const std::function<Number(unsigned coalition)>& value) {
    if (players < 0 || players > max_shapley_players)
        throw std::invalid_argument("the Shapley value takes at most " + std::to_string(max_shapley_players) +
                                    " players");
    const unsigned coalitions = 1u << players;
    std::vector<Number> worth(coalitions);
    for (unsigned coalition = 0; coalition < coalitions; ++coalition) worth[coalition] = value(coalition);
    // weight[s] = s! (n − s − 1)! / n!: the share of orders in which a player
    // joins right after a given coalition of s others.
    std::vector<Number> weight(static_cast<std::size_t>(std::max(players, 1)));
    for (int size = 0; size < players; ++size) {
        BigInt numerator = 1, denominator = 1;
        for (int k = 2; k <= size; ++k) numerator *= k;
        for (int k = 2; k <= players - size - 1; ++k) numerator *= k;
        for (int k = 2; k <= players; ++k) denominator *= k;
        weight[static_cast<std::size_t>(size)] = Number::fraction(numerator, denominator);
    }
    std::vector<Number> result(static_cast<std::size_t>(players));
    for (int player = 0; player < players; ++player) {
        const unsigned bit = 1u << player;
        for (unsigned coalition = 0; coalition < coalitions; ++coalition) {
            if (coalition & bit) continue;
            const auto size = static_cast<std::size_t>(__builtin_popcount(coalition));
            result[static_cast<std::size_t>(player)] += weight[size] * (worth[coalition | bit] - worth[coalition]);
        }
    }
    return result;
}

std::vector<Number> cents_keeping_sum(const std::vector<Number>& parts) {
    const Number cent = Number::fraction(1, 100);
    const Number total = round_places(std::accumulate(parts.begin(), parts.end(), Number()), 2, RoundingMode::half_up);
    std::vector<Number> rounded;
    Number sum;
    for (const auto& part : parts) {
        rounded.push_back(round_places(part, 2, RoundingMode::floor));
        sum += rounded.back();
    }
    std::vector<std::size_t> order(parts.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        return parts[a] - rounded[a] > parts[b] - rounded[b];
    });
    for (std::size_t i = 0; sum < total && i < order.size(); ++i) {
        rounded[order[i]] += cent;
        sum += cent;
    }
    return rounded;
}

}  // namespace engine
