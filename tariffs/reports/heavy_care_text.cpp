#include "tariffs/reports/heavy_care_text.hpp"

namespace tariffs::heavy_care {

std::string marked(const DisplayedValue& shown) { return shown.approximate ? "≈" + shown.text : shown.text; }

DisplayedValue money(const Number& value) {
    if (auto exact = value.to_exact_decimal()) {  // whole cents, or a short decimal: padded to cents
        const auto point = exact->find('.');
        const std::size_t places = point == std::string::npos ? 0 : exact->size() - point - 1;
        if (places <= 2) {
            std::string text = std::move(*exact);
            if (places == 0) text += '.';
            text.append(2 - places, '0');
            return {std::move(text), false};
        }
    }
    return engine::display_amount(value);
}

DisplayedValue tariff_value(const Number& value) { return engine::display_amount(value); }

DisplayedValue plain(const Number& value) { return engine::display_value(value, 6); }

std::string year_span(int from, int to) {
    return from == to ? std::to_string(from) : std::to_string(from) + "–" + std::to_string(to);
}

}  // namespace tariffs::heavy_care
