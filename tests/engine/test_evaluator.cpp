// Evaluating rules in scopes: exact arithmetic, dynamic scoping, hoisting,
// provenance, rounding and the problems check() reports (engine/evaluator.hpp).
#include "engine/diagnostic.hpp"
#include "engine/evaluator.hpp"
#include "engine/parser.hpp"
#include "engine/scope.hpp"

#include "numbers.hpp"

#include <catch2/catch.hpp>

#include <memory>
#include <optional>
#include <string>
#include <vector>

using engine::Definition;
using engine::Derivation;
using engine::Diagnostics;
using engine::Evaluator;
using engine::InputError;
using engine::Number;
using engine::Scope;
using engine::SourcePos;

using test::num;
using test::exact;

namespace {

const auto file = engine::make_file_name("f.yaml");

SourcePos at(int line, int column) { return {file, line, column}; }



// A given value, `name: text`.
void value(Scope& scope, const std::string& name, const char* text, SourcePos pos = {}) {
    Definition definition;
    definition.name = name;
    definition.kind = Definition::Kind::value;
    definition.value = num(text);
    definition.text = text;
    definition.pos = pos;
    scope.define(std::move(definition));
}

// A rule, `name: formula`, whose formula text starts at `pos`.
void rule(Scope& scope, const std::string& name, const std::string& formula, SourcePos pos = at(1, 1),
          std::optional<engine::Rounding> rounding = std::nullopt) {
    Definition definition;
    definition.name = name;
    definition.kind = Definition::Kind::formula;
    definition.expr = engine::parse_formula(formula, pos);
    definition.text = formula;
    definition.rounding = std::move(rounding);
    definition.pos = pos;
    scope.define(std::move(definition));
}

// A declared parameter without a value.
void input(Scope& scope, const std::string& name, SourcePos pos) {
    Definition definition;
    definition.name = name;
    definition.kind = Definition::Kind::input;
    definition.pos = pos;
    scope.define(std::move(definition));
}

// The value of a formula evaluated in a scope of its own.
std::string value_of(const std::string& formula) {
    Scope root("model", nullptr);
    rule(root, "r", formula);
    Evaluator evaluator;
    return exact(evaluator.evaluate(root, "r").value);
}

// The one problem evaluating `name` in `scope` reports.
engine::Diagnostic evaluation_problem(Evaluator& evaluator, const Scope& scope, const std::string& name) {
    try {
        evaluator.evaluate(scope, name);
    } catch (const InputError& e) {
        REQUIRE(e.diagnostics().size() == 1);
        return e.diagnostics().items().front();
    }
    FAIL("`" << name << "` evaluated without an error");
    return {};
}

std::vector<std::string> input_names(const Derivation& derivation) {
    std::vector<std::string> names;
    for (const Derivation* input : derivation.inputs) names.emplace_back(input->name());
    return names;
}

std::vector<std::string> input_values(const Derivation& derivation) {
    std::vector<std::string> values;
    for (const Derivation* input : derivation.inputs) values.push_back(exact(input->value));
    return values;
}

using Names = std::vector<std::string>;

}  // namespace

// ---- arithmetic and functions --------------------------------------------------

TEST_CASE("arithmetic is exact: 1 / 3 * 3 is exactly 1", "[evaluator]") {
    CHECK(value_of("1 / 3 * 3") == "1");
    CHECK(value_of("1 / 3") == "1/3");
    CHECK(value_of("0.1 + 0.2 - 0.3") == "0");
    CHECK(value_of("3650.00 / 1878 * 1878") == "3650");
    CHECK(value_of("2 / 3 + 1 / 3 == 1") == "1");
}

TEST_CASE("if picks the second argument when the first is not 0, else the third", "[evaluator]") {
    CHECK(value_of("if(1, 10, 20)") == "10");
    CHECK(value_of("if(0, 10, 20)") == "20");
    CHECK(value_of("if(-0.5, 10, 20)") == "10");
    CHECK(value_of("if(2 > 3, 10, 20)") == "20");
}

TEST_CASE("if evaluates only the branch it takes", "[evaluator]") {
    Scope root("model", nullptr);
    value(root, "d", "0");
    value(root, "unused", "7");
    rule(root, "r", "if(d == 0, 0, unused / d)");
    Evaluator evaluator;
    const Derivation& r = evaluator.evaluate(root, "r");
    CHECK(exact(r.value) == "0");
    CHECK(input_names(r) == Names{"d"});
}

