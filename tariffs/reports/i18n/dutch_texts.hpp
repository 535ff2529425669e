// The Dutch of every fixed English text of the reports, by its English
// (`{year}` and the like are filled in afterwards). Locale::text() reads it.
#pragma once

#include <map>
#include <string_view>
#include <utility>
#include <vector>

namespace tariffs {

// An English text and its Dutch.
using DutchText = std::pair<std::string_view, std::string_view>;

// The catalog in three parts, by what writes the texts: the text reports and
// the pages (dutch_texts.cpp), the workbooks (dutch_workbook_texts.cpp), the
// errors and warnings (dutch_messages.cpp).
const std::vector<DutchText>& dutch_report_texts();
const std::vector<DutchText>& dutch_workbook_texts();
// The messages of errors and warnings (engine::msg), from every layer: dutch_messages.cpp.
const std::vector<DutchText>& dutch_message_texts();

// All parts by their English. An English text given twice would keep only
// one Dutch: tests/reports/test_catalog.cpp refuses it.
const std::map<std::string_view, std::string_view>& dutch_texts();

}  // namespace tariffs
