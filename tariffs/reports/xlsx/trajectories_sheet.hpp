// The Trajectories sheet (METHOD.md §9): each trajectory's components, phases
// and paths per year as formulas on the products' tariff cells of that year,
// its expected cost, surcharge and price, so a trajectory's price follows its
// components' tariffs in the spreadsheet as in the engine.
#pragma once

#include "tariffs/reports/xlsx/sheet_context.hpp"
#include "tariffs/reports/xlsx/workbook.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace tariffs::xlsx {

class TrajectoriesSheet {
public:
    explicit TrajectoriesSheet(const SheetContext& context) : context_(context) {}

    void write(Sheet& sheet);

private:
    std::string t(std::string_view english) const { return context_.locale.text(english); }
    // Each year's prices of the trajectories: indexed when the data is, else the base year's.
    std::vector<std::vector<const TrajectoryPrice*>> trajectory_years() const;
    // One trajectory's block from `row`; returns the row after it.
    int write_trajectory(Sheet& sheet, const std::vector<const TrajectoryPrice*>& years, int row, int year_col);

    const SheetContext& context_;
};

}  // namespace tariffs::xlsx
