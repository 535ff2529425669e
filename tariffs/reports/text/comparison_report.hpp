// Two models compared, for people (table, Markdown) and tools (JSON, CSV):
// the inputs that changed, the tariffs that moved, and each difference
// attributed to the inputs.
#pragma once

#include "tariffs/analyses/model_comparison.hpp"
#include "tariffs/model/model.hpp"
#include "tariffs/reports/i18n/locale.hpp"
#include "tariffs/reports/report_format.hpp"

#include <ostream>

namespace tariffs {

// `new_model` gives the title and the scenario note.
void write_model_comparison(const Model& new_model, const ModelComparison& comparison, ReportFormat format,
                            std::ostream& out, const Locale& locale = default_locale);

}  // namespace tariffs
