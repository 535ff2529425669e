// The HTML pages, each one self-contained file (no external assets) that
// reads well on a laptop screen and printed as a council annex. Each page is a
// class of its own (PricePage, ScenariosPage, SensitivityPage, ForecastPage in
// html/); what they share is apart: markup.hpp (escaping), value_format.hpp
// (money, tariffs, plain numbers, percentages, counts), page_frame.hpp (the
// head, header and footer), chart_axis.hpp (axes and colours), stylesheet.hpp.
#pragma once

#include "tariffs/analyses/scenario_comparison.hpp"
#include "tariffs/analyses/sensitivity.hpp"
#include "tariffs/pricing/forecast.hpp"
#include "tariffs/reports/i18n/locale.hpp"
#include "tariffs/reports/report_data.hpp"

#include <ostream>

namespace tariffs {

// The substantiation annex: the price sheet, each product's derivation (folded
// open on click), a waterfall chart in SVG of each tariff's build-up, the
// budgets per provider and year as bars with the frame as a line, and an
// allocation as bars per municipality.
void write_html(const ReportData& data, const Locale& locale, std::ostream& out);

// `tariff scenarios` as a page: what each scenario changes, grouped bars of
// the tariffs that move most, every tariff side by side, the budgets per year.
void write_scenarios_html(const Model& model, const ScenarioComparison& comparison, const Locale& locale,
                          std::ostream& out);

// `tariff sensitivity` as a page: per product (and for the budget) a tornado
// chart of the inputs that move it most, and the table behind it.
void write_sensitivity_html(const Model& model, const Sensitivity& sensitivity, const Locale& locale,
                            std::ostream& out);

// The contribution forecast as a page: per municipality its contributions over
// the years under each key, as lines and a table; the figures carried forward.
void write_forecast_html(const Model& model, const Forecast& forecast, const Locale& locale, std::ostream& out);

}  // namespace tariffs
