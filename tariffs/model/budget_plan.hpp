// Task-based budgets for heavy care (METHOD.md §6): per provider and year,
// tariff × volume per product line, plus availability, against the region's frame.
#pragma once

#include "engine/number.hpp"
#include "engine/source.hpp"
#include "tariffs/model/municipality.hpp"

#include <optional>
#include <string>
#include <vector>

namespace tariffs {

struct BudgetLine {
    std::string code;                 // a product of the model
    std::optional<YearValue> volume;  // given, in the base year …
    ByYear history;                   // … or the average of realised years
    int history_years = 3;            // N: the last N years before the base year
    ByYear change;                    // transformation target per year, e.g. -5%
    engine::SourcePos pos;
};

struct Provider {
    std::string name;
    std::string lot;                  // may be empty
    std::vector<BudgetLine> lines;
    std::optional<YearValue> availability;  // in the base year; indexed like a tariff
    engine::SourcePos pos;
};

struct BudgetPlan {
    bool present = false;
    std::vector<Provider> providers;
    ByYear frames;                    // the region's budget frame per year
    engine::SourcePos pos;
};

}  // namespace tariffs
