#include "tariffs/reports/html/value_format.hpp"

#include "engine/decimal.hpp"
#include "tariffs/pricing/indexation.hpp"

namespace tariffs::html {

namespace {

std::string cents(const Number& value) { return engine::format_decimal(value, 2); }
std::string approximately(bool approximate) { return approximate ? "≈ " : ""; }

}  // namespace

std::string ValueFormat::money(const Number& value) const {
    const std::string text = cents(value);
    return approximately(Number::parse(text) != value) + locale_.money(text);
}

std::string ValueFormat::tariff(const Number& value) const {
    const auto shown = engine::display_amount(value);
    return approximately(shown.approximate) + locale_.money(shown.text);
}

std::string ValueFormat::bare_money(const Number& value) const {
    const std::string text = cents(value);
    return approximately(Number::parse(text) != value) + locale_.number(text);
}

std::string ValueFormat::bare_tariff(const Number& value) const {
    const auto shown = engine::display_amount(value);
    return approximately(shown.approximate) + locale_.number(shown.text);
}

std::string ValueFormat::percent(const Number& fraction) const {
    return locale_.number(percentage_text(fraction)) + "%";
}

std::string ValueFormat::share(const Number& fraction) const {
    return locale_.number(engine::display_value(fraction * 100).text) + "%";
}

std::string ValueFormat::plain(const Number& value) const {
    const auto shown = engine::display_value(value);
    return approximately(shown.approximate) + locale_.number(shown.text);
}

std::string ValueFormat::count(const Number& value) const {
    const auto shown = engine::display_value(value, 2);
    return approximately(shown.approximate) + locale_.number(shown.text);
}

std::string ValueFormat::unmarked_tariff(const Number& value) const {
    return locale_.number(engine::display_amount(value).text);
}

std::string ValueFormat::unmarked_cents(const Number& value) const { return locale_.number(cents(value)); }

std::string ValueFormat::decimal(const Number& value, int places) const {
    const auto shown = engine::display_value(value, places);
    return locale_.number((shown.approximate ? "≈" : "") + shown.text);
}

}  // namespace tariffs::html
