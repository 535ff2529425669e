// The forecast workbook (`tariff allocate` as XLSX): the price workbook's live
// sheets, so the amounts split are the Budgets sheet's cells, then the key
// data (KeyDataSheet) and a sheet per allocation key with each year's split
// (KeySplitSheet).
#pragma once

#include "tariffs/reports/i18n/locale.hpp"
#include "tariffs/reports/report_data.hpp"

#include <string>

namespace tariffs::xlsx {

class ForecastWorkbook {
public:
    // `data`: with a forecast.
    ForecastWorkbook(const ReportData& data, const Locale& locale) : data_(data), locale_(locale) {}

    // Writes the workbook to `path`. Throws std::runtime_error when it cannot.
    void write(const std::string& path);

private:
    const ReportData& data_;
    const Locale& locale_;
};

}  // namespace tariffs::xlsx
