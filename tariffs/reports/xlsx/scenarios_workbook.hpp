// The scenarios workbook (`tariff scenarios` as XLSX), live: a column per
// scenario of its tariffs and their differences as formulas, the budget totals
// per year with each headroom a formula, and what each scenario changes; then
// a whole live copy of the model's sheets (ModelSheets) once for the model and
// once per scenario, the scenario's overrides its own input cells and every
// other input a reference to the model's; the tariffs and totals are
// references to those copies.
#pragma once

#include "tariffs/analyses/scenario_comparison.hpp"
#include "tariffs/reports/i18n/locale.hpp"
#include "tariffs/reports/xlsx/workbook.hpp"

#include <string>
#include <vector>

namespace tariffs::xlsx {

class ScenariosWorkbook {
public:
    // `cost`: the model compiled.
    ScenariosWorkbook(const Model& model, CostModel& cost, const ScenarioComparison& comparison, const Locale& locale)
        : model_(model), cost_(cost), comparison_(comparison), locale_(locale) {}

    // Writes the workbook to `path`. Throws std::runtime_error when it cannot.
    void write(const std::string& path);

private:
    // The model, or a scenario of it, compiled and priced, with its live sheets.
    struct LiveCopy;

    // The tariff of `code` (`total`: a budget total of `year`) as a reference
    // to a live copy's sheets where the copy gives the engine's figure; else that figure.
    void tariff(Sheet& sheet, int row, int col, const LiveCopy* copy, const std::string& code,
                const Number& value, lxw_format* format) const;
    void total(Sheet& sheet, int row, int col, const LiveCopy* copy, int year, const Number& value,
               lxw_format* format) const;
    // `live`: the model's copy, then each scenario's.
    void write_tariffs(Sheet& sheet, Formats& formats, const std::vector<LiveCopy*>& live) const;
    void write_budgets(Sheet& sheet, Formats& formats, const std::vector<LiveCopy*>& live) const;
    // `sheets`: each scenario's live sheets (`Inputs (cao-2026), …`).
    void write_about(Sheet& sheet, Formats& formats, const std::vector<std::string>& sheets) const;

    const Model& model_;
    CostModel& cost_;
    const ScenarioComparison& comparison_;
    const Locale& locale_;
};

}  // namespace tariffs::xlsx
