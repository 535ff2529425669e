// Fuzz target `formula`: the rule language (engine/parser.hpp, evaluator.hpp).
//
// The input text is parsed with engine::parse_formula as the rule `r`, which
// is evaluated in a small model: a model scope with given values (a salary,
// hours, a percentage, 0, a negative number), a declared input without a
// value (`missing`) and rules that use `r` (`again`, `rounded`, with a
// rounding), and a product scope below it that overrides `hours` and holds the
// collection `staff_mix` (two items with `share`, `fte` and `rate`) and the
// empty collection `none`. `r` is checked and evaluated from both scopes.
//
// One property is checked beyond "no crash": a formula that evaluates prints
// (engine::to_text, as explanations show a part of a formula) as text that
// parses again and gives the same value. engine::InputError is the right
// answer to a broken formula; anything else is a finding.
#include "engine/decimal.hpp"
#include "engine/diagnostic.hpp"
#include "engine/evaluator.hpp"
#include "engine/parser.hpp"
#include "engine/printer.hpp"
#include "engine/scope.hpp"
#include "engine/source.hpp"

#include "fuzz_support.hpp"

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>

using engine::Definition;
using engine::Scope;
using engine::SourcePos;

namespace {

const auto file = engine::make_file_name("fuzz.yaml");

void value(Scope& scope, const std::string& name, const char* text) {
    Definition definition;
    definition.name = name;
    definition.kind = Definition::Kind::value;
    definition.value = *engine::Number::parse(text);
    definition.text = text;
    definition.pos = SourcePos{file, 1, 1};
    scope.define(std::move(definition));
}

void rule(Scope& scope, const std::string& name, std::shared_ptr<const engine::Expr> expr, std::string text,
          std::optional<engine::Rounding> rounding = std::nullopt) {
    Definition definition;
    definition.name = name;
    definition.kind = Definition::Kind::formula;
    definition.expr = std::move(expr);
    definition.text = std::move(text);
    definition.rounding = std::move(rounding);
    definition.pos = SourcePos{file, 2, 4};
    scope.define(std::move(definition));
}

void rule(Scope& scope, const std::string& name, const std::string& text,
          std::optional<engine::Rounding> rounding = std::nullopt) {
    rule(scope, name, engine::parse_formula(text, SourcePos{file, 3, 4}), text, std::move(rounding));
}

// The scopes a formula is evaluated in, with `r` defined as `expr`.
struct World {
    Scope model{"model", nullptr, SourcePos{file, 1, 1}};
    Scope product{"product P", &model, SourcePos{file, 10, 3}};
    Scope first{"staff_mix 1", &product, SourcePos{file, 11, 5}};
    Scope second{"staff_mix 2", &product, SourcePos{file, 12, 5}};

    World(std::shared_ptr<const engine::Expr> expr, const std::string& text) {
        value(model, "salary", "3650.00");
        value(model, "hours", "1878");
        value(model, "pct", "8.33%");
        value(model, "zero", "0");
        value(model, "neg", "-12.5");
        Definition missing;
        missing.name = "missing";
        missing.kind = Definition::Kind::input;
        missing.pos = SourcePos{file, 4, 3};
        model.define(std::move(missing));
        rule(model, "r", std::move(expr), text);
        rule(model, "again", "r + 1");
        engine::Rounding cents;
        cents.places = 2;
        cents.mode = engine::RoundingMode::half_even;
        cents.pos = SourcePos{file, 5, 3};
        rule(model, "rounded", "r", cents);

        value(product, "hours", "1900");
        value(first, "share", "0.8");
        value(first, "fte", "1.5");
        value(first, "rate", "60.10");
        value(second, "share", "0.2");
        value(second, "fte", "0.5");
        value(second, "rate", "80");
        rule(second, "rate_hour", "rate / hours");
        product.define_collection({"staff_mix", {&first, &second}, SourcePos{file, 10, 5}});
        product.define_collection({"none", {}, SourcePos{file, 10, 5}});
    }
};

// The value of `name` in `scope`, or nothing when evaluating it is a located error.
std::optional<engine::Number> evaluate(engine::Evaluator& evaluator, const Scope& scope, const char* name) {
    try {
        const engine::Derivation& derivation = evaluator.evaluate(scope, name);
        (void)engine::display_value(derivation.value);
        (void)engine::format_decimal(derivation.value, 2);
        return derivation.value;
    } catch (const engine::InputError& e) {
        for (const auto& diagnostic : e.diagnostics().sorted()) (void)diagnostic.to_string();
        return std::nullopt;
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string text(fuzz::text_of(data, size));
    std::shared_ptr<const engine::Expr> expr;
    try {
        expr = engine::parse_formula(text, SourcePos{file, 2, 4});
    } catch (const engine::InputError&) {
        return 0;  // a located syntax error
    }

    World world(expr, text);
    engine::Evaluator evaluator;
    engine::Diagnostics problems;
    (void)evaluator.check(world.product, "r", problems);
    const std::optional<engine::Number> in_product = evaluate(evaluator, world.product, "r");
    (void)evaluate(evaluator, world.product, "again");
    (void)evaluate(evaluator, world.product, "rounded");
    (void)evaluate(evaluator, world.model, "r");
    (void)evaluate(evaluator, world.second, "r");
    if (!in_product) return 0;

    // Printed and parsed again, the formula gives the same value.
    const std::string printed = engine::to_text(*expr);
    std::shared_ptr<const engine::Expr> reparsed;
    try {
        reparsed = engine::parse_formula(printed, SourcePos{file, 2, 4});
    } catch (const engine::InputError& e) {
        fuzz::finding("the formula `" + text + "` evaluates, but its printed form `" + printed +
                      "` does not parse: " + e.diagnostics().items().front().to_string());
    }
    World again(reparsed, printed);
    engine::Evaluator second_evaluator;
    const std::optional<engine::Number> reprinted = evaluate(second_evaluator, again.product, "r");
    if (!reprinted || !(*reprinted == *in_product))
        fuzz::finding("the formula `" + text + "` gives " + in_product->to_fraction_string() +
                      ", its printed form `" + printed + "` gives " +
                      (reprinted ? reprinted->to_fraction_string() : std::string("an error")));
    return 0;
}
