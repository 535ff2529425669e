// The formula language: precedence, literals, calls, and errors with exact
// 1-based positions (engine/parser.hpp).
#include "engine/diagnostic.hpp"
#include "engine/evaluator.hpp"
#include "engine/parser.hpp"
#include "engine/printer.hpp"
#include "engine/scope.hpp"

#include <catch2/catch.hpp>

#include <memory>
#include <string>

using engine::BinaryOp;
using engine::Expr;
using engine::ExprKind;
using engine::Function;
using engine::InputError;
using engine::SourcePos;

namespace {

SourcePos at(int line, int column) { return {engine::make_file_name("f.yaml"), line, column}; }

std::unique_ptr<Expr> parse(const std::string& text) { return engine::parse_formula(text, at(1, 1)); }

// Parses and writes back with minimal parentheses.
std::string printed(const std::string& text) { return engine::to_text(*parse(text)); }

std::string exact(const engine::Number& value) {
    return value.to_exact_decimal().value_or(value.to_fraction_string());
}

// Evaluates a formula without names in an empty scope.
std::string value_of(const std::string& text) {
    engine::Scope root("root", nullptr);
    engine::Definition rule;
    rule.name = "r";
    rule.kind = engine::Definition::Kind::formula;
    rule.expr = parse(text);
    rule.text = text;
    rule.pos = at(1, 1);
    root.define(std::move(rule));
    engine::Evaluator evaluator;
    return exact(evaluator.evaluate(root, "r").value);
}

struct Failure {
    std::string where;    // `f.yaml:4:20`
    std::string message;
};

// The single problem parse_formula reports for `text` starting at `start`.
Failure failure(const std::string& text, SourcePos start = at(1, 1)) {
    try {
        engine::parse_formula(text, start);
    } catch (const InputError& e) {
        REQUIRE(e.diagnostics().size() == 1);
        const auto& problem = e.diagnostics().items().front();
        return {problem.pos.to_string(), problem.message.english()};
    }
    FAIL("`" << text << "` parsed without an error");
    return {};
}

}  // namespace

// ---- precedence and associativity ---------------------------------------------

TEST_CASE("multiplication binds tighter than addition: 1 + 2 * 3 is 1 + (2 * 3)", "[parser]") {
    auto expr = parse("1 + 2 * 3");
    REQUIRE(expr->kind == ExprKind::binary);
    CHECK(expr->op == BinaryOp::add);
    CHECK(expr->operands[0]->kind == ExprKind::literal);
    REQUIRE(expr->operands[1]->kind == ExprKind::binary);
    CHECK(expr->operands[1]->op == BinaryOp::multiply);
    CHECK(printed("1 + 2 * 3") == "1 + 2 * 3");
    CHECK(value_of("1 + 2 * 3") == "7");
}

TEST_CASE("division binds tighter than subtraction: 10 - 6 / 2 is 7", "[parser]") {
    auto expr = parse("10 - 6 / 2");
    CHECK(expr->op == BinaryOp::subtract);
    CHECK(expr->operands[1]->op == BinaryOp::divide);
    CHECK(value_of("10 - 6 / 2") == "7");
    CHECK(printed("2 * 3 - 4 / 8") == "2 * 3 - 4 / 8");
}

TEST_CASE("parentheses override precedence and are kept only where needed", "[parser]") {
    auto expr = parse("(1 + 2) * 3");
    CHECK(expr->op == BinaryOp::multiply);
    CHECK(expr->operands[0]->op == BinaryOp::add);
    CHECK(printed("(1 + 2) * 3") == "(1 + 2) * 3");
    CHECK(value_of("(1 + 2) * 3") == "9");
    CHECK(printed("(1 * 2) + 3") == "1 * 2 + 3");
    CHECK(printed("((a))") == "a");
    CHECK(printed("a - (b + c)") == "a - (b + c)");
    CHECK(printed("a / (b * c)") == "a / (b * c)");
    CHECK(printed("(a / b) * c") == "a / b * c");
}

TEST_CASE("subtraction is left associative: 10 - 4 - 3 is (10 - 4) - 3 = 3", "[parser]") {
    auto expr = parse("10 - 4 - 3");
    CHECK(expr->op == BinaryOp::subtract);
    REQUIRE(expr->operands[0]->kind == ExprKind::binary);
    CHECK(expr->operands[0]->op == BinaryOp::subtract);
    CHECK(expr->operands[1]->kind == ExprKind::literal);
    CHECK(value_of("10 - 4 - 3") == "3");
    CHECK(printed("10 - 4 - 3") == "10 - 4 - 3");
    CHECK(printed("10 - (4 - 3)") == "10 - (4 - 3)");
    CHECK(value_of("10 - (4 - 3)") == "9");
}

