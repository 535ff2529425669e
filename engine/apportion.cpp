#include "engine/apportion.hpp"

#include <algorithm>
#include <numeric>
#include <stdexcept>

namespace engine {

namespace {

const Number hundred(100);

BigInt whole_cents(const Number& total) {
    const Number cents = total * hundred;
    if (!cents.is_integer()) {
        throw std::invalid_argument("cannot split " + total.to_fraction_string() +
                                    ": not a whole number of cents");
    }
    return cents.numerator();
}

Number checked_sum(const std::vector<Number>& weights) {
    Number sum;
    for (const Number& weight : weights) {
        if (weight.sign() < 0) {
            throw std::invalid_argument("cannot split by a negative weight (" +
                                        weight.to_fraction_string() + ")");
        }
        sum += weight;
    }
    if (sum.is_zero()) {
        throw std::invalid_argument("cannot split by weights that are all zero");
    }
    return sum;
}

// For a total of `cents` ≥ 0: each part rounded down to a cent, then the cents
// left over one each to the largest remainders. Remainders stay exact
// rationals so that a tie is a true tie, and a stable sort gives it to the one
// listed first.
std::vector<Portion> split_cents(const BigInt& cents, const std::vector<Number>& weights,
                                 const Number& weight_sum) {
    const Number total_cents = Number::fraction(cents, 1);
    std::vector<Portion> parts(weights.size());
    std::vector<Number> remainders(weights.size());
    BigInt handed_out = 0;
    for (std::size_t i = 0; i < weights.size(); ++i) {
        const Number share = total_cents * weights[i] / weight_sum;
        const BigInt floor_cents = share.numerator() / share.denominator();  // share ≥ 0
        parts[i].exact = share / hundred;
        parts[i].amount = Number::fraction(floor_cents, 100);
        remainders[i] = share - Number::fraction(floor_cents, 1);
        handed_out += floor_cents;
    }
    std::vector<std::size_t> order(weights.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        return remainders[a] > remainders[b];
    });
    // The leftover cents are the sum of the remainders, each below one, so
    // there are more positive remainders than leftover cents: a zero weight
    // (remainder 0) never gets one.
    const Number one_cent = Number::fraction(1, 100);
    const BigInt left_over = cents - handed_out;
    for (std::size_t k = 0; k < order.size() && BigInt(k) < left_over; ++k) {
        Portion& part = parts[order[k]];
        part.amount += one_cent;
        part.extra_cent = true;
    }
    return parts;
}

}  // namespace

std::vector<Portion> apportion(const Number& total, const std::vector<Number>& weights) {
    const BigInt cents = whole_cents(total);
    const Number weight_sum = checked_sum(weights);
    if (cents >= 0) {
        return split_cents(cents, weights, weight_sum);
    }
    // A refund splits like the payment it undoes, so the same ones get the
    // extra cent whichever way the money flows.
    std::vector<Portion> parts = split_cents(-cents, weights, weight_sum);
    for (Portion& part : parts) {
        part.exact = -part.exact;
        part.amount = -part.amount;
    }
    return parts;
}

}  // namespace engine
