// The parameters of a rule library: what each means, its unit, the range it
// may take, its default, and whether a model must give it. For the standard
// method this is the table in docs/model-format.md, generated so it cannot drift.
#pragma once

#include "tariffs/model/model.hpp"
#include "tariffs/reports/i18n/locale.hpp"
#include "tariffs/reports/report_format.hpp"

#include <ostream>

namespace tariffs {

void write_method_parameters(const Method& method, ReportFormat format, std::ostream& out,
                             const Locale& locale = default_locale);

}  // namespace tariffs
