// The Shapley value: exact, independent of the players' order, 0 for a player
// that changes nothing, and adding up to v(all) − v(none).
#include "engine/rounding.hpp"
#include "engine/shapley.hpp"

#include "numbers.hpp"

#include <catch2/catch.hpp>

using engine::Number;

namespace {

Number n(const char* text) { return *Number::parse(text); }

std::vector<std::string> texts(const std::vector<Number>& values) {
    std::vector<std::string> out;
    for (const auto& value : values) out.push_back(value.to_fraction_string());
    return out;
}

}  // namespace

TEST_CASE("additive players each get their own effect", "[shapley]") {
    const std::vector<Number> effect{n("2.50"), n("-1.25"), n("0.10")};
    const auto values = engine::shapley_values(3, [&](unsigned coalition) {
        Number total;
        for (unsigned i = 0; i < 3; ++i)
            if (coalition & (1u << i)) total += effect[i];
        return total;
    });
    CHECK(texts(values) == texts(effect));
}

TEST_CASE("an interaction is split equally between the players that cause it", "[shapley]") {
    // v = 10 when both are in, else 0 (the glove game): 5 each.
    const auto values = engine::shapley_values(2, [](unsigned coalition) { return Number(coalition == 3 ? 10 : 0); });
    CHECK(texts(values) == std::vector<std::string>{"5", "5"});
}

TEST_CASE("a player that never changes the result gets nothing, and the parts add up to the whole", "[shapley]") {
    const auto value = [](unsigned coalition) {
        // A rounded product of two factors; player 2 is a dummy.
        Number price = n("86.39");
        if (coalition & 1u) price = price * n("1.031");
        if (coalition & 2u) price = price + n("0.337");
        return engine::round_places(price, 2, engine::RoundingMode::half_up);
    };
    const auto values = engine::shapley_values(3, value);
    CHECK(values[2] == Number(0));
    CHECK(values[0] + values[1] + values[2] == value(7) - value(0));
}

TEST_CASE("the order in which players are numbered changes no part", "[shapley]") {
    const auto game = [](const std::vector<Number>& weights) {
        return [weights](unsigned coalition) {
            Number sum;
            Number product = 1;
            for (unsigned i = 0; i < weights.size(); ++i)
                if (coalition & (1u << i)) {
                    sum += weights[i];
                    product = product * (weights[i] + 1);
                }
            return engine::round_places(sum * product, 2, engine::RoundingMode::half_up);
        };
    };
    const std::vector<Number> forward{n("0.013"), n("0.25"), n("1.5")};
    const std::vector<Number> backward{forward[2], forward[1], forward[0]};
    const auto a = engine::shapley_values(3, game(forward));
    const auto b = engine::shapley_values(3, game(backward));
    CHECK(a[0] == b[2]);
    CHECK(a[1] == b[1]);
    CHECK(a[2] == b[0]);
}

TEST_CASE("a change that crosses a rounding boundary is shared, and its cents still add up", "[shapley]") {
    // 1.004 + 0.003 for each player: rounded, either alone gives 1.01, both give 1.01.
    const auto value = [](unsigned coalition) {
        Number price = n("1.004");
        if (coalition & 1u) price += n("0.003");
        if (coalition & 2u) price += n("0.003");
        return engine::round_places(price, 2, engine::RoundingMode::half_up);
    };
    const auto values = engine::shapley_values(2, value);
    CHECK(texts(values) == std::vector<std::string>{"1/200", "1/200"});
    const auto cents = engine::cents_keeping_sum(values);
    CHECK(cents[0] + cents[1] == n("0.01"));
    CHECK(texts(cents) == std::vector<std::string>{"1/100", "0"});  // the tie goes to the first listed
}

TEST_CASE("cents keeping the sum: rounded down, the cents left to the largest remainders", "[shapley]") {
    const auto cents = engine::cents_keeping_sum({n("1.973333"), n("0.483333"), n("0.323334")});  // sum 2.78
    CHECK(texts(cents) == texts({n("1.97"), n("0.48"), n("0.33")}));
    const auto negative = engine::cents_keeping_sum({n("-1.4433"), n("-0.0067")});  // sum -1.45
    CHECK(negative[0] + negative[1] == n("-1.45"));
    CHECK(texts(negative) == texts({n("-1.44"), n("-0.01")}));
}

TEST_CASE("more players than the Shapley value takes are refused", "[shapley]") {
    CHECK_THROWS_AS(engine::shapley_values(engine::max_shapley_players + 1, [](unsigned) { return Number(); }),
                    std::invalid_argument);
}