TEST_CASE("division is left associative: 24 / 4 / 2 is (24 / 4) / 2 = 3", "[parser]") {
    auto expr = parse("24 / 4 / 2");
    CHECK(expr->op == BinaryOp::divide);
    REQUIRE(expr->operands[0]->kind == ExprKind::binary);
    CHECK(expr->operands[0]->op == BinaryOp::divide);
    CHECK(value_of("24 / 4 / 2") == "3");
    CHECK(printed("24 / 4 / 2") == "24 / 4 / 2");
    CHECK(value_of("24 / (4 / 2)") == "12");
}

TEST_CASE("unary minus binds tighter than * and applies to a parenthesised group", "[parser]") {
    auto expr = parse("-2 * 3");
    CHECK(expr->op == BinaryOp::multiply);
    CHECK(expr->operands[0]->kind == ExprKind::negate);
    CHECK(value_of("-2 * 3") == "-6");
    CHECK(value_of("2 * -3") == "-6");
    CHECK(value_of("- - 4") == "4");
    CHECK(value_of("-(1 + 2) * 3") == "-9");
    CHECK(value_of("5 - -2") == "7");
    CHECK(printed("-(a + b)") == "-(a + b)");
    CHECK(printed("-a * b") == "-a * b");
    CHECK(printed("a - -b") == "a - -b");
}

TEST_CASE("comparisons bind loosest: a + 1 < b * 2 compares two sums", "[parser]") {
    auto expr = parse("a + 1 < b * 2");
    CHECK(expr->op == BinaryOp::less);
    CHECK(expr->operands[0]->op == BinaryOp::add);
    CHECK(expr->operands[1]->op == BinaryOp::multiply);
    CHECK(printed("a + 1 < b * 2") == "a + 1 < b * 2");
    CHECK(value_of("1 + 1 == 4 / 2") == "1");
    CHECK(value_of("3 - 1 >= 2 * 2") == "0");
}

TEST_CASE("every comparison operator parses to its own operation", "[parser]") {
    CHECK(parse("a < b")->op == BinaryOp::less);
    CHECK(parse("a <= b")->op == BinaryOp::less_equal);
    CHECK(parse("a > b")->op == BinaryOp::greater);
    CHECK(parse("a >= b")->op == BinaryOp::greater_equal);
    CHECK(parse("a == b")->op == BinaryOp::equal);
    CHECK(parse("a != b")->op == BinaryOp::not_equal);
}

TEST_CASE("a parenthesised comparison on the left of a comparison keeps its parentheses when printed",
          "[parser]") {
    // A printed formula parses back: comparisons do not chain, so either side gets parentheses.
    CHECK(printed("(a < b) == c") == "(a < b) == c");
    CHECK_NOTHROW(parse(printed("(a < b) == c")));
}

TEST_CASE("a comparison on the right of a comparison needs parentheses", "[parser]") {
    CHECK(printed("a == (b < c)") == "a == (b < c)");
    CHECK(value_of("1 == (2 < 3)") == "1");
}

// ---- literals -----------------------------------------------------------------

TEST_CASE("a percent literal divides by 100 exactly: 8.33% is 833/10000", "[parser]") {
    auto expr = parse("8.33%");
    REQUIRE(expr->kind == ExprKind::literal);
    CHECK(expr->value.to_fraction_string() == "833/10000");
    CHECK(value_of("200 * 8.33%") == "16.66");
    CHECK(value_of("100%") == "1");
}

TEST_CASE("decimal literals are exact: 0.1 + 0.2 == 0.3", "[parser]") {
    CHECK(parse("3650.00")->value.to_fraction_string() == "3650");
    CHECK(value_of("0.1 + 0.2") == "0.3");
    CHECK(value_of("0.1 + 0.2 == 0.3") == "1");
}

TEST_CASE("the multiplication sign × multiplies like the star", "[parser]") {
    auto expr = parse("a × b");
    REQUIRE(expr->kind == ExprKind::binary);
    CHECK(expr->op == BinaryOp::multiply);
    CHECK(printed("a × b") == "a * b");
    CHECK(value_of("1 + 2 × 3") == "7");
    CHECK(value_of("1878×8.33%") == "156.4374");
}

TEST_CASE("names and whitespace: tabs and newlines separate tokens", "[parser]") {
    auto expr = parse("hours_per_fte\t*\n_rate2");
    CHECK(expr->operands[0]->kind == ExprKind::name);
    CHECK(expr->operands[0]->name == "hours_per_fte");
    CHECK(expr->operands[1]->name == "_rate2");
}

// ---- function calls ------------------------------------------------------------

