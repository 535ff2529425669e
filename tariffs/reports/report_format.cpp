#include "tariffs/reports/report_format.hpp"

namespace tariffs {

const std::vector<OutputFormatName>& output_formats() {
    static const std::vector<OutputFormatName> formats{
        {OutputFormat::xlsx, "xlsx", {".xlsx"}},
        {OutputFormat::html, "html", {".html", ".htm"}},
        {OutputFormat::json, "json", {".json"}},
        {OutputFormat::csv, "csv", {".csv"}},
        {OutputFormat::markdown, "markdown", {".md", ".markdown"}},
        {OutputFormat::table, "table", {".txt"}},
        {OutputFormat::text, "text", {".txt"}},
    };
    return formats;
}

std::string_view name_of(OutputFormat format) {
    for (const auto& known : output_formats())
        if (known.format == format) return known.name;
    return "";
}

std::optional<OutputFormat> output_format_named(std::string_view name) {
    for (const auto& known : output_formats())
        if (known.name == name) return known.format;
    return std::nullopt;
}

std::optional<ReportFormat> report_format_of(OutputFormat format) {
    switch (format) {
        case OutputFormat::table:
        case OutputFormat::text: return ReportFormat::table;
        case OutputFormat::json: return ReportFormat::json;
        case OutputFormat::csv: return ReportFormat::csv;
        case OutputFormat::markdown: return ReportFormat::markdown;
        case OutputFormat::xlsx:
        case OutputFormat::html: return std::nullopt;
    }
    return std::nullopt;
}

}  // namespace tariffs
