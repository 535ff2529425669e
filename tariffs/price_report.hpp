// The price sheet written for people (table, Markdown) and for tools (JSON, CSV).
#pragma once

#include "tariffs/price_sheet.hpp"

#include <ostream>

namespace tariffs {

enum class PriceFormat { table, json, csv, markdown };

void write_price_sheet(const PriceSheet& sheet, PriceFormat format, std::ostream& out);

}  // namespace tariffs
