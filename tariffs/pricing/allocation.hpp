// Allocation of an amount over the region's municipalities (METHOD.md §7).
#pragma once

#include "engine/diagnostic.hpp"
#include "engine/number.hpp"
#include "engine/source.hpp"
#include "tariffs/model/allocation_settings.hpp"
#include "tariffs/model/municipality.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tariffs {

struct AllocationShare {
    std::string name;
    engine::Number weight;   // what the key weighs it by
    engine::Number exact;    // its exact share of the total
    engine::Number amount;   // in whole cents; the parts add up to the total
    bool extra_cent = false; // the largest-remainder step gave it a cent
    // insurance only:
    engine::Number premium;  // its share of the total by the premium key
    engine::Number use;      // its actual use in the year
    engine::Number under_use;  // max(0, premium − use)
    engine::Number refund;     // its part of the no-claim pool (surplus), ≥ 0
    engine::Number deficit;    // its part of a deficit, ≥ 0
};

// What weights are: a figure over years (`young_people` 2023–2025, `usage` 2026).
struct FigureYears {
    std::string figure;  // a metric as the model names it, or `objective` or `usage`
    int first = 0, last = 0;
    std::string to_string() const;  // `young_people 2023–2025`, `usage 2026`
};

struct Allocation {
    AllocationKey key = AllocationKey::moving_average;
    int year = 0;
    engine::Number total;
    FigureYears basis;  // what the weights are, e.g. `young_people 2023–2025`
    std::vector<AllocationShare> shares;  // in the model's order of municipalities
    // insurance only:
    std::optional<FigureYears> settled_against;  // the use the premiums are settled against: `usage 2026`
    engine::Number use;      // Σ use
    engine::Number surplus;  // total − Σ use, when > 0
    engine::Number pool;     // round(no_claim_share × surplus, 2)
    engine::Number deficit;  // Σ use − total, when > 0
};

// Splits `total` (whole cents) over `municipalities` for `year` by `key`.
// `amount` is: the share by the key (moving_average, objective); for usage
// (settlement) each one's own use, whatever `total` is, so the total is the sum
// of use; for insurance the net contribution: premium − refund, or premium +
// deficit part.
// Throws engine::InputError, located at the municipality, when a figure the key
// needs is missing (a metric for a year, an objective amount, a year's use).
Allocation allocate(const std::vector<Municipality>& municipalities, const AllocationSettings& settings,
                    AllocationKey key, int year, const engine::Number& total);

// Key data with a gap: a year some municipality has a figure for (a metric, an objective
// amount, a use) that another lacks, or a year missing between two a municipality has.
// Each is a problem located at the municipality, as `allocate` would refuse that year.
void check_key_data_gaps(const std::vector<Municipality>& municipalities, engine::Diagnostics& problems);

}  // namespace tariffs
