#include "engine/apportion.hpp"

#include "numbers.hpp"

#include <catch2/catch.hpp>

#include <initializer_list>
#include <stdexcept>
#include <string>
#include <vector>

using engine::Number;
using engine::Portion;

using test::exact;
using test::num;

namespace {

std::vector<Number> nums(std::initializer_list<const char*> texts) {
    std::vector<Number> out;
    for (const char* text : texts) {
        out.push_back(num(text));
    }
    return out;
}

std::vector<std::string> amounts(const std::vector<Portion>& parts) {
    std::vector<std::string> out;
    for (const Portion& part : parts) {
        out.push_back(exact(part.amount));
    }
    return out;
}

std::vector<bool> extra_cents(const std::vector<Portion>& parts) {
    std::vector<bool> out;
    for (const Portion& part : parts) {
        out.push_back(part.extra_cent);
    }
    return out;
}

// What every split must satisfy, whatever the numbers: the parts add up, each
// is whole cents, and each is its exact share rounded toward zero plus at most
// the one extra cent it is marked for.
void check_split(const Number& total, const std::vector<Number>& weights) {
    CAPTURE(exact(total));
    const std::vector<Portion> parts = engine::apportion(total, weights);
    REQUIRE(parts.size() == weights.size());
    Number weight_sum;
    for (const Number& w : weights) {
        weight_sum += w;
    }
    Number sum;
    const Number cent = total.sign() < 0 ? num("-0.01") : num("0.01");
    for (std::size_t i = 0; i < parts.size(); ++i) {
        CAPTURE(i);
        const Portion& part = parts[i];
        CHECK(part.exact == total * weights[i] / weight_sum);
        CHECK((part.amount * Number(100)).is_integer());
        const Number rounded_down = part.extra_cent ? part.amount - cent : part.amount;
        const Number remainder = part.exact - rounded_down;  // same sign as the total
        CHECK(remainder * Number(total.sign()) >= Number(0));
        CHECK(remainder * Number(total.sign()) < num("0.01"));
        sum += part.amount;
    }
    CHECK(exact(sum) == exact(total));
}

}  // namespace

TEST_CASE("apportion: parts always add up to the total, for every total from 0.01 to 5.00",
          "[apportion]") {
    for (int cents = 1; cents <= 500; ++cents) {
        const Number total = Number::fraction(cents, 100);
        check_split(total, nums({"1", "1", "1"}));
        check_split(total, nums({"1", "2", "3", "7"}));
    }
}

TEST_CASE("apportion: parts add up for awkward weights and large totals", "[apportion]") {
    check_split(num("4062945.88"), nums({"123", "38", "81", "24"}));
    check_split(num("4062945.88"), nums({"14200000", "4100000", "9300000", "2600000"}));
    check_split(num("0"), nums({"1", "2"}));
    check_split(num("1000000000000.01"), nums({"0.333", "1.5", "2.25", "7", "0.0001"}));
    check_split(num("99.99"), nums({"1", "1", "1", "1", "1", "1", "1"}));
    check_split(num("0.07"), nums({"5", "0", "5", "3"}));
    check_split(num("-12345.67"), nums({"17", "19", "23"}));
}

TEST_CASE("apportion: an amount that does not divide evenly gives the extra cent to the "
          "largest remainder",
          "[apportion]") {
    // 100.00 / 3 = 33.333…: each rounds down to 33.33, the one cent left over
    // goes to the first of three equal remainders.
    const auto parts = engine::apportion(num("100.00"), nums({"1", "1", "1"}));
    CHECK(amounts(parts) == std::vector<std::string>{"33.34", "33.33", "33.33"});
    CHECK(extra_cents(parts) == std::vector<bool>{true, false, false});
    CHECK(parts[0].exact == Number::fraction(100, 3));

    // 10.00 by 7, 3, 2, 1 (Σ 13), in cents: exact 538.46…, 230.76…, 153.84…,
    // 76.92…; rounded down 538 + 230 + 153 + 76 = 997, so the three cents left
    // go to the remainders 0.92, 0.84 and 0.76, not to the largest weight (0.46).
    const auto uneven = engine::apportion(num("10.00"), nums({"7", "3", "2", "1"}));
    CHECK(amounts(uneven) == std::vector<std::string>{"5.38", "2.31", "1.54", "0.77"});
    CHECK(extra_cents(uneven) == std::vector<bool>{false, true, true, true});
}

