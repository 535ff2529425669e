// How a value of a derivation is shown: exactly wherever that is readable, and
// with the ≈ mark where it is not.
//
// - A value a rule rounds keeps its rule's places: `round(·, 3)` shows 0.100,
//   `round(·, 14)` all fourteen places; a `round_to` step shows the places of
//   the step's decimal form (0.05: two, 0.6: one, 1: none). The same holds for
//   a formula that ends in round() or round_to() with its places or step
//   written as a number (`round(x, 14, half_up)`).
// - A value the model gives is shown as the exact decimal it is.
// - Any other value is shown exactly when its decimal form has at most
//   `exact_display_places` places; otherwise rounded half up to six places and
//   marked approximate (`≈ 65.247770`). JSON carries the exact fraction beside it.
#pragma once

#include "engine/decimal.hpp"
#include "engine/derivation.hpp"

namespace engine {

constexpr int exact_display_places = 12;

DisplayedValue display_rounded(const Number& value, const Rounding& rounding);
DisplayedValue display_derived(const Derivation& derivation);

}  // namespace engine
