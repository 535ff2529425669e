#include "engine/rounding.hpp"

#include "numbers.hpp"

#include <catch2/catch.hpp>

#include <iterator>
#include <stdexcept>
#include <string>
#include <vector>

using engine::Number;
using engine::RoundingMode;

using test::num;
using test::exact;

namespace {



constexpr RoundingMode all_modes[] = {
    RoundingMode::half_up, RoundingMode::half_even, RoundingMode::half_down,
    RoundingMode::up,      RoundingMode::down,      RoundingMode::ceiling,
    RoundingMode::floor,
};

// Expected results in the order of all_modes.
struct Row {
    const char* value;
    int places;
    std::vector<const char*> expected;
};

void check_rows(const std::vector<Row>& rows) {
    for (const Row& row : rows) {
        for (std::size_t i = 0; i < std::size(all_modes); ++i) {
            const RoundingMode mode = all_modes[i];
            CAPTURE(row.value, row.places, engine::to_string(mode));
            CHECK(exact(engine::round_places(num(row.value), row.places, mode)) ==
                  exact(num(row.expected[i])));
        }
    }
}

}  // namespace

//                      half_up half_even half_down up  down ceiling floor
TEST_CASE("every mode on an exact tie at zero places", "[rounding]") {
    check_rows({
        {"2.5", 0, {"3", "2", "2", "3", "2", "3", "2"}},
        {"-2.5", 0, {"-3", "-2", "-2", "-3", "-2", "-2", "-3"}},
        {"3.5", 0, {"4", "4", "3", "4", "3", "4", "3"}},
        {"-3.5", 0, {"-4", "-4", "-3", "-4", "-3", "-3", "-4"}},
        {"0.5", 0, {"1", "0", "0", "1", "0", "1", "0"}},
        {"-0.5", 0, {"-1", "0", "0", "-1", "0", "0", "-1"}},
    });
}

TEST_CASE("every mode on an exact tie at one place", "[rounding]") {
    check_rows({
        {"2.45", 1, {"2.5", "2.4", "2.4", "2.5", "2.4", "2.5", "2.4"}},
        {"-2.45", 1, {"-2.5", "-2.4", "-2.4", "-2.5", "-2.4", "-2.4", "-2.5"}},
        {"2.55", 1, {"2.6", "2.6", "2.5", "2.6", "2.5", "2.6", "2.5"}},
    });
}

TEST_CASE("every mode on values just above and below a tie", "[rounding]") {
    check_rows({
        {"2.46", 1, {"2.5", "2.5", "2.5", "2.5", "2.4", "2.5", "2.4"}},
        {"2.44", 1, {"2.4", "2.4", "2.4", "2.5", "2.4", "2.5", "2.4"}},
        {"-2.46", 1, {"-2.5", "-2.5", "-2.5", "-2.5", "-2.4", "-2.4", "-2.5"}},
        {"-2.44", 1, {"-2.4", "-2.4", "-2.4", "-2.5", "-2.4", "-2.4", "-2.5"}},
        {"2.4500001", 1, {"2.5", "2.5", "2.5", "2.5", "2.4", "2.5", "2.4"}},
        {"2.4499999", 1, {"2.4", "2.4", "2.4", "2.5", "2.4", "2.5", "2.4"}},
    });
}

TEST_CASE("every mode leaves values that are already exact unchanged", "[rounding]") {
    check_rows({
        {"2.4", 1, {"2.4", "2.4", "2.4", "2.4", "2.4", "2.4", "2.4"}},
        {"-2.4", 2, {"-2.4", "-2.4", "-2.4", "-2.4", "-2.4", "-2.4", "-2.4"}},
        {"1878", 0, {"1878", "1878", "1878", "1878", "1878", "1878", "1878"}},
        {"0", 0, {"0", "0", "0", "0", "0", "0", "0"}},
        {"0", 3, {"0", "0", "0", "0", "0", "0", "0"}},
    });
}