TEST_CASE("apportion: a tie between remainders goes to the one listed first", "[apportion]") {
    CHECK(amounts(engine::apportion(num("0.01"), nums({"1", "1"}))) ==
          std::vector<std::string>{"0.01", "0"});
    CHECK(amounts(engine::apportion(num("0.02"), nums({"1", "1", "1"}))) ==
          std::vector<std::string>{"0.01", "0.01", "0"});
    // 0.02 by 3, 1, 1: exact 1.2, 0.4 and 0.4 cents; the cent left over goes
    // to the first of the two tied remainders 0.4, not to the largest weight.
    CHECK(amounts(engine::apportion(num("0.02"), nums({"3", "1", "1"}))) ==
          std::vector<std::string>{"0.01", "0.01", "0"});
}

TEST_CASE("apportion: a zero weight gets nothing, not even an extra cent", "[apportion]") {
    const auto parts = engine::apportion(num("0.03"), nums({"0", "1", "1"}));
    CHECK(amounts(parts) == std::vector<std::string>{"0", "0.02", "0.01"});
    CHECK_FALSE(parts[0].extra_cent);
    CHECK(parts[0].exact == Number(0));

    const auto middle = engine::apportion(num("0.01"), nums({"1", "0", "1"}));
    CHECK(amounts(middle) == std::vector<std::string>{"0.01", "0", "0"});
    CHECK_FALSE(middle[1].extra_cent);
}

TEST_CASE("apportion: a negative total such as a refund splits as its opposite, negated",
          "[apportion]") {
    const auto refund = engine::apportion(num("-100.00"), nums({"1", "1", "1"}));
    CHECK(amounts(refund) == std::vector<std::string>{"-33.34", "-33.33", "-33.33"});
    CHECK(extra_cents(refund) == std::vector<bool>{true, false, false});

    for (const char* total : {"0.01", "10.00", "4062945.88", "7.77"}) {
        const auto weights = nums({"1", "2", "3", "7"});
        const auto payment = engine::apportion(num(total), weights);
        const auto undone = engine::apportion(-num(total), weights);
        for (std::size_t i = 0; i < weights.size(); ++i) {
            CHECK(undone[i].amount == -payment[i].amount);
            CHECK(undone[i].exact == -payment[i].exact);
            CHECK(undone[i].extra_cent == payment[i].extra_cent);
        }
    }
}

TEST_CASE("apportion: a single recipient gets the whole total", "[apportion]") {
    const auto parts = engine::apportion(num("4062945.88"), nums({"0.37"}));
    REQUIRE(parts.size() == 1);
    CHECK(exact(parts[0].amount) == "4062945.88");
    CHECK(exact(parts[0].exact) == "4062945.88");
    CHECK_FALSE(parts[0].extra_cent);
}

TEST_CASE("apportion: a total that is not whole cents is refused", "[apportion]") {
    CHECK_THROWS_AS(engine::apportion(num("10.005"), nums({"1", "1"})), std::invalid_argument);
    CHECK_THROWS_AS(engine::apportion(num("-0.001"), nums({"1"})), std::invalid_argument);
}

TEST_CASE("apportion: weights that are negative, all zero or absent are refused", "[apportion]") {
    CHECK_THROWS_AS(engine::apportion(num("10.00"), nums({"1", "-1", "2"})),
                    std::invalid_argument);
    CHECK_THROWS_AS(engine::apportion(num("10.00"), nums({"0", "0"})), std::invalid_argument);
    CHECK_THROWS_AS(engine::apportion(num("10.00"), {}), std::invalid_argument);
    CHECK_THROWS_WITH(engine::apportion(num("10.00"), nums({"0", "0"})),
                      Catch::Contains("all zero"));
}
