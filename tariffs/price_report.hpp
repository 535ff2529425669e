// The price sheet written for people (table, Markdown) and for tools (JSON, CSV).
#pragma once

#include "tariffs/price_sheet.hpp"
#include "tariffs/report_format.hpp"

#include <ostream>

namespace tariffs {

void write_price_sheet(const PriceSheet& sheet, ReportFormat format, std::ostream& out);

}  // namespace tariffs
