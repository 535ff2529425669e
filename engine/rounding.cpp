#include "engine/rounding.hpp"

#include <array>
#include <cstddef>
#include <limits>
#include <optional>
#include <stdexcept>

namespace engine {

namespace {

// Enum order; the trailing null lets callers iterate without a count.
constexpr std::array<const char*, 8> mode_names = {
    "half_up", "half_even", "half_down", "up", "down", "ceiling", "floor", nullptr,
};

// Whether a value strictly between `truncated` and the next integer away from
// zero should move away from zero. `twice_remainder_vs_denominator` compares
// the discarded part with one half.
bool rounds_away(RoundingMode mode, int sign, bool truncated_is_odd, int twice_remainder_vs_denominator) {
    switch (mode) {
    case RoundingMode::up: return true;
    case RoundingMode::down: return false;
    case RoundingMode::ceiling: return sign > 0;
    case RoundingMode::floor: return sign < 0;
    default: break;
    }
    if (twice_remainder_vs_denominator != 0) {
        return twice_remainder_vs_denominator > 0;
    }
    switch (mode) {
    case RoundingMode::half_up: return true;
    case RoundingMode::half_down: return false;
    default: return truncated_is_odd;  // half_even: leave an even neighbour
    }
}

int compare_sign(const BigInt& left, const BigInt& right) {
    return left < right ? -1 : (left > right ? 1 : 0);
}

// round_places for the common case, a value whose numerator and denominator fit
// in 64 bits (a tariff is cents over 100, a wage over 12) and at most 18 places:
// the same rule in 128-bit integers, without GMP's arithmetic. Nothing when
// the value or the result does not fit.
std::optional<Number> round_small(const Number& value, int places, RoundingMode mode) {
    const mpq_srcptr q = value.rational().backend().data();
    if (places > 18 || !mpz_fits_slong_p(mpq_numref(q)) || !mpz_fits_slong_p(mpq_denref(q))) return std::nullopt;
    const __int128 numerator = mpz_get_si(mpq_numref(q)), denominator = mpz_get_si(mpq_denref(q));
    __int128 scale = 1;
    for (int i = 0; i < places; ++i) scale *= 10;
    const __int128 scaled = numerator * scale;  // below 2^63 · 10^18 < 2^123
    __int128 rounded = scaled / denominator;    // truncated toward zero
    const __int128 remainder = scaled % denominator;
    if (remainder != 0) {
        const __int128 twice = 2 * (remainder < 0 ? -remainder : remainder);
        const int half = twice < denominator ? -1 : (twice > denominator ? 1 : 0);
        const int sign = numerator < 0 ? -1 : 1;
        if (rounds_away(mode, sign, rounded % 2 != 0, half)) rounded += sign;
    }
    constexpr __int128 limit = std::numeric_limits<long long>::max();
    if (rounded > limit || rounded < -limit) return std::nullopt;
    return Number::fraction(BigInt(static_cast<long long>(rounded)), BigInt(static_cast<long long>(scale)));
}

}  // namespace

std::optional<RoundingMode> parse_rounding_mode(std::string_view name) {
    for (std::size_t i = 0; mode_names[i] != nullptr; ++i) {
        if (name == mode_names[i]) {
            return static_cast<RoundingMode>(i);
        }
    }
    return std::nullopt;
}

std::string_view to_string(RoundingMode mode) {
    return mode_names.at(static_cast<std::size_t>(mode));
}

const char* const* rounding_mode_names() {
    return mode_names.data();
}

BigInt round_to_integer(const Number& value, RoundingMode mode) {
    const BigInt numerator = value.numerator();
    const BigInt denominator = value.denominator();
    // Truncating division: the remainder carries the sign of the numerator.
    const BigInt truncated = numerator / denominator;
    const BigInt remainder = numerator % denominator;
    if (remainder == 0) {
        return truncated;
    }
    const int half = compare_sign(2 * abs(remainder), denominator);
    if (!rounds_away(mode, value.sign(), truncated % 2 != 0, half)) {
        return truncated;
    }
    return value.sign() > 0 ? BigInt(truncated + 1) : BigInt(truncated - 1);
}

Number round_places(const Number& value, int places, RoundingMode mode) {
    if (places < 0 || places > max_decimal_places) {
        throw std::invalid_argument("decimal places must be between 0 and 1000");
    }
    if (auto small = round_small(value, places, mode)) return *small;
    const BigInt scale = boost::multiprecision::pow(BigInt(10), static_cast<unsigned>(places));
    const Number factor = Number::fraction(scale, 1);
    return Number::fraction(round_to_integer(value * factor, mode), scale);
}

Number round_to_step(const Number& value, const Number& step, RoundingMode mode) {
    if (step.sign() <= 0) {
        throw std::invalid_argument("rounding step must be greater than zero");
    }
    const BigInt multiples = round_to_integer(value / step, mode);
    return Number::fraction(multiples, 1) * step;
}

}  // namespace engine
