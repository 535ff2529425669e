// Putting a model's warnings (values outside their usual range) in the report
// itself, so a price sheet passed on still says what was odd about its inputs:
// lines under a table, comment lines heading a CSV, a quote under a Markdown
// title, a `warnings` key in JSON. The HTML report shows them from the model.
#pragma once

#include "engine/diagnostic.hpp"
#include "tariffs/reports/i18n/locale.hpp"
#include "tariffs/reports/report_format.hpp"

#include <string>

namespace tariffs {

// `format`: table, text, markdown, csv or json. Nothing changes without warnings.
std::string with_warnings(std::string report, OutputFormat format, const engine::Diagnostics& warnings,
                          const Locale& locale = default_locale);

}  // namespace tariffs
