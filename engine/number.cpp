#include "engine/number.hpp"

#include <algorithm>
#include <cctype>
#include <stdexcept>
#include <utility>

namespace engine {

namespace {

// Longer texts are never real tariff data; refusing them bounds parse cost.
constexpr std::size_t max_text_length = 1000;

bool is_digit(char c) {
    return std::isdigit(static_cast<unsigned char>(c)) != 0;
}

std::size_t count_digits(std::string_view text, std::size_t from) {
    std::size_t end = from;
    while (end < text.size() && is_digit(text[end])) {
        ++end;
    }
    return end - from;
}

// Boost reads a digit string with a leading zero as octal, so strip zeros
// before handing the digits over.
BigInt integer_from_digits(const std::string& digits) {
    const std::size_t first = digits.find_first_not_of('0');
    if (first == std::string::npos) {
        return BigInt(0);
    }
    return BigInt(digits.substr(first));
}

BigInt power_of_ten(std::size_t exponent) {
    return boost::multiprecision::pow(BigInt(10), static_cast<unsigned>(exponent));
}

// Up to 18 decimal digits fit a machine integer: most numbers in a model are
// read without touching GMP's parser.
constexpr std::size_t max_machine_digits = 18;

Number small_decimal(std::string_view digits, std::size_t places, bool negative) {
    long long numerator = 0;
    for (char c : digits) {
        numerator = numerator * 10 + (c - '0');
    }
    long long denominator = 1;
    for (std::size_t i = 0; i < places; ++i) {
        denominator *= 10;
    }
    return Number::fraction(BigInt(negative ? -numerator : numerator), BigInt(denominator));
}

// Removes every factor `prime` from `value`, returning how many there were.
std::size_t strip_factor(BigInt& value, unsigned prime) {
    std::size_t count = 0;
    while (value % prime == 0) {
        value /= prime;
        ++count;
    }
    return count;
}

// `digits` are those of |value| * 10^places, an exact integer.
std::string place_point(std::string digits, std::size_t places, bool negative) {
    if (digits.size() <= places) {
        digits.insert(0, places + 1 - digits.size(), '0');
    }
    if (places > 0) {
        digits.insert(digits.size() - places, 1, '.');
    }
    return negative ? "-" + digits : digits;
}

}  // namespace

Number::Number(long long whole) : value_(whole) {}

Number Number::fraction(const BigInt& numerator, const BigInt& denominator) {
    if (denominator == 0) {
        throw std::domain_error("fraction with a zero denominator");
    }
    return Number(BigRational(numerator, denominator));
}

std::optional<Number> Number::parse(std::string_view text) {
    if (text.size() > max_text_length) {
        return std::nullopt;
    }
    std::size_t pos = 0;
    const bool negative = !text.empty() && text[0] == '-';
    if (!text.empty() && (text[0] == '-' || text[0] == '+')) {
        ++pos;
    }
    const std::size_t whole_digits = count_digits(text, pos);
    if (whole_digits == 0) {
        return std::nullopt;
    }
    std::string digits(text.substr(pos, whole_digits));
    pos += whole_digits;
    std::size_t fraction_digits = 0;
    if (pos < text.size() && text[pos] == '.') {
        fraction_digits = count_digits(text, pos + 1);
        if (fraction_digits == 0) {
            return std::nullopt;
        }
        digits += text.substr(pos + 1, fraction_digits);
        pos += 1 + fraction_digits;
    }
    const bool percent = pos < text.size() && text[pos] == '%';
    if (percent) {
        ++pos;
    }
    if (pos != text.size()) {
        return std::nullopt;
    }
    const std::size_t places = fraction_digits + (percent ? 2 : 0);
    if (digits.size() <= max_machine_digits && places <= max_machine_digits) {
        return small_decimal(digits, places, negative);
    }
    BigInt numerator = integer_from_digits(digits);
    if (negative) {
        numerator = -numerator;
    }
    return fraction(numerator, power_of_ten(places));
}

BigInt Number::numerator() const {
    return boost::multiprecision::numerator(value_);
}

BigInt Number::denominator() const {
    return boost::multiprecision::denominator(value_);
}

std::size_t Number::digits() const {
    const mpq_srcptr q = value_.backend().data();
    return std::max(mpz_sizeinbase(mpq_numref(q), 10), mpz_sizeinbase(mpq_denref(q), 10));
}

bool Number::is_zero() const {
    return value_.is_zero();
}

bool Number::is_integer() const {
    return mpz_cmp_ui(mpq_denref(value_.backend().data()), 1) == 0;
}

int Number::sign() const {
    return value_.sign();
}

Number Number::magnitude() const { return sign() < 0 ? -*this : *this; }

Number Number::operator-() const {
    return Number(BigRational(-value_));
}

Number Number::operator+(const Number& other) const {
    return Number(BigRational(value_ + other.value_));
}

Number Number::operator-(const Number& other) const {
    return Number(BigRational(value_ - other.value_));
}

Number Number::operator*(const Number& other) const {
    return Number(BigRational(value_ * other.value_));
}

Number Number::operator/(const Number& other) const {
    if (other.is_zero()) {
        throw std::domain_error("division by zero");
    }
    return Number(BigRational(value_ / other.value_));
}

void Number::set_sum(const Number& a, const Number& b) {
    mpq_add(value_.backend().data(), a.value_.backend().data(), b.value_.backend().data());
}

void Number::set_difference(const Number& a, const Number& b) {
    mpq_sub(value_.backend().data(), a.value_.backend().data(), b.value_.backend().data());
}

void Number::set_product(const Number& a, const Number& b) {
    mpq_mul(value_.backend().data(), a.value_.backend().data(), b.value_.backend().data());
}

void Number::set_quotient(const Number& a, const Number& b) {
    if (b.is_zero()) throw std::domain_error("division by zero");
    mpq_div(value_.backend().data(), a.value_.backend().data(), b.value_.backend().data());
}

void Number::negate() { mpq_neg(value_.backend().data(), value_.backend().data()); }

void Number::swap(Number& other) noexcept { value_.swap(other.value_); }

Number& Number::operator+=(const Number& other) {
    value_ += other.value_;
    return *this;
}

bool Number::operator==(const Number& other) const {
    return value_ == other.value_;
}

std::strong_ordering Number::operator<=>(const Number& other) const {
    return value_.compare(other.value_) <=> 0;
}

std::string Number::to_fraction_string() const {
    if (is_integer()) {
        return numerator().str();
    }
    return numerator().str() + "/" + denominator().str();
}

namespace {

__extension__ typedef unsigned __int128 Wide;

std::string wide_digits(Wide value) {
    std::string digits;
    do {
        digits.push_back(static_cast<char>('0' + static_cast<int>(value % 10)));
        value /= 10;
    } while (value != 0);
    return {digits.rbegin(), digits.rend()};
}

// to_exact_decimal for the common case, a fraction of machine-sized integers
// (a tariff is cents over 100), without GMP's arithmetic; nothing when the
// value is too large for it.
std::optional<std::optional<std::string>> small_exact_decimal(const BigRational& value) {
    const mpq_srcptr q = value.backend().data();
    if (!mpz_fits_slong_p(mpq_numref(q)) || !mpz_fits_ulong_p(mpq_denref(q))) return std::nullopt;
    const long numerator = mpz_get_si(mpq_numref(q));
    const unsigned long denominator = mpz_get_ui(mpq_denref(q));
    unsigned long rest = denominator;
    std::size_t twos = 0, fives = 0;
    for (; rest % 2 == 0; rest /= 2) ++twos;
    for (; rest % 5 == 0; rest /= 5) ++fives;
    if (rest != 1) return std::optional<std::string>{};
    const std::size_t places = std::max(twos, fives);
    if (places > 18) return std::nullopt;  // 10^places times the numerator would not fit
    Wide scale = 1;
    for (std::size_t i = 0; i < places; ++i) scale *= 10;
    const Wide magnitude_of_numerator =
        numerator < 0 ? Wide(0) - Wide(static_cast<long long>(numerator)) : Wide(static_cast<unsigned long>(numerator));
    const Wide magnitude = magnitude_of_numerator * scale / denominator;
    return place_point(wide_digits(magnitude), places, numerator < 0);
}

}  // namespace

std::optional<std::string> Number::to_exact_decimal() const {
    if (auto small = small_exact_decimal(value_)) return *small;
    // A reduced fraction has a finite decimal expansion exactly when its
    // denominator is 2^a * 5^b, and then max(a, b) decimals are the minimum.
    BigInt rest = denominator();
    const std::size_t twos = strip_factor(rest, 2);
    const std::size_t fives = strip_factor(rest, 5);
    if (rest != 1) {
        return std::nullopt;
    }
    const std::size_t places = std::max(twos, fives);
    const BigInt magnitude = abs(numerator()) * power_of_ten(places) / denominator();
    return place_point(magnitude.str(), places, sign() < 0);
}

}  // namespace engine
