// Sensitivity for people (table, Markdown) and tools (JSON, CSV): per product
// each input moved down and up, the tariffs, the change and the elasticity,
// largest first; then the inputs that move the year's total budget most.
#pragma once

#include "tariffs/analyses/sensitivity.hpp"
#include "tariffs/model/model.hpp"
#include "tariffs/reports/i18n/locale.hpp"
#include "tariffs/reports/report_format.hpp"

#include <ostream>

namespace tariffs {

void write_sensitivity(const Model& model, const Sensitivity& sensitivity, ReportFormat format, std::ostream& out,
                       const Locale& locale = default_locale);

}  // namespace tariffs
