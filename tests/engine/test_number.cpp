#include "engine/number.hpp"

#include "numbers.hpp"

#include <catch2/catch.hpp>

#include <stdexcept>
#include <string>

using engine::BigInt;
using engine::Number;

using test::num;

namespace {


std::string exact(const Number& value) {
    return value.to_exact_decimal().value_or("<no finite decimal>");
}

}  // namespace

TEST_CASE("parse reads signed decimal text exactly", "[number]") {
    CHECK(num("-12.345").to_fraction_string() == "-2469/200");
    CHECK(num("-12.345") == Number::fraction(-12345, 1000));
    CHECK(num("1878").to_fraction_string() == "1878");
    CHECK(num("+5") == Number(5));
    CHECK(num("0.125").to_fraction_string() == "1/8");
}

TEST_CASE("parse treats leading zeros as decimal, never octal", "[number]") {
    CHECK(num("007.50") == num("7.5"));
    CHECK(num("010") == Number(10));
    CHECK(num("0.08") == Number::fraction(2, 25));
}

TEST_CASE("parse of a percentage divides by 100 exactly", "[number]") {
    CHECK(num("8.33%").to_fraction_string() == "833/10000");
    CHECK(num("100%") == Number(1));
    CHECK(num("-2.5%") == num("-0.025"));
}

TEST_CASE("minus zero parses as plain zero", "[number]") {
    CHECK(num("-0").is_zero());
    CHECK(num("-0.00").sign() == 0);
    CHECK(num("-0.00").to_fraction_string() == "0");
}

TEST_CASE("parse rejects anything that is not plain decimal text", "[number]") {
    const char* bad[] = {
        "",     " 1",   "1 ",   "1 000", "1e5",  "1E5",  "1,5",   "1.",
        ".5",   "-.5",  "--1",  "+-1",   "-",    "+",    "%",     "1%%",
        "1.2.3", "12%5", "abc", "nan",   "NaN",  "inf",  "-inf",  "0x10",
        "1_000", "\t1", "1\n",
    };
    for (const char* text : bad) {
        CAPTURE(text);
        CHECK_FALSE(Number::parse(text).has_value());
    }
}

TEST_CASE("parse rejects texts longer than 1000 characters", "[number]") {
    CHECK(Number::parse(std::string(1000, '7')).has_value());
    CHECK_FALSE(Number::parse(std::string(1001, '7')).has_value());
}

TEST_CASE("decimal addition is exact: 0.1 + 0.2 == 0.3", "[number]") {
    CHECK(num("0.1") + num("0.2") == num("0.3"));
    Number sum = num("0.1");
    sum += num("0.2");
    CHECK(exact(sum) == "0.3");
}

TEST_CASE("division is exact: 1 / 3 * 3 == 1", "[number]") {
    const Number third = Number(1) / Number(3);
    CHECK(third.to_fraction_string() == "1/3");
    CHECK(third * Number(3) == Number(1));
    CHECK((third * Number(3)).is_integer());
}

TEST_CASE("division by zero throws domain_error", "[number]") {
    CHECK_THROWS_AS(Number(1) / Number(0), std::domain_error);
    CHECK_THROWS_AS(num("0.5") / num("-0.00"), std::domain_error);
}

TEST_CASE("fraction normalises sign and lowest terms, rejects zero denominator", "[number]") {
    const Number value = Number::fraction(6, -8);
    CHECK(value.to_fraction_string() == "-3/4");
    CHECK(value.numerator() == -3);
    CHECK(value.denominator() == 4);
    CHECK(Number::fraction(-6, -8).to_fraction_string() == "3/4");
    CHECK_THROWS_AS(Number::fraction(1, 0), std::domain_error);
}

TEST_CASE("whole numbers convert from long long over its full range", "[number]") {
    CHECK(Number(9223372036854775807LL).to_fraction_string() == "9223372036854775807");
    CHECK(Number(-9223372036854775807LL - 1).to_fraction_string() == "-9223372036854775808");
    CHECK(Number().is_zero());
}

