// One report in each plain format, chosen in one place: a report says how it
// is written as a table, as Markdown, as JSON and as the table tools read
// (CSV), and write_report picks by the format asked for.
#pragma once

#include "tariffs/model/scenario.hpp"
#include "tariffs/reports/i18n/locale.hpp"
#include "tariffs/reports/report_format.hpp"
#include "tariffs/reports/table.hpp"

#include <functional>
#include <ostream>
#include <vector>

namespace tariffs {

struct ReportWriters {
    std::function<void(std::ostream&)> table, markdown, json;
    std::function<Table()> csv;                  // the rows tools read
    std::vector<const ScenarioInfo*> scenarios;  // the scenarios the figures are computed under: notes above the CSV
};

void write_report(ReportFormat format, const ReportWriters& writers, std::ostream& out,
                  const Locale& locale = default_locale);

}  // namespace tariffs
