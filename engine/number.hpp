// An exact number: a rational over GMP, never a binary float.
//
// Decimal text goes in (`-12.345`, `1878`, `8.33%`) and comes out through
// engine/decimal.hpp; no step in between rounds unless a rule asks for it.
#pragma once

#include <boost/multiprecision/gmp.hpp>

#include <compare>
#include <optional>
#include <string>
#include <string_view>

namespace engine {

using BigInt = boost::multiprecision::mpz_int;
using BigRational = boost::multiprecision::mpq_rational;

class Number {
public:
    Number() = default;
    Number(long long whole);  // NOLINT: whole numbers convert implicitly
    explicit Number(BigRational value) : value_(std::move(value)) {}
    static Number fraction(const BigInt& numerator, const BigInt& denominator);

    // Exact decimal text: optional sign, digits, optional fraction, optional `%`
    // (which divides by 100). No exponent, no spaces, no thousands separators.
    // Returns nothing for anything else.
    static std::optional<Number> parse(std::string_view text);

    const BigRational& rational() const { return value_; }
    BigInt numerator() const;
    BigInt denominator() const;  // always > 0

    bool is_zero() const;
    bool is_integer() const;
    // Decimal digits of the larger of numerator and denominator (an upper
    // bound, exact or one more): how big the exact value has grown.
    std::size_t digits() const;
    int sign() const;  // -1, 0 or 1

    Number operator-() const;
    Number magnitude() const;  // the absolute value
    Number operator+(const Number& other) const;
    Number operator-(const Number& other) const;
    Number operator*(const Number& other) const;
    // Exact division; the caller makes sure `other` is not zero (throws
    // std::domain_error if it is, as a last line of defence).
    Number operator/(const Number& other) const;
    Number& operator+=(const Number& other);

    // The same in place: this = a + b, and so on. Once this has held a value
    // as large, no new storage is taken: an evaluator's registers reuse theirs.
    void set_sum(const Number& a, const Number& b);
    void set_difference(const Number& a, const Number& b);
    void set_product(const Number& a, const Number& b);
    // The caller makes sure `b` is not zero.
    void set_quotient(const Number& a, const Number& b);
    void negate();
    void swap(Number& other) noexcept;

    bool operator==(const Number& other) const;
    std::strong_ordering operator<=>(const Number& other) const;

    // The exact value as `numerator/denominator`, or just the integer.
    std::string to_fraction_string() const;
    // Exact decimal text when the value has a finite decimal expansion
    // (denominator of only 2s and 5s), otherwise nothing.
    std::optional<std::string> to_exact_decimal() const;

private:
    BigRational value_;
};

}  // namespace engine
