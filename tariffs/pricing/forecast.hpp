// The multi-year contribution forecast: what each municipality pays in each
// year under each allocation key, side by side. Where a key needs a figure for
// a year the model does not have, it is carried forward as the model says
// (`allocation: carry_forward`), and every carried figure is listed; without
// a rule to carry it, that key and year are not computed, and say why.
#pragma once

#include "engine/number.hpp"
#include "tariffs/model/model.hpp"
#include "tariffs/pricing/allocation.hpp"

#include <optional>
#include <string>
#include <vector>

namespace tariffs {

struct CarriedFigure {
    std::string municipality;
    std::string figure;  // young_people, objective, `usage (projected)`, …
    int year = 0;
    engine::Number value;
    bool last_given = false;      // the last figure given; otherwise the average of `from_years`
    std::vector<int> from_years;  // the years it is carried from (the last given, or those averaged)
    bool in_cents = false;        // rounded to the cent (an amount of money averaged)
    bool money = false;           // an amount of money (an objective, a use), written with its cents
};

struct KeyYear {
    AllocationKey key = AllocationKey::moving_average;
    std::optional<Allocation> allocation;  // none: not computed
    engine::Message why_not;               // when not computed
    bool carried = false;                  // computed from a carried figure
};

struct ForecastYear {
    int year = 0;
    engine::Number total;       // what is split
    std::vector<KeyYear> keys;  // in the forecast's key order
};

struct Forecast {
    std::vector<AllocationKey> keys;
    std::vector<std::string> municipalities;  // in the model's order
    std::vector<ForecastYear> years;
    std::vector<CarriedFigure> carried;       // by municipality, figure and year
    std::vector<Municipality> figures;        // the model's municipalities with the carried figures filled in
};

// The figures the model does not give that `key` reads for `year`, carried
// forward as the model says (none where it gives them all, or carries nothing).
std::vector<CarriedFigure> carried_for(const Model& model, AllocationKey key, int year);

// `totals` gives the amount to split in each year from `from` to `to`.
Forecast forecast_allocation(const Model& model, const std::vector<AllocationKey>& keys, int from, int to,
                             const std::vector<engine::Number>& totals);

}  // namespace tariffs