TEST_CASE("sign, zero and integer tests follow the exact value", "[number]") {
    CHECK(num("-0.5").sign() == -1);
    CHECK(num("0").sign() == 0);
    CHECK(num("0.5").sign() == 1);
    CHECK(num("12.00").is_integer());
    CHECK_FALSE(num("12.01").is_integer());
    CHECK((-num("2.5")) == num("-2.5"));
    CHECK(num("1.5") - num("2") == num("-0.5"));
}

TEST_CASE("ordering compares exact values, not texts", "[number]") {
    CHECK(num("-0.5") < Number(0));
    CHECK(Number(0) < num("0.25"));
    CHECK(num("2.50") == num("2.5"));
    CHECK((num("2.50") <=> num("2.5")) == std::strong_ordering::equal);
    CHECK(num("0.3333") < Number(1) / Number(3));
}

TEST_CASE("to_fraction_string shows numerator/denominator or the integer", "[number]") {
    CHECK(Number::fraction(3, 4).to_fraction_string() == "3/4");
    CHECK(Number::fraction(-3, 4).to_fraction_string() == "-3/4");
    CHECK(Number(12).to_fraction_string() == "12");
    CHECK(Number(0).to_fraction_string() == "0");
}

TEST_CASE("to_exact_decimal gives the minimal decimals for 2s-and-5s denominators", "[number]") {
    CHECK(exact(num("64200.2004")) == "64200.2004");
    CHECK(exact(num("1082.6088")) == "1082.6088");
    CHECK(exact(num("12.000")) == "12");
    CHECK(exact(num("-0.50")) == "-0.5");
    CHECK(exact(Number(0)) == "0");
    CHECK(exact(Number::fraction(-1, 80)) == "-0.0125");
    CHECK(exact(num("8.33%")) == "0.0833");
}

TEST_CASE("to_exact_decimal gives nothing for a repeating expansion", "[number]") {
    CHECK_FALSE((Number(1) / Number(3)).to_exact_decimal().has_value());
    CHECK_FALSE(Number::fraction(1, 6).to_exact_decimal().has_value());
    CHECK_FALSE(Number::fraction(-7, 30).to_exact_decimal().has_value());
}

TEST_CASE("large values stay exact", "[number]") {
    const Number big = num("123456789012345678901234567890.125");
    CHECK(exact(big) == "123456789012345678901234567890.125");
    CHECK(exact(big + big) == "246913578024691357802469135780.25");
    CHECK(BigInt(big.numerator() / big.denominator()) ==
          BigInt("123456789012345678901234567890"));
}

TEST_CASE("to_exact_decimal is the same on both sides of the machine-integer bounds", "[number]") {
    // Machine integers serve fractions that fit; GMP serves the rest: the text must not differ.
    CHECK(exact(num("9223372036854775807")) == "9223372036854775807");
    CHECK(exact(num("-9223372036854775808")) == "-9223372036854775808");
    CHECK(exact(num("9223372036854775808")) == "9223372036854775808");
    CHECK(exact(num("-9223372036854775809")) == "-9223372036854775809");
    CHECK(exact(num("0.000000000000000001")) == "0.000000000000000001");        // 18 places
    CHECK(exact(num("-0.0000000000000000001")) == "-0.0000000000000000001");    // 19 places
    CHECK(exact(num("92233720368.54775807")) == "92233720368.54775807");
    CHECK(exact(num("-0.05")) == "-0.05");
    CHECK(exact(num("0")) == "0");
    CHECK(exact(num("1234567890123456789012345678.90")) == "1234567890123456789012345678.9");
    CHECK(exact(Number::fraction(7, 1024)) == "0.0068359375");
    CHECK(exact(Number::fraction(-1, 1ll << 40)) == "-0.0000000000009094947017729282379150390625");
}
