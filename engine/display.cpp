#include "engine/display.hpp"

namespace engine {

namespace {

int places_of(const Number& step) {
    const std::optional<std::string> text = step.to_exact_decimal();
    if (!text) return 0;
    const std::size_t point = text->find('.');
    return point == std::string::npos ? 0 : static_cast<int>(text->size() - point - 1);
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
    if (definition.kind == Definition::Kind::formula && definition.rounding)
        return display_rounded(derivation.value, *definition.rounding);
    if (definition.kind != Definition::Kind::formula)
        if (std::optional<std::string> exact = derivation.value.to_exact_decimal()) return {std::move(*exact), false};
    const DisplayedValue exact = display_value(derivation.value, exact_display_places);
    return exact.approximate ? display_value(derivation.value, 6) : exact;
}

}  // namespace engine