TEST_CASE("min and max take the smallest and largest of any number of arguments", "[evaluator]") {
    CHECK(value_of("min(3, 1.5, 2)") == "1.5");
    CHECK(value_of("max(3, 1.5, 2)") == "3");
    CHECK(value_of("min(-1, -1.01)") == "-1.01");
    CHECK(value_of("max(1 / 3, 0.333)") == "1/3");
}

TEST_CASE("abs drops the sign", "[evaluator]") {
    CHECK(value_of("abs(-2.5)") == "2.5");
    CHECK(value_of("abs(2.5)") == "2.5");
    CHECK(value_of("abs(0)") == "0");
}

TEST_CASE("round rounds to places, half up unless a mode is named", "[evaluator]") {
    CHECK(value_of("round(2.345, 2)") == "2.35");
    CHECK(value_of("round(2.345, 2, half_even)") == "2.34");
    CHECK(value_of("round(-2.5, 0)") == "-3");
    CHECK(value_of("round(-2.5, 0, half_even)") == "-2");
    CHECK(value_of("round(2 / 3, 4, down)") == "0.6666");
    CHECK(value_of("round(1.21, 1, ceiling)") == "1.3");
}

TEST_CASE("round_to rounds to a multiple of a step", "[evaluator]") {
    CHECK(value_of("round_to(7.31, 0.60)") == "7.2");
    CHECK(value_of("round_to(7.50, 0.60)") == "7.8");  // 12.5 steps: half up
    CHECK(value_of("round_to(7.50, 0.60, half_even)") == "7.2");
    CHECK(value_of("round_to(7.21, 0.60, ceiling)") == "7.8");
}

TEST_CASE("round needs whole places from 0 to 100, reported at the places argument", "[evaluator]") {
    Scope root("model", nullptr);
    rule(root, "half", "round(1, 1.5)", at(3, 7));
    rule(root, "many", "round(1, 101)", at(4, 7));
    rule(root, "negative", "round(1, -1)", at(5, 7));
    rule(root, "step", "round_to(1, 2 - 2)", at(6, 7));
    Evaluator evaluator;
    const auto half = evaluation_problem(evaluator, root, "half");
    CHECK(half.pos.to_string() == "f.yaml:3:16");
    CHECK(half.message.english() == "round() in rule `half` needs whole places from 0 to 100");
    CHECK(evaluation_problem(evaluator, root, "many").pos.to_string() == "f.yaml:4:16");
    CHECK(evaluation_problem(evaluator, root, "negative").pos.to_string() == "f.yaml:5:16");
    const auto step = evaluation_problem(evaluator, root, "step");
    CHECK(step.pos.to_string() == "f.yaml:6:21");  // the `-` of `2 - 2`
    CHECK(step.message.english() == "round_to() in rule `step` needs a step above 0");
}

TEST_CASE("comparisons give 1 when they hold and 0 when not", "[evaluator]") {
    CHECK(value_of("1 < 2") == "1");
    CHECK(value_of("2 < 2") == "0");
    CHECK(value_of("2 <= 2") == "1");
    CHECK(value_of("3 <= 2") == "0");
    CHECK(value_of("3 > 2") == "1");
    CHECK(value_of("2 > 2") == "0");
    CHECK(value_of("2 >= 2") == "1");
    CHECK(value_of("1 >= 2") == "0");
    CHECK(value_of("0.10 == 0.1") == "1");
    CHECK(value_of("1 / 3 == 0.3333") == "0");
    CHECK(value_of("1 != 2") == "1");
    CHECK(value_of("10% != 0.1") == "0");
}

// ---- scopes ----------------------------------------------------------------------

TEST_CASE("a rule defined in the parent uses the child's override when evaluated from the child",
          "[evaluator]") {
    Scope model("model", nullptr);
    value(model, "rate", "10");
    rule(model, "cost", "rate * 2");
    Scope product("product A", &model);
    value(product, "rate", "20");
    Evaluator evaluator;

    const Derivation& in_product = evaluator.evaluate(product, "cost");
    CHECK(exact(in_product.value) == "40");
    CHECK(in_product.scope == &product);
    const Derivation& in_model = evaluator.evaluate(model, "cost");
    CHECK(exact(in_model.value) == "20");
    CHECK(in_model.scope == &model);
}

