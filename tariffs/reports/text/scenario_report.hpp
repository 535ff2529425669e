// The scenarios side by side, for people (table, Markdown) and tools (JSON, CSV).
#pragma once

#include "tariffs/analyses/scenario_comparison.hpp"
#include "tariffs/model/model.hpp"
#include "tariffs/reports/i18n/locale.hpp"
#include "tariffs/reports/report_format.hpp"

#include <ostream>

namespace tariffs {

void write_scenario_comparison(const Model& model, const ScenarioComparison& comparison, ReportFormat format,
                               std::ostream& out, const Locale& locale = default_locale);

}  // namespace tariffs
