// The sensitivity workbook (`tariff sensitivity` as XLSX): a row per product
// and input with the moved values, the tariffs they give, the swing and the
// elasticity; the year's budget on a sheet of its own. In the base year (and
// up to `max_live_points` moved points) it is live: the model's sheets follow,
// and a Workings sheet (SensitivityWorkings) computes each moved tariff again,
// so every moved value, result, elasticity and budget total is a formula. A
// row keeps the engine's values only where a spreadsheet cannot compute it (a
// rule with no formula, an input that changes the model itself); every
// formula is checked against the engine's exact figure before it is written.
#pragma once

#include "tariffs/analyses/sensitivity.hpp"
#include "tariffs/reports/i18n/locale.hpp"
#include "tariffs/reports/xlsx/sensitivity_workings.hpp"
#include "tariffs/reports/xlsx/workbook.hpp"

#include <cstddef>
#include <string>

namespace tariffs::xlsx {

class SensitivityWorkbook {
public:
    // `cost`: the model compiled.
    SensitivityWorkbook(const Model& model, CostModel& cost, const Sensitivity& sensitivity, const Locale& locale,
                        std::size_t max_live_points)
        : model_(model), cost_(cost), sensitivity_(sensitivity), locale_(locale), max_live_points_(max_live_points) {}

    // Writes the workbook to `path`. Throws std::runtime_error when it cannot.
    void write(const std::string& path);

private:
    // The header row; `first` names the first column, with the elasticity's and the tariff's where asked.
    void write_header(Sheet& sheet, Formats& formats, const std::string& first, bool elasticity, bool tariff) const;
    void write_products(Sheet& sheet, Formats& formats, const SensitivityWorkings* live) const;
    void write_budget(Sheet& sheet, Formats& formats, SensitivityWorkings* live) const;
    // Under the products: whether the figures are live, and why not.
    void write_note(Sheet& sheet, bool live, std::size_t points) const;

    const Model& model_;
    CostModel& cost_;
    const Sensitivity& sensitivity_;
    const Locale& locale_;
    std::size_t max_live_points_;
};

}  // namespace tariffs::xlsx