TEST_CASE("an override reaches a rule through the rules it uses", "[evaluator]") {
    Scope model("model", nullptr);
    value(model, "share", "10%");
    rule(model, "overhead", "100 * share");
    rule(model, "price", "100 + overhead");
    Scope product("product A", &model);
    value(product, "share", "25%");
    Scope item("item", &product);  // a grandchild that overrides nothing
    Evaluator evaluator;
    CHECK(exact(evaluator.evaluate(item, "price").value) == "125");
    CHECK(evaluator.evaluate(item, "price").scope == &product);
    CHECK(exact(evaluator.evaluate(model, "price").value) == "110");
}

TEST_CASE("a rule is hoisted to the highest scope that gives the same value and evaluated once there",
          "[evaluator]") {
    Scope model("model", nullptr);
    value(model, "hours", "1878");
    value(model, "rate", "50");
    rule(model, "fte_hours", "hours * 1");
    rule(model, "cost", "fte_hours * rate");
    Scope a("product A", &model);
    value(a, "rate", "60");
    Scope b("product B", &model);
    value(b, "rate", "70");
    Evaluator evaluator;

    const Derivation& from_a = evaluator.evaluate(a, "fte_hours");
    CHECK(from_a.scope == &model);
    CHECK(evaluator.evaluation_count() == 2);  // hours and fte_hours
    const Derivation& from_b = evaluator.evaluate(b, "fte_hours");
    CHECK(&from_b == &from_a);
    CHECK(evaluator.evaluation_count() == 2);
    CHECK(&evaluator.evaluate(model, "fte_hours") == &from_a);
    CHECK(evaluator.evaluation_count() == 2);

    // cost depends on rate, which each product overrides: one value per product.
    const Derivation& cost_a = evaluator.evaluate(a, "cost");
    CHECK(cost_a.scope == &a);
    CHECK(exact(cost_a.value) == "112680");
    CHECK(evaluator.evaluation_count() == 4);  // + rate (A), cost (A)
    const Derivation& cost_b = evaluator.evaluate(b, "cost");
    CHECK(cost_b.scope == &b);
    CHECK(exact(cost_b.value) == "131460");
    CHECK(evaluator.evaluation_count() == 6);
    // Both use the one fte_hours computed in the model.
    CHECK(cost_a.inputs.front() == &from_a);
    CHECK(cost_b.inputs.front() == &from_a);
}

TEST_CASE("two children that override nothing a rule depends on share its one evaluation",
          "[evaluator]") {
    Scope model("model", nullptr);
    value(model, "hours", "1878");
    rule(model, "weekly", "hours / 52");
    Scope a("product A", &model);
    value(a, "rate", "60");  // not used by weekly
    Scope b("product B", &model);
    Evaluator evaluator;
    const Derivation& from_a = evaluator.evaluate(a, "weekly");
    const Derivation& from_b = evaluator.evaluate(b, "weekly");
    CHECK(&from_a == &from_b);
    CHECK(from_a.scope == &model);
    CHECK(from_a.value.to_fraction_string() == "939/26");
    CHECK(evaluator.evaluation_count() == 2);
}

TEST_CASE("each rule is evaluated once however often it is used: a diamond evaluates d once",
          "[evaluator]") {
    Scope model("model", nullptr);
    value(model, "x", "2");
    rule(model, "d", "x * 3");
    rule(model, "b", "d * 2");
    rule(model, "c", "d + 1");
    rule(model, "a", "b + c + d * d");
    Evaluator evaluator;
    const Derivation& a = evaluator.evaluate(model, "a");
    CHECK(exact(a.value) == "55");  // 12 + 7 + 36
    CHECK(evaluator.evaluation_count() == 5);  // x, d, b, c, a
    CHECK(input_names(a) == Names{"b", "c", "d"});
    CHECK(a.inputs[0]->inputs.front() == a.inputs[2]);  // b used the same d
    CHECK(a.inputs[1]->inputs.front() == a.inputs[2]);  // and so did c
    CHECK(&evaluator.evaluate(model, "d") == a.inputs[2]);
    CHECK(evaluator.evaluation_count() == 5);
}

// ---- provenance ----------------------------------------------------------------

