// The workbooks (XLSX, libxlsxwriter), live: every figure a spreadsheet can
// compute is a formula on the cells it comes from, its cached value the
// engine's. Each workbook is a class of its own in xlsx/ (PriceWorkbook,
// ForecastWorkbook, ScenariosWorkbook, SensitivityWorkbook); each holds one
// live copy of the model's sheets or more (ModelSheets, a class per sheet);
// what they share is apart: workbook.hpp (the book, its sheets and cells),
// formats.hpp, formula.hpp (formula text), plan.hpp (which derivation goes
// where), cell_map.hpp (where each figure is), figure_look.hpp.
#pragma once

#include "tariffs/analyses/scenario_comparison.hpp"
#include "tariffs/analyses/sensitivity.hpp"
#include "tariffs/reports/i18n/locale.hpp"
#include "tariffs/reports/report_data.hpp"

#include <cstddef>
#include <string>

namespace tariffs {

// The model's inputs, the price sheet, a build-up in which every tariff is
// computed by spreadsheet formulas that reference the inputs (ROUND where the
// rules round), and the budgets; with `data.forecast`, the contributions too
// (the key data and a sheet per key). `data.allocation` is not written here:
// an allocation's workbook is the forecast of its key and year. Writes the
// workbook to `path`; throws std::runtime_error when it cannot.
void write_xlsx(const ReportData& data, const std::string& path, const Locale& locale = default_locale);

// `tariff scenarios` as a workbook, live: a column per scenario with its
// differences as formulas, the budget totals per year with each headroom a
// formula, and what each scenario changes; then a whole copy of the model's
// sheets (`cost` its compiled model) once for the model and once per
// scenario, the scenario's overrides its own input cells and every other
// input a reference to the model's; the tariffs and totals references to them.
void write_scenarios_xlsx(const Model& model, CostModel& cost, const ScenarioComparison& comparison,
                          const std::string& path, const Locale& locale = default_locale);

// Beyond this many moved points (a product's input moved down, or up) the
// sensitivity workbook keeps the engine's values (at 2,100 products, about
// 86,000 points take 13 s and 540 MB to write).
inline constexpr std::size_t max_live_sensitivity_points = 100000;

// `tariff sensitivity` as a workbook: a row per product and input, the year's
// budget on its own sheet. In the base year (and up to `max_live_points`) it
// is live: the model's sheets (`cost` its compiled model) follow, and a
// Workings sheet computes each moved tariff again on the moved Inputs cell;
// every moved value, result, elasticity and budget total is a formula.
void write_sensitivity_xlsx(const Model& model, CostModel& cost, const Sensitivity& sensitivity,
                            const std::string& path, const Locale& locale = default_locale,
                            std::size_t max_live_points = max_live_sensitivity_points);

}  // namespace tariffs