TEST_CASE("a call parses its function and arguments", "[parser]") {
    auto expr = parse("if(a > 0, a, 0)");
    REQUIRE(expr->kind == ExprKind::call);
    CHECK(expr->function == Function::if_);
    CHECK(expr->operands.size() == 3);
    CHECK(printed("if(a > 0, a, 0)") == "if(a > 0, a, 0)");
    CHECK(printed("max(a, b, c + 1)") == "max(a, b, c + 1)");
    CHECK(printed("abs(-a)") == "abs(-a)");
}

TEST_CASE("if takes exactly 3 arguments", "[parser]") {
    CHECK_NOTHROW(parse("if(a, b, c)"));
    CHECK(failure("if(a, b)").message == "`if` takes 3 arguments, not 2");
    CHECK(failure("if(a, b, c, d)").message == "`if` takes 3 arguments, not 4");
    CHECK(failure("if()").message == "`if` takes 3 arguments, not 0");
    CHECK(failure("1 + if(a, b)").where == "f.yaml:1:5");  // at the function name
}

TEST_CASE("min and max take at least 2 arguments", "[parser]") {
    CHECK_NOTHROW(parse("min(a, b)"));
    CHECK_NOTHROW(parse("max(a, b, c, d, e)"));
    CHECK(failure("min(a)").message == "`min` takes at least 2 arguments, not 1");
    CHECK(failure("max(a)").message == "`max` takes at least 2 arguments, not 1");
    CHECK(failure("max()").message == "`max` takes at least 2 arguments, not 0");
}

TEST_CASE("abs takes exactly 1 argument", "[parser]") {
    CHECK(failure("abs(a, b)").message == "`abs` takes 1 arguments, not 2");
}

TEST_CASE("round takes 2 or 3 arguments, the third naming a rounding mode", "[parser]") {
    auto expr = parse("round(x, 2, half_even)");
    REQUIRE(expr->kind == ExprKind::call);
    CHECK(expr->function == Function::round);
    CHECK(expr->operands.size() == 2);  // the mode is not a value argument
    REQUIRE(expr->mode.has_value());
    CHECK(*expr->mode == engine::RoundingMode::half_even);
    CHECK(printed("round(x, 2, half_even)") == "round(x, 2, half_even)");

    auto plain = parse("round(x, 2)");
    CHECK_FALSE(plain->mode.has_value());
    CHECK(printed("round_to(x, 0.60, floor)") == "round_to(x, 0.6, floor)");

    CHECK(failure("round(x)").message == "`round` takes 2 or 3 arguments, not 1");
    CHECK(failure("round(x, 2, half_up, 3)").message == "`round` takes 2 or 3 arguments, not 4");
    CHECK(failure("round_to(x)").message == "`round_to` takes 2 or 3 arguments, not 1");
}

TEST_CASE("round refuses an unknown mode name at its position", "[parser]") {
    const Failure f = failure("round(x, 2, half_odd)");
    CHECK(f.where == "f.yaml:1:13");
    CHECK(f.message ==
          "unknown rounding mode `half_odd`; the modes are half_up, half_even, half_down, up, down, ceiling, floor");
}

TEST_CASE("round's third argument must be a mode name, not a value", "[parser]") {
    const Failure f = failure("round(x, 2, 3)");
    CHECK(f.where == "f.yaml:1:13");
    CHECK(f.message == "expected a rounding mode (half_up, half_even, half_down, up, down, ceiling, floor)");
}

TEST_CASE("an unknown function is refused at its name, listing the functions", "[parser]") {
    const Failure f = failure("2 * floor(x)");
    CHECK(f.where == "f.yaml:1:5");
    CHECK(f.message ==
          "unknown function `floor`; the functions are if, min, max, round, round_to, sum and abs");
}

TEST_CASE("sum takes a collection name and a body", "[parser]") {
    auto expr = parse("sum(staff, fte * rate)");
    REQUIRE(expr->kind == ExprKind::call);
    CHECK(expr->function == Function::sum);
    CHECK(expr->name == "staff");
    REQUIRE(expr->operands.size() == 1);
    CHECK(expr->operands[0]->op == BinaryOp::multiply);
    CHECK(printed("sum(staff, fte * rate)") == "sum(staff, fte * rate)");

    const Failure not_a_name = failure("sum(1, x)");
    CHECK(not_a_name.where == "f.yaml:1:5");
    CHECK(not_a_name.message == "sum() takes a collection name first");
    CHECK(failure("sum(staff)").message == "`sum` takes 2 arguments, not 1");
    CHECK(failure("sum(staff, a, b)").message == "`sum` takes 2 arguments, not 3");
}

TEST_CASE("a missing comma or parenthesis in arguments is reported at the token found", "[parser]") {
    const Failure f = failure("max(a b)");
    CHECK(f.where == "f.yaml:1:7");
    CHECK(f.message == "expected `)` or `,` in the arguments of `max` but found `b`");
    const Failure open = failure("min(a, b");
    CHECK(open.where == "f.yaml:1:9");
    CHECK(open.message == "expected `)` or `,` in the arguments of `min` but the formula ends");
    CHECK(failure("if(a, b, )").message == "expected a value but found `)`");
}