TEST_CASE("a derivation lists the names it used once each, in order of first use, with their values",
          "[evaluator]") {
    Scope model("model", nullptr);
    value(model, "a", "1.5");
    value(model, "b", "4");
    value(model, "c", "8.33%");
    rule(model, "r", "b * a + b - c / a");
    Evaluator evaluator;
    const Derivation& r = evaluator.evaluate(model, "r");
    CHECK(r.name() == "r");
    CHECK(r.definition == model.find_local("r"));
    CHECK(r.value.to_fraction_string() == "149167/15000");  // 6 + 4 - 833/15000
    CHECK(input_names(r) == Names{"b", "a", "c"});
    CHECK(input_values(r) == Names{"4", "1.5", "0.0833"});
    CHECK_FALSE(r.unrounded.has_value());
    for (const Derivation* input : r.inputs) CHECK(input->inputs.empty());
}

TEST_CASE("a given value's derivation is the value itself, with no inputs", "[evaluator]") {
    Scope model("model", nullptr);
    value(model, "hours", "3650.00", at(2, 8));
    Evaluator evaluator;
    const Derivation& hours = evaluator.evaluate(model, "hours");
    CHECK(exact(hours.value) == "3650");
    CHECK(hours.inputs.empty());
    CHECK_FALSE(hours.unrounded.has_value());
    CHECK(hours.definition->pos.to_string() == "f.yaml:2:8");
}

TEST_CASE("a rule with its own rounding is rounded and keeps the exact value as unrounded",
          "[evaluator]") {
    Scope model("model", nullptr);
    engine::Rounding cents;
    cents.places = 2;
    rule(model, "share", "10 / 3", at(1, 1), cents);
    rule(model, "total", "share * 3");
    engine::Rounding even;
    even.places = 2;
    even.mode = engine::RoundingMode::half_even;
    rule(model, "even", "2.345", at(1, 1), even);
    engine::Rounding minutes;
    minutes.step = num("0.60");
    rule(model, "minute_price", "7.31", at(1, 1), minutes);
    Evaluator evaluator;

    const Derivation& share = evaluator.evaluate(model, "share");
    CHECK(exact(share.value) == "3.33");
    REQUIRE(share.unrounded.has_value());
    CHECK(share.unrounded->to_fraction_string() == "10/3");
    // Rules that use a rounded value see the rounded value.
    const Derivation& total = evaluator.evaluate(model, "total");
    CHECK(exact(total.value) == "9.99");
    CHECK_FALSE(total.unrounded.has_value());

    CHECK(exact(evaluator.evaluate(model, "even").value) == "2.34");
    const Derivation& minute = evaluator.evaluate(model, "minute_price");
    CHECK(exact(minute.value) == "7.2");
    CHECK(exact(*minute.unrounded) == "7.31");
}

// ---- problems ----------------------------------------------------------------------

TEST_CASE("a cycle a -> b -> c -> a is reported once, with its path and positions", "[evaluator]") {
    Scope model("model", nullptr);
    rule(model, "a", "b + 1", at(1, 4));
    rule(model, "b", "c + 1", at(2, 4));
    rule(model, "c", "a + 1", at(3, 4));
    rule(model, "d", "a + b + c", at(4, 4));
    Evaluator evaluator;

    Diagnostics out;
    CHECK_FALSE(evaluator.check(model, "a", out));
    REQUIRE(out.size() == 1);
    const auto& cycle = out.items().front();
    CHECK(cycle.pos.to_string() == "f.yaml:1:4");
    CHECK(cycle.message.english() == "rule cycle: a (f.yaml:1:4) → b (f.yaml:2:4) → c (f.yaml:3:4) → a");

    // Asking again, or about another rule of the cycle, reports nothing new.
    Diagnostics again;
    CHECK_FALSE(evaluator.check(model, "b", again));
    CHECK_FALSE(evaluator.check(model, "d", again));
    CHECK_FALSE(evaluator.check(model, "a", again));
    CHECK(again.empty());
    CHECK_THROWS_AS(evaluator.evaluate(model, "c"), InputError);
}

