#include "tariffs/reports/html/html_report.hpp"

#include "tariffs/reports/html/forecast_page.hpp"
#include "tariffs/reports/html/price_page.hpp"
#include "tariffs/reports/html/scenarios_page.hpp"
#include "tariffs/reports/html/sensitivity_page.hpp"

namespace tariffs {

void write_html(const ReportData& data, const Locale& locale, std::ostream& out) {
    html::PricePage(data, locale, out).write();
}

void write_scenarios_html(const Model& model, const ScenarioComparison& comparison, const Locale& locale,
                          std::ostream& out) {
    html::ScenariosPage(model, comparison, locale, out).write();
}

void write_sensitivity_html(const Model& model, const Sensitivity& sensitivity, const Locale& locale,
                            std::ostream& out) {
    html::SensitivityPage(model, sensitivity, locale, out).write();
}

void write_forecast_html(const Model& model, const Forecast& forecast, const Locale& locale, std::ostream& out) {
    html::ForecastPage(model, forecast, locale, out).write();
}

}  // namespace tariffs
