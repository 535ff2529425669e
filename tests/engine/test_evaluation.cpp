// Evaluating the compiled graph: a variant computes only what its set values
// reach and shares the rest with its base; reset makes it the base again;
// a substitution computes a value anew without keeping it; every coalition of
// a few players computes each node once per coalition of the players it
// depends on (engine/evaluation.hpp, engine/coalitions.hpp).
#include "engine/checker.hpp"
#include "engine/coalitions.hpp"
#include "engine/evaluation.hpp"
#include "engine/graph.hpp"
#include "engine/parser.hpp"
#include "engine/scope.hpp"

#include "numbers.hpp"

#include <catch2/catch.hpp>

#include <string>

using engine::Number;
using engine::Scope;
using test::exact;
using test::num;

namespace {

void value(Scope& scope, const std::string& name, const char* text) {
    engine::Definition definition;
    definition.name = name;
    definition.kind = engine::Definition::Kind::value;
    definition.value = num(text);
    definition.text = text;
    scope.define(std::move(definition));
}

void rule(Scope& scope, const std::string& name, const std::string& formula) {
    engine::Definition definition;
    definition.name = name;
    definition.kind = engine::Definition::Kind::formula;
    definition.expr = engine::parse_formula(formula, engine::SourcePos{});
    definition.text = formula;
    scope.define(std::move(definition));
}

// hours = annual - leave, shared; each product: cost = salary / hours + material.
struct TwoProducts {
    TwoProducts() {
        value(model, "annual", "1878");
        value(model, "leave", "194");
        value(model, "salary", "60000");
        rule(model, "hours", "annual - leave");
        rule(model, "cost", "salary / hours + material");
        value(a, "material", "2");
        value(b, "material", "5");
    }
    Scope model{"model", nullptr};
    Scope a{"product A", &model};
    Scope b{"product B", &model};
    engine::Checker checker;
    engine::Graph graph{checker};
    engine::Evaluation values{graph};
};

}  // namespace

TEST_CASE("a variant computes what its set value reaches and shares the rest", "[evaluation]") {
    TwoProducts m;
    const auto cost_a = m.graph.node(m.a, "cost"), cost_b = m.graph.node(m.b, "cost");
    const auto material_a = m.graph.node(m.a, "material"), hours = m.graph.node(m.model, "hours");
    CHECK(exact(m.values.value(cost_a)) == "15842/421");  // 60000/1684 + 2
    engine::Evaluation variant(m.graph, m.values);
    variant.set(material_a, num("3"));
    CHECK(exact(variant.value(cost_a)) == "16263/421");
    CHECK(variant.value(cost_b) == m.values.value(cost_b));
    CHECK(variant.changed(cost_a));
    CHECK_FALSE(variant.changed(cost_b));
    CHECK_FALSE(variant.changed(hours));
    CHECK(variant.computed() == 1);  // A's cost alone; B's cost and the hours are the base's
}

TEST_CASE("a value set after others were asked for is seen by them", "[evaluation]") {
    TwoProducts m;
    const auto cost_a = m.graph.node(m.a, "cost"), cost_b = m.graph.node(m.b, "cost");
    engine::Evaluation variant(m.graph, m.values);
    const Number before = variant.value(cost_b);
    variant.set(m.graph.node(m.model, "leave"), num("294"));  // every product's hours
    CHECK(variant.value(cost_b) != before);
    CHECK(exact(variant.value(cost_a)) == "1316/33");  // 60000/1584 + 2
}

TEST_CASE("reset makes a variant its base again, however many variants it served", "[evaluation]") {
    TwoProducts m;
    const auto cost_a = m.graph.node(m.a, "cost"), leave = m.graph.node(m.model, "leave");
    engine::Evaluation variant(m.graph, m.values);
    for (int i = 0; i < 1000; ++i) {
        variant.reset();
        variant.set(leave, Number(i));
        CHECK(variant.value(cost_a) == Number(60000) / Number(1878 - i) + Number(2));
    }
    variant.reset();
    CHECK(variant.value(cost_a) == m.values.value(cost_a));
    CHECK_FALSE(variant.changed(cost_a));
}

TEST_CASE("a substitution computes a value with one slot replaced and keeps nothing", "[evaluation]") {
    TwoProducts m;
    const auto cost_a = m.graph.node(m.a, "cost"), salary = m.graph.node(m.model, "salary");
    CHECK(exact(m.values.value_with(cost_a, salary, num("1684"))) == "3");
    CHECK(exact(m.values.value(cost_a)) == "15842/421");
}

TEST_CASE("a set value out of a rule's range is the located error of the model itself", "[evaluation]") {
    TwoProducts m;
    engine::Definition positive;
    positive.name = "hours";
    positive.kind = engine::Definition::Kind::formula;
    positive.expr = engine::parse_formula("annual - leave", engine::SourcePos{});
    positive.text = "annual - leave";
    positive.range = engine::Range{Number(0), std::nullopt, true, false, "(0, )"};
    m.model.define(std::move(positive));
    const auto cost_a = m.graph.node(m.a, "cost");
    engine::Evaluation variant(m.graph, m.values);
    variant.set(m.graph.node(m.model, "leave"), num("1878"));
    CHECK_THROWS_AS(variant.value(cost_a), engine::InputError);
    variant.reset();
    CHECK(variant.value(cost_a) == m.values.value(cost_a));
}

TEST_CASE("every coalition computes a node once per coalition of the players it depends on", "[evaluation]") {
    TwoProducts m;
    const auto cost_a = m.graph.node(m.a, "cost"), cost_b = m.graph.node(m.b, "cost");
    const auto hours = m.graph.node(m.model, "hours");
    // Players: leave (reaches the hours and both costs), A's material, B's material.
    std::vector<engine::Player> players{{{m.graph.node(m.model, "leave"), num("200")}},
                                        {{m.graph.node(m.a, "material"), num("4")}},
                                        {{m.graph.node(m.b, "material"), num("1")}}};
    engine::Coalitions coalitions(m.graph, m.values, players);
    for (unsigned coalition = 0; coalition < 8; ++coalition) {
        engine::Evaluation variant(m.graph, m.values);
        for (std::size_t p = 0; p < 3; ++p)
            if (coalition & (1u << p)) variant.set(players[p][0].first, players[p][0].second);
        CHECK(coalitions.value(cost_a, coalition) == variant.value(cost_a));
        CHECK(coalitions.value(cost_b, coalition) == variant.value(cost_b));
        CHECK(coalitions.value(hours, coalition) == variant.value(hours));
    }
    // The hours twice (leave in or out), each cost four times (leave × its own material),
    // each of the three given values twice (set or not): 16, where every node once per
    // coalition would be 8 × 6.
    CHECK(coalitions.computed() == 2 + 4 + 4 + 3 * 2);
}
