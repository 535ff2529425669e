#include "tariffs/reports/html/chart_axis.hpp"

#include "engine/decimal.hpp"
#include "engine/rounding.hpp"

namespace tariffs::html {

namespace {

// The smallest of 1, 2, 5 × 10^k that divides `max` into at most `count` steps.
Number nice_step(const Number& max, int count) {
    Number power = 1;
    while (power * 10 <= max) power = power * 10;
    while (power > max) power = power / 10;
    const Number tenth = power / 10;
    for (const Number& step : {tenth, tenth * 2, tenth * 5, power, power * 2, power * 5})
        if (max / step <= Number(count)) return step;
    return power * 10;
}

const char* const palette[] = {"#4e79a7", "#59a14f", "#f28e2b", "#76b7b2", "#b07aa1",
                               "#edc948", "#9c755f", "#ff9da7", "#bab0ac", "#86bcb6"};

}  // namespace

Axis axis_for(Number max, int count) {
    if (max.sign() <= 0) max = 1;
    const Number step = nice_step(max, count);
    return {engine::round_to_step(max, step, engine::RoundingMode::ceiling), step};
}

std::string tick_label(const Number& value, const Axis& axis, const Locale& locale) {
    if (value.is_zero()) return "0";
    if (axis.max >= Number(1000000))
        return locale.number(engine::display_value(value / 1000000).text) + " " + locale.text("M");
    return locale.number(engine::display_value(value).text);
}

std::string coord(const Number& value) { return engine::format_decimal(value, 1); }

const char* colour(std::size_t i) { return palette[i % (sizeof palette / sizeof palette[0])]; }

}  // namespace tariffs::html
