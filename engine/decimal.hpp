// Decimal text out: exactly `places` decimals, rounded with an explicit mode.
#pragma once

#include "engine/number.hpp"
#include "engine/rounding.hpp"

#include <string>

namespace engine {

// `-12.35`, `1878.00`, `0`: a minus sign only when the rounded value is not zero.
std::string format_decimal(const Number& value, int places,
                           RoundingMode mode = RoundingMode::half_up);

// For displaying a value that no rule rounded: the exact decimal when it has at
// most `max_places` decimals, else the value rounded half up to `max_places`
// decimals and `approximate` set, so the caller can mark it (`≈ 65.247770`).
struct DisplayedValue {
    std::string text;
    bool approximate = false;
};
DisplayedValue display_value(const Number& value, int max_places = 6);

// A fraction as an exact percentage: 0.036 is `3.6%` (a fraction without a
// finite decimal as `1/3%`).
std::string exact_percent(const Number& fraction);

// As display_value, padded with zeros to at least `min_places` decimals: an
// amount of money that a rule rounded shows as `82.92`, `12.50` or `82.925`.
DisplayedValue display_amount(const Number& value, int min_places = 2, int max_places = 6);

}  // namespace engine
