// How a derivation's value is shown (engine/display.hpp): exactly where that is
// readable; a rule's rounding keeps its places; ≈ only where no short exact
// decimal exists.
#include "engine/display.hpp"
#include "engine/parser.hpp"

#include <catch2/catch.hpp>

#include <memory>

using engine::Definition;
using engine::Derivation;
using engine::Number;
using engine::Rounding;

namespace {

Number num(const char* text) { return *Number::parse(text); }

struct Shown {
    std::string text;
    bool approximate;
};

Shown shown_rule(const Number& value, std::optional<Rounding> rounding) {
    static std::vector<std::unique_ptr<Definition>> keep;
    auto& definition = *keep.emplace_back(std::make_unique<Definition>());
    definition.name = "rule";
    definition.kind = Definition::Kind::formula;
    definition.rounding = std::move(rounding);
    Derivation derivation;
    derivation.definition = &definition;
    derivation.value = definition.rounding ? definition.rounding->apply(value) : value;
    const auto displayed = engine::display_derived(derivation);
    return {displayed.text, displayed.approximate};
}

Rounding places(int n) {
    Rounding rounding;
    rounding.places = n;
    return rounding;
}

Rounding step(const char* s) {
    Rounding rounding;
    rounding.step = num(s);
    return rounding;
}

}  // namespace

TEST_CASE("a value a rule rounds to 14 places shows all fourteen, not 0.000000", "[display]") {
    const Shown shown = shown_rule(num("0.0000000001234567"), places(14));
    CHECK(shown.text == "0.00000000012346");
    CHECK_FALSE(shown.approximate);
}

TEST_CASE("a rounded value keeps its rule's places: 0.100 for three, 82.90 for two, 38 for none", "[display]") {
    CHECK(shown_rule(num("0.1"), places(3)).text == "0.100");
    CHECK(shown_rule(num("82.9"), places(2)).text == "82.90");
    CHECK(shown_rule(num("37.6"), places(0)).text == "38");
}

TEST_CASE("a round_to step shows the places of the step's decimal form", "[display]") {
    CHECK(shown_rule(num("82.93"), step("0.05")).text == "82.95");
    CHECK(shown_rule(num("82.93"), step("0.6")).text == "82.8");
    CHECK(shown_rule(num("82.93"), step("1")).text == "83");
}

TEST_CASE("an unrounded value shows exactly up to twelve places, else six with the ≈ mark", "[display]") {
    const Shown twelve = shown_rule(num("1582.584123456789"), std::nullopt);
    CHECK(twelve.text == "1582.584123456789");
    CHECK_FALSE(twelve.approximate);
    const Shown third = shown_rule(Number(1) / Number(3), std::nullopt);
    CHECK(third.text == "0.333333");
    CHECK(third.approximate);
    const Shown long_decimal = shown_rule(num("0.1234567890123"), std::nullopt);  // 13 places
    CHECK(long_decimal.text == "0.123457");
    CHECK(long_decimal.approximate);
}

TEST_CASE("a value the model gives shows as the exact decimal it is, however many places", "[display]") {
    Definition given;
    given.name = "share";
    given.kind = Definition::Kind::value;
    given.value = num("0.000000000000001");
    Derivation derivation;
    derivation.definition = &given;
    derivation.value = given.value;
    CHECK(engine::display_derived(derivation).text == "0.000000000000001");
    CHECK_FALSE(engine::display_derived(derivation).approximate);
}

TEST_CASE("a value a round() in the formula gives keeps that rounding's places, as a rule's rounding does",
          "[display]") {
    static std::vector<std::unique_ptr<Definition>> keep;
    const auto shown = [&](const char* formula, const char* value) {
        auto& definition = *keep.emplace_back(std::make_unique<Definition>());
        definition.name = "rule";
        definition.kind = Definition::Kind::formula;
        definition.text = formula;
        definition.expr = engine::parse_formula(formula, engine::SourcePos{});
        Derivation derivation;
        derivation.definition = &definition;
        derivation.value = num(value);
        return engine::display_derived(derivation);
    };
    CHECK(shown("round(x, 14, half_up)", "0.00000000012346").text == "0.00000000012346");
    CHECK_FALSE(shown("round(x, 14, half_up)", "0.00000000012346").approximate);
    CHECK(shown("round(x, 3)", "0.1").text == "0.100");
    CHECK(shown("round_to(x, 0.05, up)", "82.95").text == "82.95");
    // A rounding inside the formula does not say what its value's places are.
    CHECK(shown("round(x, 14) / 3", "0.00000000004115").approximate);
}
