// The contribution forecast for people (table, Markdown) and tools (JSON, CSV):
// per year each municipality's contribution under each key, the totals, and
// every figure carried forward.
#pragma once

#include "tariffs/model/model.hpp"
#include "tariffs/pricing/forecast.hpp"
#include "tariffs/reports/i18n/locale.hpp"
#include "tariffs/reports/report_format.hpp"

#include <ostream>

namespace tariffs {

void write_forecast(const Model& model, const Forecast& forecast, const std::string& what, ReportFormat format,
                    std::ostream& out, const Locale& locale = default_locale);

}  // namespace tariffs
