// The price sheet written for people (table, Markdown) and for tools (JSON, CSV).
#pragma once

#include "tariffs/reports/i18n/locale.hpp"
#include "tariffs/pricing/price_sheet.hpp"
#include "tariffs/reports/report_format.hpp"

#include <ostream>

namespace tariffs {

// `locale` changes how people read it (table, CSV, Markdown); JSON stays as it is.
void write_price_sheet(const PriceSheet& sheet, ReportFormat format, std::ostream& out,
                       const Locale& locale = default_locale);

}  // namespace tariffs