TEST_CASE("a cycle reached through another rule is reported once, starting where it closes",
          "[evaluator]") {
    Scope model("model", nullptr);
    rule(model, "a", "b + 1", at(1, 4));
    rule(model, "b", "c + 1", at(2, 4));
    rule(model, "c", "a + 1", at(3, 4));
    rule(model, "d", "a + b + c", at(4, 4));
    Evaluator evaluator;
    Diagnostics out;
    CHECK_FALSE(evaluator.check(model, "d", out));
    REQUIRE(out.size() == 1);
    CHECK(out.items().front().message.english() ==
          "rule cycle: a (f.yaml:1:4) → b (f.yaml:2:4) → c (f.yaml:3:4) → a");
    CHECK(evaluator.evaluation_count() == 0);
}

TEST_CASE("a rule that uses itself is a cycle", "[evaluator]") {
    Scope model("model", nullptr);
    rule(model, "a", "a + 1", at(7, 4));
    Evaluator evaluator;
    const auto problem = evaluation_problem(evaluator, model, "a");
    CHECK(problem.pos.to_string() == "f.yaml:7:4");
    CHECK(problem.message.english() == "rule cycle: a (f.yaml:7:4) → a");
}

TEST_CASE("an unknown name is reported at its position with the nearest known name", "[evaluator]") {
    Scope model("model", nullptr);
    value(model, "rate", "10");
    value(model, "hours", "1878");
    rule(model, "cost", "hours * rat", at(5, 9));
    Evaluator evaluator;
    Diagnostics out;
    CHECK_FALSE(evaluator.check(model, "cost", out));
    REQUIRE(out.size() == 1);
    CHECK(out.items().front().pos.to_string() == "f.yaml:5:17");
    CHECK(out.items().front().message.english() == "unknown name `rat` (did you mean `rate`?)");

    Evaluator fresh;  // evaluate() without an earlier check() reports the problem itself
    const auto problem = evaluation_problem(fresh, model, "cost");
    CHECK(problem.pos.to_string() == "f.yaml:5:17");
    CHECK(problem.message.english() == "unknown name `rat` (did you mean `rate`?)");
}

TEST_CASE("an unknown name far from every known name gets no suggestion", "[evaluator]") {
    Scope model("model", nullptr);
    value(model, "rate", "10");
    rule(model, "cost", "2 * overhead_share", at(1, 1));
    Evaluator evaluator;
    Diagnostics out;
    CHECK_FALSE(evaluator.check(model, "cost", out));
    REQUIRE(out.size() == 1);
    CHECK(out.items().front().message.english() == "unknown name `overhead_share`");
    CHECK(out.items().front().pos.to_string() == "f.yaml:1:5");
}

TEST_CASE("check reports every unknown name, and an unknown rule asked for at the scope's position",
          "[evaluator]") {
    Scope model("model", nullptr, at(1, 1));
    value(model, "rate", "10");
    rule(model, "cost", "rte + houurs", at(2, 7));
    Evaluator evaluator;
    Diagnostics out;
    CHECK_FALSE(evaluator.check(model, "cost", out));
    CHECK(out.size() == 2);
    Diagnostics missing;
    CHECK_FALSE(evaluator.check(model, "costs", missing));
    REQUIRE(missing.size() == 1);
    CHECK(missing.items().front().pos.to_string() == "f.yaml:1:1");
    CHECK(missing.items().front().message.english() == "unknown name `costs` (did you mean `cost`?)");
}

TEST_CASE("check succeeds on a sound rule and finds nothing to report", "[evaluator]") {
    Scope model("model", nullptr);
    value(model, "a", "1");
    rule(model, "b", "a + 1");
    Evaluator evaluator;
    Diagnostics out;
    CHECK(evaluator.check(model, "b", out));
    CHECK(out.empty());
    CHECK(evaluator.check(model, "b", out));
}

TEST_CASE("check keeps saying no for a rule that depends on a broken rule, however often asked",
          "[evaluator]") {
    // A rule whose dependency failed is remembered as failed, however often it is checked.
    Scope model("model", nullptr);
    rule(model, "b", "nope + 1", at(1, 4));
    rule(model, "a", "b * 2", at(2, 4));
    Evaluator evaluator;
    Diagnostics first;
    CHECK_FALSE(evaluator.check(model, "b", first));
    CHECK(first.size() == 1);
    Diagnostics second;
    CHECK_FALSE(evaluator.check(model, "a", second));
    CHECK(second.empty());  // reported once, with b
    Diagnostics third;
    CHECK_FALSE(evaluator.check(model, "a", third));
    CHECK_THROWS_AS(evaluator.evaluate(model, "a"), InputError);
}

