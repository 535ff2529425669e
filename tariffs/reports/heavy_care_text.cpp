#include "tariffs/reports/heavy_care_text.hpp"

namespace tariffs::heavy_care {

std::string marked(const DisplayedValue& shown) { return shown.approximate ? "≈" + shown.text : shown.text; }

DisplayedValue money(const Number& value) {
    if ((value * Number(100)).is_integer()) return {engine::format_decimal(value, 2), false};
    return engine::display_amount(value);
}

DisplayedValue tariff_value(const Number& value) { return engine::display_amount(value); }

DisplayedValue plain(const Number& value) { return engine::display_value(value, 6); }

std::string year_span(int from, int to) {
    return from == to ? std::to_string(from) : std::to_string(from) + "–" + std::to_string(to);
}

}  // namespace tariffs::heavy_care
