// Splitting an amount of money by weights so the parts add up exactly: the
// largest-remainder method, in whole cents.
#pragma once

#include "engine/number.hpp"

#include <vector>

namespace engine {

struct Portion {
    Number exact;       // total × weight / Σ weights, unrounded
    Number amount;      // in whole cents
    bool extra_cent = false;  // the largest-remainder step gave it a cent
};

// Splits `total` (a whole number of cents; throws std::invalid_argument
// otherwise) by `weights` (each ≥ 0, not all 0; throws std::invalid_argument
// otherwise). Each part is its exact share rounded toward zero to a cent; the
// cents left over go one each to the largest remainders, ties to the one listed
// first. A negative total (a refund) is split as its opposite, negated. The
// parts always add up to `total`.
std::vector<Portion> apportion(const Number& total, const std::vector<Number>& weights);

}  // namespace engine
