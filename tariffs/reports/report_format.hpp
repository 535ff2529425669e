// The formats every report can be written in.
#pragma once

namespace tariffs {

enum class ReportFormat { table, json, csv, markdown };

}  // namespace tariffs
