// The Budgets sheet: each provider's budget lines per year, each amount
// round(tariff × volume, 2) on the year's tariff (Price sheet, Indexed tariffs
// or Trajectories) and the volume (as given, the average of its history, or
// the year before's times (1 + change)); availability indexed like a tariff;
// each provider's total per year; then all providers against the region's
// frame, with the headroom and the flag over the frame as formulas.
#pragma once

#include "tariffs/reports/xlsx/sheet_context.hpp"
#include "tariffs/reports/xlsx/workbook.hpp"

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace tariffs::xlsx {

class BudgetsSheet {
public:
    explicit BudgetsSheet(const SheetContext& context) : context_(context) {}

    void write(Sheet& sheet);

private:
    static constexpr int volume_col = 5, change_col = 6, amount_col = 7, note_col = 8, history_col = 9;

    std::string t(std::string_view english) const { return context_.locale.text(english); }
    // One provider's lines and totals from `row`; returns the row after them.
    int write_provider(Sheet& sheet, const ProviderBudget& budget, int row);
    // A budget line's volume on `row`; `previous`: the line's volume cell of the year before, if any.
    void write_volume(Sheet& sheet, int row, const BudgetLine* planned, const BudgetLineYear& line, int year,
                      const std::string& previous);
    // The availability of `year` on `row`; `previous`: its cell of the year before, if any.
    void write_availability(Sheet& sheet, int row, int year, const Number& availability, const std::string& previous);
    // All providers against the frame from `row`; returns the row after them.
    int write_frames(Sheet& sheet, int row);

    const SheetContext& context_;
    std::map<int, std::vector<std::string>> provider_totals_;  // year → the providers' total cells
};

}  // namespace tariffs::xlsx