TEST_CASE("half_up rounds 1.455 to 1.46 and 1.454 to 1.45 (iJw rule IV081)", "[rounding]") {
    CHECK(exact(engine::round_places(num("1.455"), 2, RoundingMode::half_up)) == "1.46");
    CHECK(exact(engine::round_places(num("1.454"), 2, RoundingMode::half_up)) == "1.45");
    CHECK(exact(engine::round_places(num("-1.455"), 2, RoundingMode::half_up)) == "-1.46");
}

TEST_CASE("half_even rounds 0.125 to 0.12 and 0.135 to 0.14", "[rounding]") {
    CHECK(exact(engine::round_places(num("0.125"), 2, RoundingMode::half_even)) == "0.12");
    CHECK(exact(engine::round_places(num("0.135"), 2, RoundingMode::half_even)) == "0.14");
    CHECK(exact(engine::round_places(num("-0.125"), 2, RoundingMode::half_even)) == "-0.12");
}

TEST_CASE("repeating fractions round like their decimal expansion", "[rounding]") {
    const Number two_thirds = Number(2) / Number(3);
    CHECK(exact(engine::round_places(two_thirds, 2, RoundingMode::half_up)) == "0.67");
    CHECK(exact(engine::round_places(two_thirds, 2, RoundingMode::down)) == "0.66");
    CHECK(exact(engine::round_places(-two_thirds, 2, RoundingMode::ceiling)) == "-0.66");
    CHECK(exact(engine::round_places(-two_thirds, 2, RoundingMode::floor)) == "-0.67");
}

TEST_CASE("large values round on their last digits exactly", "[rounding]") {
    check_rows({
        {"123456789012345678901234567890.125", 2,
         {"123456789012345678901234567890.13", "123456789012345678901234567890.12",
          "123456789012345678901234567890.12", "123456789012345678901234567890.13",
          "123456789012345678901234567890.12", "123456789012345678901234567890.13",
          "123456789012345678901234567890.12"}},
        {"-123456789012345678901234567890.125", 2,
         {"-123456789012345678901234567890.13", "-123456789012345678901234567890.12",
          "-123456789012345678901234567890.12", "-123456789012345678901234567890.13",
          "-123456789012345678901234567890.12", "-123456789012345678901234567890.12",
          "-123456789012345678901234567890.13"}},
    });
    CHECK(engine::round_to_integer(num("123456789012345678901234567890.5"), RoundingMode::half_up) ==
          engine::BigInt("123456789012345678901234567891"));
}

TEST_CASE("round_to_integer follows the mode", "[rounding]") {
    CHECK(engine::round_to_integer(num("-7.01"), RoundingMode::floor) == -8);
    CHECK(engine::round_to_integer(num("-7.99"), RoundingMode::ceiling) == -7);
    CHECK(engine::round_to_integer(num("7.01"), RoundingMode::up) == 8);
    CHECK(engine::round_to_integer(num("-7.99"), RoundingMode::down) == -7);
}

TEST_CASE("round_places rejects places outside 0..1000", "[rounding]") {
    CHECK_THROWS_AS(engine::round_places(num("1.5"), -1, RoundingMode::half_up),
                    std::invalid_argument);
    CHECK_THROWS_AS(engine::round_places(num("1.5"), 1001, RoundingMode::half_up),
                    std::invalid_argument);
    CHECK(exact(engine::round_places(num("1.5"), 1000, RoundingMode::half_up)) == "1.5");
}

TEST_CASE("rounding to a 0.60 step picks the nearest multiple per mode", "[rounding]") {
    const Number step = num("0.60");
    const auto to_step = [&](const char* value, RoundingMode mode) {
        return exact(engine::round_to_step(num(value), step, mode));
    };
    // 82.92 / 0.60 = 138.2 and 82.95 / 0.60 = 138.25: both 138 steps = 82.80.
    CHECK(to_step("82.92", RoundingMode::half_up) == "82.8");
    CHECK(to_step("82.95", RoundingMode::half_up) == "82.8");
    // 83.10 / 0.60 = 138.5, an exact tie.
    CHECK(to_step("83.10", RoundingMode::half_up) == "83.4");
    CHECK(to_step("83.10", RoundingMode::half_even) == "82.8");
    CHECK(to_step("83.10", RoundingMode::half_down) == "82.8");
    CHECK(to_step("-83.10", RoundingMode::half_up) == "-83.4");
    CHECK(to_step("-82.92", RoundingMode::half_up) == "-82.8");
    // 82.81 / 0.60 = 138.01...: directed modes.
    CHECK(to_step("82.81", RoundingMode::ceiling) == "83.4");
    CHECK(to_step("82.81", RoundingMode::floor) == "82.8");
    CHECK(to_step("-82.81", RoundingMode::ceiling) == "-82.8");
    CHECK(to_step("-82.81", RoundingMode::floor) == "-83.4");
    CHECK(to_step("82.80", RoundingMode::up) == "82.8");
    CHECK(to_step("0", RoundingMode::up) == "0");
}

