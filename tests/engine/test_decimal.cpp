#include "engine/decimal.hpp"

#include "numbers.hpp"

#include <catch2/catch.hpp>

#include <stdexcept>

using engine::Number;
using engine::RoundingMode;
using engine::format_decimal;

using test::num;

namespace {


}  // namespace

TEST_CASE("format_decimal prints exactly the requested decimals", "[decimal]") {
    CHECK(format_decimal(num("64200.2004"), 2) == "64200.20");
    CHECK(format_decimal(num("1878"), 2) == "1878.00");
    CHECK(format_decimal(num("0.004"), 5) == "0.00400");
    CHECK(format_decimal(num("0.05"), 1) == "0.1");
    CHECK(format_decimal(num("12.5"), 3) == "12.500");
}

TEST_CASE("format_decimal with zero places prints no point", "[decimal]") {
    CHECK(format_decimal(num("12.4"), 0) == "12");
    CHECK(format_decimal(num("12.5"), 0) == "13");
    CHECK(format_decimal(num("0"), 0) == "0");
}

TEST_CASE("format_decimal rounds half up by default", "[decimal]") {
    CHECK(format_decimal(num("-12.345"), 2) == "-12.35");
    CHECK(format_decimal(num("1.455"), 2) == "1.46");
    CHECK(format_decimal(num("1.454"), 2) == "1.45");
}

TEST_CASE("format_decimal honours an explicit mode", "[decimal]") {
    CHECK(format_decimal(num("2.5"), 0, RoundingMode::half_even) == "2");
    CHECK(format_decimal(num("0.125"), 2, RoundingMode::half_even) == "0.12");
    CHECK(format_decimal(num("-12.345"), 2, RoundingMode::down) == "-12.34");
    CHECK(format_decimal(num("-12.341"), 2, RoundingMode::floor) == "-12.35");
}

TEST_CASE("format_decimal never prints a minus sign on zero", "[decimal]") {
    CHECK(format_decimal(num("-0.004"), 2) == "0.00");
    CHECK(format_decimal(num("-0.4"), 0) == "0");
    CHECK(format_decimal(num("-0.009"), 2, RoundingMode::ceiling) == "0.00");
    CHECK(format_decimal(num("-0"), 2) == "0.00");
    CHECK(format_decimal(num("-0.005"), 2) == "-0.01");
}

TEST_CASE("format_decimal of a repeating fraction rounds its expansion", "[decimal]") {
    CHECK(format_decimal(Number(1) / Number(3), 6) == "0.333333");
    CHECK(format_decimal(Number(2) / Number(3), 6) == "0.666667");
    CHECK(format_decimal(Number(-2) / Number(3), 6) == "-0.666667");
}

TEST_CASE("format_decimal handles large values exactly", "[decimal]") {
    const Number big = num("123456789012345678901234567890.125");
    CHECK(format_decimal(big, 2) == "123456789012345678901234567890.13");
    CHECK(format_decimal(big, 2, RoundingMode::half_even) ==
          "123456789012345678901234567890.12");
    CHECK(format_decimal(-big, 0) == "-123456789012345678901234567890");
    CHECK(format_decimal(big, 4) == "123456789012345678901234567890.1250");
}

TEST_CASE("format_decimal rejects places outside 0..1000", "[decimal]") {
    CHECK_THROWS_AS(format_decimal(num("1"), -1), std::invalid_argument);
    CHECK_THROWS_AS(format_decimal(num("1"), 1001), std::invalid_argument);
}

TEST_CASE("display_value shows a short exact decimal as is", "[decimal]") {
    const auto shown = engine::display_value(num("65.24777"));
    CHECK(shown.text == "65.24777");
    CHECK_FALSE(shown.approximate);
    CHECK(engine::display_value(num("12.000")).text == "12");
    CHECK(engine::display_value(num("-0.5")).text == "-0.5");
    CHECK(engine::display_value(num("0.123456")).text == "0.123456");
    CHECK_FALSE(engine::display_value(num("0.123456")).approximate);
}

TEST_CASE("display_value rounds half up and marks values needing more decimals", "[decimal]") {
    const auto third = engine::display_value(Number(1) / Number(3));
    CHECK(third.text == "0.333333");
    CHECK(third.approximate);
    const auto long_decimal = engine::display_value(num("65.2477695"));
    CHECK(long_decimal.text == "65.247770");
    CHECK(long_decimal.approximate);
    const auto two_places = engine::display_value(num("1.455"), 2);
    CHECK(two_places.text == "1.46");
    CHECK(two_places.approximate);
    CHECK(engine::display_value(Number(-1) / Number(3000000000LL)).text == "0.000000");
}