TEST_CASE("a declared input without a value is a missing parameter for the scope that needs it",
          "[evaluator]") {
    Scope model("model", nullptr);
    input(model, "hours", at(2, 3));
    value(model, "rate", "10");
    rule(model, "cost", "hours * rate", at(3, 9));
    Scope a("product A", &model, at(10, 3));
    Scope b("product B", &model, at(20, 3));
    value(b, "hours", "5");
    Evaluator evaluator;

    Diagnostics out;
    CHECK_FALSE(evaluator.check(a, "cost", out));
    REQUIRE(out.size() == 1);
    CHECK(out.items().front().pos.to_string() == "f.yaml:10:3");
    CHECK(out.items().front().message.english() ==
          "missing parameter `hours` for product A: rule `cost` needs it (f.yaml:3:9)");

    const auto problem = evaluation_problem(evaluator, a, "cost");
    CHECK(problem.message.english().find("`cost` cannot be evaluated for product A") != std::string::npos);

    const Derivation& cost_b = evaluator.evaluate(b, "cost");
    CHECK(exact(cost_b.value) == "50");
    CHECK(cost_b.scope == &b);
}

TEST_CASE("a missing parameter in a scope without a position is reported where it is used",
          "[evaluator]") {
    Scope model("model", nullptr);
    input(model, "hours", at(2, 3));
    rule(model, "cost", "2 * hours", at(3, 9));
    Evaluator evaluator;
    const auto problem = evaluation_problem(evaluator, model, "cost");
    CHECK(problem.pos.to_string() == "f.yaml:3:13");
    CHECK(problem.message.english() == "missing parameter `hours` for model: rule `cost` needs it");
}

TEST_CASE("division by zero throws InputError naming the rule, at the position of the /",
          "[evaluator]") {
    Scope model("model", nullptr);
    value(model, "a", "1");
    value(model, "b", "2");
    rule(model, "r", "a / (b - 2)", at(6, 5));
    Evaluator evaluator;
    Diagnostics out;
    CHECK(evaluator.check(model, "r", out));  // not a problem check() can see
    const auto problem = evaluation_problem(evaluator, model, "r");
    CHECK(problem.pos.to_string() == "f.yaml:6:7");
    CHECK(problem.message.english() == "division by zero in rule `r` for model: `b - 2` is 0");
}

TEST_CASE("division by zero in a child scope names that scope", "[evaluator]") {
    Scope model("model", nullptr);
    value(model, "fte", "1");
    rule(model, "per_fte", "100 / fte", at(2, 10));
    Scope product("product A", &model);
    value(product, "fte", "0.0");
    Evaluator evaluator;
    CHECK(exact(evaluator.evaluate(model, "per_fte").value) == "100");
    const auto problem = evaluation_problem(evaluator, product, "per_fte");
    CHECK(problem.pos.to_string() == "f.yaml:2:14");
    CHECK(problem.message.english() == "division by zero in rule `per_fte` for product A: `fte` is 0");
}

// ---- collections -------------------------------------------------------------------

TEST_CASE("sum adds a body over the item scopes of a collection", "[evaluator]") {
    Scope model("model", nullptr);
    value(model, "factor", "2");
    rule(model, "total", "sum(staff, fte * rate * factor)", at(1, 1));
    Scope product("product A", &model);
    Scope first("staff 1", &product);
    value(first, "fte", "0.5");
    value(first, "rate", "80");
    Scope second("staff 2", &product);
    value(second, "fte", "1.5");
    value(second, "rate", "60.10");
    product.define_collection({"staff", {&first, &second}, at(5, 1)});
    Evaluator evaluator;

    const Derivation& total = evaluator.evaluate(product, "total");
    CHECK(exact(total.value) == "260.3");  // (40 + 90.15) * 2
    CHECK(total.scope == &product);
    CHECK(input_names(total) == Names{"fte", "rate", "factor", "fte", "rate"});
    CHECK(input_values(total) == Names{"0.5", "80", "2", "1.5", "60.1"});
    REQUIRE(total.inputs.size() == 5);
    CHECK(total.inputs[0]->scope == &first);
    CHECK(total.inputs[2]->scope == &model);  // factor: the same value for every item
    CHECK(total.inputs[3]->scope == &second);
}

