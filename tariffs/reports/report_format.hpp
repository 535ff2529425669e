// The formats reports are written in: the plain reports' (ReportFormat), and
// every format a command writes (OutputFormat), named once, with the file
// extensions that name each.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tariffs {

enum class ReportFormat { table, json, csv, markdown };

// `text` is the layout of one derivation or solution (explain, solve), `table` a report's tables.
enum class OutputFormat { table, text, json, csv, markdown, xlsx, html };

struct OutputFormatName {
    OutputFormat format;
    std::string_view name;                     // as --format takes it
    std::vector<std::string_view> extensions;  // of a file written in it, the usual one first
};

// Every format, in the order --output's help lists their extensions.
const std::vector<OutputFormatName>& output_formats();
std::string_view name_of(OutputFormat format);
std::optional<OutputFormat> output_format_named(std::string_view name);
// The plain report written for it (`text` and `table`: the table); none for a workbook or a page.
std::optional<ReportFormat> report_format_of(OutputFormat format);

}  // namespace tariffs
