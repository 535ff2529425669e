// Explicit rounding: to a number of decimal places or to a multiple of a step,
// always with a named mode. Nothing rounds implicitly.
#pragma once

#include "engine/number.hpp"

#include <optional>
#include <string>
#include <string_view>

namespace engine {

enum class RoundingMode {
    half_up,    // half away from zero: 2.5 -> 3, -2.5 -> -3 (Dutch commercial rounding)
    half_even,  // half to the even neighbour: 2.5 -> 2, 3.5 -> 4
    half_down,  // half toward zero: 2.5 -> 2, -2.5 -> -2
    up,         // away from zero
    down,       // toward zero
    ceiling,    // toward +infinity
    floor,      // toward -infinity
};

std::optional<RoundingMode> parse_rounding_mode(std::string_view name);
std::string_view to_string(RoundingMode mode);
// All mode names, in the order above, for help texts and suggestions.
const char* const* rounding_mode_names();  // null-terminated

// Rounds to an integer.
BigInt round_to_integer(const Number& value, RoundingMode mode);
// Rounds to `places` decimal places (places >= 0).
Number round_places(const Number& value, int places, RoundingMode mode);
// The most decimal places anything rounds to: beyond, the scale factor alone
// would be absurdly large.
inline constexpr int max_decimal_places = 1000;
// Rounds to a multiple of `step` (step > 0), e.g. 0.60 so a minute price is whole cents.
Number round_to_step(const Number& value, const Number& step, RoundingMode mode);

}  // namespace engine