TEST_CASE("sum over an empty collection is 0", "[evaluator]") {
    Scope model("model", nullptr);
    rule(model, "total", "sum(staff, fte)");
    model.define_collection({"staff", {}, {}});
    Evaluator evaluator;
    CHECK(exact(evaluator.evaluate(model, "total").value) == "0");
}

TEST_CASE("sum over an unknown collection is reported at the call", "[evaluator]") {
    Scope model("model", nullptr);
    rule(model, "total", "1 + sum(staf, fte)", at(4, 8));
    Evaluator evaluator;
    Diagnostics out;
    CHECK_FALSE(evaluator.check(model, "total", out));
    REQUIRE(out.size() == 1);
    CHECK(out.items().front().pos.to_string() == "f.yaml:4:12");
    CHECK(out.items().front().message.english() == "unknown collection `staf` in model");
}

TEST_CASE("a collection not given is reported where it would be given, when a rule needs it, naming the rule",
          "[evaluator]") {
    Scope model("model", nullptr);
    rule(model, "staff", "sum(mix, fte)", at(4, 8));
    rule(model, "total", "staff + 1", at(5, 8));
    rule(model, "fixed", "40", at(6, 8));
    Scope product("product A", &model, at(9, 3));
    product.define_collection({"mix", {}, at(9, 3), engine::verbatim("product A needs a mix")});
    Evaluator evaluator;
    Diagnostics out;
    CHECK(evaluator.check(product, "fixed", out));  // a rule that does not sum over it needs no mix
    CHECK_FALSE(evaluator.check(product, "total", out));
    REQUIRE(out.size() == 1);
    CHECK(out.items().front().pos.to_string() == "f.yaml:9:3");
    CHECK(out.items().front().message.english() == "product A needs a mix: rule `staff` uses it (f.yaml:4:8)");
}

TEST_CASE("looked_up says which names a checked rule reads, itself or through the rules it uses",
          "[evaluator]") {
    Scope model("model", nullptr);
    value(model, "a", "1");
    value(model, "b", "2");
    value(model, "c", "3");
    rule(model, "part", "a * 2");
    rule(model, "whole", "if(b > 1, part, c)");  // both branches count: c may be read
    rule(model, "other", "b");
    Evaluator evaluator;
    CHECK_FALSE(evaluator.looked_up(model, "whole", "part"));  // not checked yet
    Diagnostics out;
    REQUIRE(evaluator.check(model, "whole", out));
    CHECK(evaluator.looked_up(model, "whole", "whole"));
    CHECK(evaluator.looked_up(model, "whole", "part"));
    CHECK(evaluator.looked_up(model, "whole", "a"));
    CHECK(evaluator.looked_up(model, "whole", "c"));
    CHECK_FALSE(evaluator.looked_up(model, "whole", "other"));
    CHECK_FALSE(evaluator.looked_up(model, "whole", "never_interned_anywhere"));
}

TEST_CASE("an unknown name in the body of sum is reported for the item that lacks it, with that item's names",
          "[evaluator]") {
    Scope model("model", nullptr);
    rule(model, "total", "sum(staff, fte)", at(4, 8));
    Scope first("staff 1", &model);
    value(first, "fte", "1");
    Scope second("staff 2", &model);
    value(second, "fe", "1");
    model.define_collection({"staff", {&first, &second}, {}});
    Evaluator evaluator;
    Diagnostics out;
    CHECK_FALSE(evaluator.check(model, "total", out));
    REQUIRE(out.size() == 1);
    CHECK(out.items().front().pos.to_string() == "f.yaml:4:19");
    CHECK(out.items().front().message.english() == "unknown name `fte` (did you mean `fe`?)");
}

TEST_CASE("a scope that defines a name again replaces it, for the evaluator too", "[evaluator]") {
    Scope root("model", nullptr);
    value(root, "hours", "1878");
    value(root, "hours", "1900");
    rule(root, "twice", "hours * 2");
    Evaluator evaluator;
    CHECK(exact(evaluator.evaluate(root, "twice").value) == "3800");
    CHECK(root.find("hours").definition == root.find_local("hours"));
}