// ---- errors with exact positions ---------------------------------------------

TEST_CASE("an unclosed parenthesis is reported where the formula ends, shifted by the start", "[parser]") {
    const Failure f = failure("a * (b + c", at(4, 10));
    CHECK(f.where == "f.yaml:4:20");
    CHECK(f.message == "expected `)` but the formula ends");
}

TEST_CASE("positions of nodes are the start shifted by the token's offset", "[parser]") {
    auto expr = engine::parse_formula("ab * (cd + 2)", at(7, 3));
    CHECK(expr->pos.to_string() == "f.yaml:7:6");                // the `*`
    CHECK(expr->operands[0]->pos.to_string() == "f.yaml:7:3");   // ab
    CHECK(expr->operands[1]->pos.to_string() == "f.yaml:7:12");  // the `+`
    CHECK(expr->operands[1]->operands[0]->pos.to_string() == "f.yaml:7:9");  // cd
    CHECK(expr->operands[1]->operands[1]->pos.to_string() == "f.yaml:7:14"); // 2
}

TEST_CASE("comparisons do not chain: a < b < c is refused at the second operator", "[parser]") {
    const Failure f = failure("a < b < c");
    CHECK(f.where == "f.yaml:1:7");
    CHECK(f.message == "comparisons do not chain; use parentheses or if()");
    CHECK(failure("a == b != c").message == "comparisons do not chain; use parentheses or if()");
    CHECK_NOTHROW(parse("(a < b) * (b < c)"));
}

TEST_CASE("an empty formula is refused", "[parser]") {
    const Failure f = failure("", at(2, 5));
    CHECK(f.where == "f.yaml:2:5");
    CHECK(f.message == "the formula is empty");
    CHECK(failure("   ").message == "the formula is empty");
}

TEST_CASE("a number running into a name is refused: 2a", "[parser]") {
    const Failure f = failure("1 + 2a", at(3, 1));
    CHECK(f.where == "f.yaml:3:5");
    CHECK(f.message == "a number cannot run into a name; write an operator between them");
}

TEST_CASE("a single = is refused with a hint to write ==", "[parser]") {
    const Failure f = failure("a = b");
    CHECK(f.where == "f.yaml:1:3");
    CHECK(f.message == "use `==` to compare");
    CHECK(failure("a ! b").message == "unexpected `!`; use `!=` to compare");
}

TEST_CASE("trailing text after a complete formula is refused", "[parser]") {
    const Failure name = failure("a b", at(1, 1));
    CHECK(name.where == "f.yaml:1:3");
    CHECK(name.message == "unexpected `b` after a complete formula");
    const Failure paren = failure("(1 + 2))");
    CHECK(paren.where == "f.yaml:1:8");
    CHECK(paren.message == "unexpected `)` after a complete formula");
}

TEST_CASE("a lone minus is refused where the value should be", "[parser]") {
    const Failure f = failure("-", at(1, 1));
    CHECK(f.where == "f.yaml:1:2");
    CHECK(f.message == "the formula ends where a value was expected");
    CHECK(failure("a -").where == "f.yaml:1:4");
}

TEST_CASE("stray characters and malformed numbers are refused at their position", "[parser]") {
    const Failure hash = failure("a # b");
    CHECK(hash.where == "f.yaml:1:3");
    CHECK(hash.message == "unexpected character");
    const Failure point = failure("a + 1.");
    CHECK(point.where == "f.yaml:1:5");
    CHECK(point.message == "a decimal point must be followed by digits");
    const Failure op = failure("* a");
    CHECK(op.where == "f.yaml:1:1");
    CHECK(op.message == "expected a value but found `*`");
    CHECK(failure("1.5e3").message == "a number cannot run into a name; write an operator between them");
}

TEST_CASE("a formula nested too deeply is refused, not a crash", "[parser]") {
    const std::string message = "the formula nests more than " +
                                std::to_string(engine::max_formula_height) +
                                " levels deep; split it into rules";
    const int deep = 100000;
    CHECK(failure(std::string(deep, '(') + "1" + std::string(deep, ')')).message == message);
    std::string minuses;
    for (int i = 0; i < deep; ++i) minuses += "- ";
    CHECK(failure(minuses + "1").message == message);
    std::string calls;
    for (int i = 0; i < deep; ++i) calls += "abs(";
    CHECK(failure(calls + "1" + std::string(deep, ')')).message == message);
    // Honest nesting is fine.
    CHECK(value_of(std::string(50, '(') + "1 + 2" + std::string(50, ')')) == "3");
    CHECK(value_of("- - - - 1") == "1");
}
