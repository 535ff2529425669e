#include "tariffs/reports/warnings_note.hpp"

#include "tariffs/reports/json.hpp"

#include <sstream>

namespace tariffs {

namespace {

// `  "warnings": [...]` indented as a key of the report's object.
std::string json_key(const std::vector<engine::Diagnostic>& warnings) {
    std::ostringstream out;
    JsonWriter json(out);
    json.begin_object().key("warnings").begin_array();
    for (const auto& warning : warnings) json.string(warning.pos.to_string() + ": " + warning.message);
    json.end_array().end_object();
    const std::string object = out.str();  // `{\n  "warnings": [...]\n}`
    const auto first = object.find('\n') + 1, last = object.rfind('\n');
    return object.substr(first, last - first);
}

}  // namespace

std::string with_warnings(std::string report, const std::string& format, const engine::Diagnostics& given) {
    if (given.empty()) return report;
    const std::vector<engine::Diagnostic> warnings = given.sorted();
    std::string lines;
    if (format == "csv") {
        for (const auto& warning : warnings) lines += "# " + warning.to_string("warning") + "\n";
        return lines + report;
    }
    if (format == "json") {
        // Our JSON writer opens every document with `{` on a line of its own.
        if (report.find("{\n") != 0) return report;
        return report.insert(2, json_key(warnings) + ",\n");
    }
    if (format == "markdown") {
        for (const auto& warning : warnings)
            lines += "- **warning** " + warning.pos.to_string() + ": " + warning.message + "\n";
        const auto after_title = report.find("\n\n");
        if (after_title == std::string::npos) return report + "\n" + lines;
        return report.insert(after_title + 2, lines + "\n");
    }
    for (const auto& warning : warnings) lines += "  " + warning.to_string("warning") + "\n";
    if (!report.empty() && report.back() != '\n') report += '\n';
    return report + "\nwarnings\n" + lines;
}

}  // namespace tariffs
