#include "engine/decimal.hpp"

#include <cstddef>
#include <utility>

namespace engine {

namespace {

std::size_t decimals_in(const std::string& text) {
    const std::size_t point = text.find('.');
    return point == std::string::npos ? 0 : text.size() - point - 1;
}

}  // namespace

std::string format_decimal(const Number& value, int places, RoundingMode mode) {
    std::optional<std::string> exact;
    // Most amounts are already whole cents: nothing to round, only zeros to add.
    if (places >= 0 && places <= max_decimal_places) exact = value.to_exact_decimal();
    if (!exact || decimals_in(*exact) > static_cast<std::size_t>(places)) {
        // Rounding first means a value that rounds to zero is plain zero, so no "-0.00".
        // A value rounded to `places` decimals always has a finite expansion.
        exact = round_places(value, places, mode).to_exact_decimal();
    }
    std::string text = std::move(*exact);
    const std::size_t wanted = static_cast<std::size_t>(places);
    const std::size_t have = decimals_in(text);
    if (wanted > 0 && have == 0) {
        text += '.';
    }
    text.append(wanted - have, '0');
    return text;
}

std::string exact_percent(const Number& fraction) {
    const Number percent = fraction * Number(100);
    return percent.to_exact_decimal().value_or(percent.to_fraction_string()) + "%";
}

DisplayedValue display_value(const Number& value, int max_places) {
    if (max_places < 0 || max_places > max_decimal_places) {
        return {format_decimal(value, max_places, RoundingMode::half_up), true};  // which refuses it
    }
    std::optional<std::string> exact = value.to_exact_decimal();
    if (exact && decimals_in(*exact) <= static_cast<std::size_t>(max_places)) {
        return {std::move(*exact), false};
    }
    return {format_decimal(value, max_places, RoundingMode::half_up), true};
}

DisplayedValue display_amount(const Number& value, int min_places, int max_places) {
    DisplayedValue shown = display_value(value, max_places);
    const std::size_t have = decimals_in(shown.text);
    const std::size_t wanted = static_cast<std::size_t>(min_places);
    if (have < wanted) {
        if (have == 0) shown.text += '.';
        shown.text.append(wanted - have, '0');
    }
    return shown;
}

}  // namespace engine