TEST_CASE("rounding to a 1.00 step rounds to whole units", "[rounding]") {
    const Number step = num("1.00");
    CHECK(exact(engine::round_to_step(num("2.5"), step, RoundingMode::half_up)) == "3");
    CHECK(exact(engine::round_to_step(num("-2.5"), step, RoundingMode::half_up)) == "-3");
    CHECK(exact(engine::round_to_step(num("2.5"), step, RoundingMode::half_even)) == "2");
    CHECK(exact(engine::round_to_step(num("7.49"), step, RoundingMode::half_up)) == "7");
    CHECK(exact(engine::round_to_step(num("-7.01"), step, RoundingMode::floor)) == "-8");
    CHECK(exact(engine::round_to_step(num("-7.99"), step, RoundingMode::down)) == "-7");
}

TEST_CASE("round_to_step rejects a step that is not positive", "[rounding]") {
    CHECK_THROWS_AS(engine::round_to_step(num("1"), Number(0), RoundingMode::half_up),
                    std::invalid_argument);
    CHECK_THROWS_AS(engine::round_to_step(num("1"), num("-0.6"), RoundingMode::half_up),
                    std::invalid_argument);
}

TEST_CASE("mode names parse and print in enum order", "[rounding]") {
    const char* const* names = engine::rounding_mode_names();
    std::size_t count = 0;
    for (; names[count] != nullptr; ++count) {
        const auto mode = engine::parse_rounding_mode(names[count]);
        REQUIRE(mode.has_value());
        CHECK(static_cast<std::size_t>(*mode) == count);
        CHECK(engine::to_string(*mode) == names[count]);
    }
    CHECK(count == std::size(all_modes));
    CHECK(engine::to_string(RoundingMode::half_up) == "half_up");
    CHECK(engine::to_string(RoundingMode::floor) == "floor");
    CHECK(engine::parse_rounding_mode("half_even") == RoundingMode::half_even);
}

TEST_CASE("unknown mode names parse to nothing", "[rounding]") {
    CHECK_FALSE(engine::parse_rounding_mode("").has_value());
    CHECK_FALSE(engine::parse_rounding_mode("HALF_UP").has_value());
    CHECK_FALSE(engine::parse_rounding_mode("half-up").has_value());
    CHECK_FALSE(engine::parse_rounding_mode("bankers").has_value());
}

TEST_CASE("machine-sized values round as values too large for a machine word do", "[rounding]") {
    // Adding a large even integer K of the value's sign moves it out of 64 bits
    // without changing how any mode rounds it: round(v) = round(v + K) − K.
    const Number big = Number::fraction(engine::BigInt(1) << 70, 1);
    const long long denominators[] = {1, 2, 3, 7, 8, 12, 100, 1000, 999983, 4000000007LL};
    const long long numerators[] = {0, 1, 5, 49, 50, 51, 125, 135, 1455, 99999, 1234567891, 9223372036854775807LL};
    for (const long long d : denominators)
        for (const long long n : numerators)
            for (const int sign : {1, -1}) {
                const Number value = Number::fraction(engine::BigInt(n) * sign, engine::BigInt(d));
                const Number shift = sign > 0 ? big : -big;
                for (int places = 0; places <= 6; ++places)
                    for (const RoundingMode mode : all_modes) {
                        INFO(value.to_fraction_string() << " to " << places << " places, " << engine::to_string(mode));
                        CHECK(engine::round_places(value, places, mode) ==
                              engine::round_places(value + shift, places, mode) - shift);
                    }
            }
}
