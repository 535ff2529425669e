// What the pages' SVG charts share: a value axis with round steps, its tick
// labels, the colours of stacked or grouped series, and coordinates as text.
// Chart geometry is exact arithmetic on the engine's numbers, written with one
// decimal (SVG coordinates are decimal text too).
#pragma once

#include "engine/number.hpp"
#include "tariffs/reports/i18n/locale.hpp"

#include <cstddef>
#include <string>

namespace tariffs::html {

using engine::Number;

// A value axis from 0 to a round number at or above `max`.
struct Axis {
    Number max;
    Number step;
};

Axis axis_for(Number max, int count = 5);

// A tick's label: `35 M` for millions (when the axis reaches a million), else the number.
std::string tick_label(const Number& value, const Axis& axis, const Locale& locale);

// An SVG coordinate, to a tenth.
std::string coord(const Number& value);

// Colours for stacked or grouped series (providers, budget lines, scenarios).
const char* colour(std::size_t i);

}  // namespace tariffs::html
