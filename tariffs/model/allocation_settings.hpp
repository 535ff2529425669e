// How a model says its budgets are shared over the municipalities (METHOD.md §7):
// the keys, and the settings the keys read.
#pragma once

#include "engine/number.hpp"
#include "engine/source.hpp"

#include <optional>
#include <string>
#include <string_view>

namespace tariffs {

enum class AllocationKey { moving_average, objective, usage, insurance };

// How a figure a key needs for a later year (young people in care, an objective
// amount, the use) is carried forward from the years the model has: the last
// one, or the average of the last `years` (as the moving average key counts them).
enum class CarryForward { last, moving_average };
std::optional<AllocationKey> parse_allocation_key(std::string_view name);
std::string_view to_string(AllocationKey key);

struct AllocationSettings {
    std::string metric = "young_people";  // moving_average: which metric
    int years = 3;                        // moving_average: over the last N years before the year
    AllocationKey premium_key = AllocationKey::moving_average;  // insurance: premiums by this key
    engine::Number no_claim_share;        // insurance: share of a surplus returned
    std::optional<CarryForward> carry_forward;  // none: a missing figure is missing
    engine::SourcePos pos;                // where the settings are written
};

}  // namespace tariffs
