#include "tariffs/reports/warnings_note.hpp"
#include "tariffs/reports/table.hpp"

#include "tariffs/reports/json.hpp"
#include "tariffs/reports/report_insert.hpp"

#include <sstream>

namespace tariffs {

namespace {

// `  "warnings": [...]` indented as a key of the report's object.
std::string json_key(const std::vector<engine::Diagnostic>& warnings) {
    std::ostringstream out;
    JsonWriter json(out);
    json.begin_object().key("warnings").begin_array();
    for (const auto& warning : warnings) json.string(warning.pos.to_string() + ": " + warning.message.english());
    json.end_array().end_object();
    const std::string object = out.str();  // `{\n  "warnings": [...]\n}`
    const auto first = object.find('\n') + 1, last = object.rfind('\n');
    return object.substr(first, last - first);
}

}  // namespace

std::string with_warnings(std::string report, OutputFormat format, const engine::Diagnostics& given,
                          const Locale& locale) {
    if (given.empty()) return report;
    const std::vector<engine::Diagnostic> warnings = given.sorted();
    const std::string warning_word = locale.text("warning");  // the catalog: `waarschuwing`
    std::string lines;
    if (format == OutputFormat::csv) {
        for (const auto& warning : warnings) lines += "# " + locale.diagnostic(warning, "warning") + "\n";
        return lines + report;
    }
    if (format == OutputFormat::json) return insert_json_members(report, json_key(warnings));
    if (format == OutputFormat::markdown) {
        for (const auto& warning : warnings)
            lines += "- **" + warning_word + "** " + markdown_text(warning.pos.to_string() + ": " + locale.say(warning.message)) + "\n";
        return insert_after_title(report, lines);
    }
    for (const auto& warning : warnings) lines += "  " + locale.diagnostic(warning, "warning") + "\n";
    if (!report.empty() && report.back() != '\n') report += '\n';
    return report + "\n" + locale.text("warnings") + "\n" + lines;
}

}  // namespace tariffs
