#include "engine/display.hpp"

#include <optional>
#include <string>

namespace engine {

namespace {

int places_of(const Number& step) {
    const std::optional<std::string> text = step.to_exact_decimal();
    if (!text) return 0;
    const std::size_t point = text->find('.');
    return point == std::string::npos ? 0 : static_cast<int>(text->size() - point - 1);
}

// The rounding a formula's value comes from: a rule's own `round:`, or the
// round() or round_to() its formula ends in, where the places or the step are
// written as numbers.
std::optional<Rounding> rounding_of(const Definition& definition) {
    if (definition.rounding) return definition.rounding;
    if (!definition.expr || definition.expr->kind != ExprKind::call) return std::nullopt;
    const Expr& call = *definition.expr;
    if (call.function != Function::round && call.function != Function::round_to) return std::nullopt;
    if (call.operands.size() < 2 || call.operands[1]->kind != ExprKind::literal) return std::nullopt;
    const Number& argument = call.operands[1]->value;
    Rounding rounding;
    rounding.mode = call.mode.value_or(RoundingMode::half_up);
    if (call.function == Function::round_to) rounding.step = argument;
    else if (argument.is_integer() && argument.sign() >= 0 && argument <= Number(100))
        rounding.places = std::stoi(argument.numerator().str());
    else return std::nullopt;
    return rounding;
}

}  // namespace

DisplayedValue display_rounded(const Number& value, const Rounding& rounding) {
    const int places = rounding.step ? places_of(*rounding.step) : rounding.places.value_or(0);
    const DisplayedValue exact = display_value(value, std::max(places, exact_display_places));
    if (exact.approximate) return display_value(value, 6);  // not a value this rounding gives
    return display_amount(value, places, std::max(places, exact_display_places));
}

DisplayedValue display_derived(const Derivation& derivation) {
    const Definition& definition = *derivation.definition;
    if (definition.kind == Definition::Kind::formula)
        if (const auto rounding = rounding_of(definition)) return display_rounded(derivation.value, *rounding);
    if (definition.kind != Definition::Kind::formula)
        if (std::optional<std::string> exact = derivation.value.to_exact_decimal()) return {std::move(*exact), false};
    const DisplayedValue exact = display_value(derivation.value, exact_display_places);
    return exact.approximate ? display_value(derivation.value, 6) : exact;
}

}  // namespace engine
