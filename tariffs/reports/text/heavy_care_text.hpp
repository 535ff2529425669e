// What the index, budget and allocation reports share, for their files only:
// how they write numbers for people and tools, and a report's title.
#pragma once

#include "engine/decimal.hpp"
#include "engine/number.hpp"
#include "tariffs/model/model.hpp"
#include "tariffs/reports/scenario_note.hpp"

#include <ostream>
#include <string>

namespace tariffs::heavy_care {

using engine::DisplayedValue;
using engine::Number;

// For people: `≈` before a value shown with fewer digits than it has.
std::string marked(const DisplayedValue& shown);

// An amount of money a rule rounded: to the cent, or every digit when a policy
// rounds to something finer than cents (up to six decimals).
DisplayedValue money(const Number& value);

// A tariff as its rule rounded it: all its digits, at least two decimals.
DisplayedValue tariff_value(const Number& value);

// A value no rule rounded (a weight, a volume, an exact share): its exact
// decimal, or six decimals and `approximate`.
DisplayedValue plain(const Number& value);

// `2025`, or `2025–2028`.
std::string year_span(int from, int to);

}  // namespace tariffs::heavy_care
