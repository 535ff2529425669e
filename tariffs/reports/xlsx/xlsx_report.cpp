#include "tariffs/reports/xlsx/xlsx_report.hpp"

#include "tariffs/reports/xlsx/forecast_workbook.hpp"
#include "tariffs/reports/xlsx/price_workbook.hpp"
#include "tariffs/reports/xlsx/scenarios_workbook.hpp"
#include "tariffs/reports/xlsx/sensitivity_workbook.hpp"

#include <stdexcept>

namespace tariffs {

void write_xlsx(const ReportData& data, const std::string& path, const Locale& locale) {
    if (!data.model || !data.cost) throw std::runtime_error("cannot write the workbook " + path + ": no model");
    if (data.forecast) xlsx::ForecastWorkbook(data, locale).write(path);
    else xlsx::PriceWorkbook(data, locale).write(path);
}

void write_scenarios_xlsx(const Model& model, CostModel& cost, const ScenarioComparison& comparison,
                          const std::string& path, const Locale& locale) {
    xlsx::ScenariosWorkbook(model, cost, comparison, locale).write(path);
}

void write_sensitivity_xlsx(const Model& model, CostModel& cost, const Sensitivity& sensitivity,
                            const std::string& path, const Locale& locale, std::size_t max_live_points) {
    xlsx::SensitivityWorkbook(model, cost, sensitivity, locale, max_live_points).write(path);
}

}  // namespace tariffs
