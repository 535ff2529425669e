// Putting a result's fingerprint in the report itself: the last line of a
// table or text, a comment line heading a CSV, a line under a Markdown title,
// the first key of a JSON object. The HTML footer and the workbook's
// properties carry it from the model (see html_report and xlsx_report).
#pragma once

#include "tariffs/model/fingerprint.hpp"
#include "tariffs/reports/i18n/locale.hpp"
#include "tariffs/reports/report_format.hpp"

#include <ostream>
#include <string>

namespace tariffs {

// `format`: table, text, markdown, csv or json. Nothing changes when `fingerprint` is empty.
std::string with_fingerprint(std::string report, OutputFormat format, const std::string& fingerprint,
                             const Locale& locale = default_locale);

// `fingerprint 1f3a…e9 (tariff 0.3.0)`
std::string fingerprint_line(const std::string& fingerprint, const Locale& locale = default_locale);

// `tariff fingerprint`: the fingerprint with every file and override it is made of.
void write_fingerprint(const Fingerprint& fingerprint, bool json, std::ostream& out,
                       const Locale& locale = default_locale);

}  // namespace tariffs
