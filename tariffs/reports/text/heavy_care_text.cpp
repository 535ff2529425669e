#include "tariffs/reports/text/heavy_care_text.hpp"

namespace tariffs::heavy_care {

std::string marked(const DisplayedValue& shown) { return shown.approximate ? "≈" + shown.text : shown.text; }

// Whole cents show as cents, anything finer with its digits (display_amount pads
// to two decimals and marks what it cannot show exactly).
DisplayedValue money(const Number& value) { return engine::display_amount(value); }

DisplayedValue tariff_value(const Number& value) { return engine::display_amount(value); }

DisplayedValue plain(const Number& value) { return engine::display_value(value, 6); }

std::string year_span(int from, int to) {
    return from == to ? std::to_string(from) : std::to_string(from) + "–" + std::to_string(to);
}

}  // namespace tariffs::heavy_care