TEST_CASE("a value asked again in the same scope is the same derivation", "[evaluator]") {
    Scope root("model", nullptr);
    value(root, "hours", "1878");
    Scope product("product A", &root);
    rule(product, "half", "hours / 2");
    Evaluator evaluator;
    const Derivation& first = evaluator.evaluate(product, "half");
    const Derivation& again = evaluator.evaluate(product, "half");
    CHECK(&first == &again);
    CHECK(exact(first.value) == "939");
    CHECK(evaluator.evaluation_count() == 2);  // hours once, at the model; half once
}

TEST_CASE("a formula that runs away is a located error, not minutes of arithmetic", "[evaluator]") {
    Scope root("model", nullptr);
    value(root, "x0", "1.0000001");
    for (int i = 1; i <= 40; ++i)
        rule(root, "x" + std::to_string(i), "x" + std::to_string(i - 1) + " * x" + std::to_string(i - 1), at(i, 5));
    Evaluator evaluator;
    const engine::Diagnostic problem = evaluation_problem(evaluator, root, "x40");
    CHECK(problem.message.english().find("grows beyond 1000 digits; a formula that runs away is refused") != std::string::npos);
    CHECK(problem.message.english().find("rule `x") == 0);
    CHECK(problem.pos.line >= 8);  // 10^-7 squared seven times has some 900 digits; the next is refused
    CHECK(problem.pos.line <= 9);
}

// ---- sharing a parent's check ----------------------------------------------------

TEST_CASE("a hundred scopes that define nothing a rule chain uses share one walk of it", "[evaluator]") {
    Scope model("model", nullptr);
    value(model, "base", "2");
    rule(model, "r1", "base * 2");
    for (int i = 2; i <= 10; ++i) rule(model, "r" + std::to_string(i), "r" + std::to_string(i - 1) + " + 1");
    std::vector<std::unique_ptr<Scope>> products;
    for (int i = 0; i < 100; ++i) {
        products.push_back(std::make_unique<Scope>("product " + std::to_string(i), &model));
        value(*products.back(), "own", "1");  // a name no rule of the chain uses
    }
    Evaluator evaluator;
    Diagnostics out;
    for (const auto& product : products) CHECK(evaluator.check(*product, "r10", out));
    CHECK(out.empty());
    CHECK(evaluator.walk_count() == 10);  // r1 … r10 once, in the model
    for (const auto& product : products) CHECK(exact(evaluator.evaluate(*product, "r10").value) == "13");
    CHECK(evaluator.evaluation_count() == 11);  // base and r1 … r10, once each
}

TEST_CASE("a scope that defines a name deep in a shared rule's chain is checked and valued itself", "[evaluator]") {
    Scope model("model", nullptr);
    value(model, "base", "2");
    rule(model, "r1", "base * 2");
    rule(model, "r2", "r1 + 1");
    rule(model, "r3", "r2 * 10");
    Scope plain("product plain", &model);
    Scope own("product own", &model);
    value(own, "base", "5");  // used by r1, two rules below r3
    Evaluator evaluator;
    Diagnostics out;
    CHECK(evaluator.check(plain, "r3", out));
    CHECK(evaluator.check(own, "r3", out));
    const Derivation& shared = evaluator.evaluate(plain, "r3");
    const Derivation& owned = evaluator.evaluate(own, "r3");
    CHECK(exact(shared.value) == "50");
    CHECK(shared.scope == &model);
    CHECK(exact(owned.value) == "110");
    CHECK(owned.scope == &own);
}

TEST_CASE("when a parent's check fails for a scope below, the scope reports its own problem and the parent still "
          "reports its own when asked",
          "[evaluator]") {
    Scope model("model", nullptr, at(1, 1));
    input(model, "hours", at(2, 3));
    rule(model, "cost", "hours * 2", at(3, 9));
    Scope product("product A", &model, at(10, 3));
    value(product, "rate", "4");  // not `hours`: the product lacks it as the model does
    Evaluator evaluator;
    Diagnostics for_product;
    CHECK_FALSE(evaluator.check(product, "cost", for_product));
    REQUIRE(for_product.size() == 1);
    CHECK(for_product.items().front().message.english() == "missing parameter `hours` for product A: rule `cost` needs it (f.yaml:3:9)");
    Diagnostics for_model;
    CHECK_FALSE(evaluator.check(model, "cost", for_model));
    REQUIRE(for_model.size() == 1);
    CHECK(for_model.items().front().message.english().find("missing parameter `hours` for model") == 0);
}
