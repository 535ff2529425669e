// The price workbook (`tariff price`, `index`, `budget` as XLSX): the model's
// inputs, the build-up in which every tariff is computed by spreadsheet
// formulas that reference the inputs (ROUND where the rules round), the price
// sheet and, where the data has them, the index, the indexed tariffs, the
// trajectories and the budgets: one live copy of the model (ModelSheets).
#pragma once

#include "tariffs/reports/i18n/locale.hpp"
#include "tariffs/reports/report_data.hpp"

#include <string>

namespace tariffs::xlsx {

class PriceWorkbook {
public:
    PriceWorkbook(const ReportData& data, const Locale& locale) : data_(data), locale_(locale) {}

    // Writes the workbook to `path`. Throws std::runtime_error when it cannot.
    void write(const std::string& path);

private:
    const ReportData& data_;
    const Locale& locale_;
};

}  // namespace tariffs::xlsx
