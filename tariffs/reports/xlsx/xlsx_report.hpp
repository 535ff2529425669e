// The workbook (XLSX, libxlsxwriter): the model's inputs, the price sheet, a
// build-up in which every tariff is computed by spreadsheet formulas that
// reference the inputs (ROUND where the rules round), and the budgets and the
// contributions (the key data and a sheet per key) as their own sheets. Each
// formula's cached value is the engine's; `data.allocation` is not written
// here: an allocation's workbook is the forecast of its key and year.
#pragma once

#include "tariffs/analyses/scenario_comparison.hpp"
#include "tariffs/analyses/sensitivity.hpp"
#include "tariffs/reports/i18n/locale.hpp"
#include "tariffs/reports/report_data.hpp"

#include <string>

namespace tariffs {

// Writes the workbook to `path`. Throws std::runtime_error when it cannot.
void write_xlsx(const ReportData& data, const std::string& path, const Locale& locale = default_locale);

// `tariff scenarios` as a workbook: a column per scenario with its differences
// as formulas, the budgets per year with each headroom a formula, and what
// each scenario changes. For the base year, live: the model's sheets (`cost`
// its compiled model) once for the model and once per scenario, the
// scenario's overrides its own input cells, and the tariffs references to them.
void write_scenarios_xlsx(const Model& model, CostModel& cost, const ScenarioComparison& comparison,
                          const std::string& path, const Locale& locale = default_locale);

// `tariff sensitivity` as a workbook: a row per product and input (the swing a
// formula), the year's budget on its own sheet; in the base year the model's
// live sheets (`cost` its compiled model) follow, and each row's tariff refers to them.
void write_sensitivity_xlsx(const Model& model, CostModel& cost, const Sensitivity& sensitivity,
                            const std::string& path, const Locale& locale = default_locale);

}  // namespace tariffs
