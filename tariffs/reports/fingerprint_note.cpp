#include "tariffs/reports/fingerprint_note.hpp"

#include "tariffs/reports/json.hpp"
#include "tariffs/reports/report_insert.hpp"
#include "tariffs/reports/table.hpp"

#include <algorithm>

namespace tariffs {

std::string fingerprint_line(const std::string& fingerprint, const Locale& locale) {
    return locale.text("fingerprint") + " " + fingerprint + " (" + program_version() + ")";
}

std::string with_fingerprint(std::string report, OutputFormat format, const std::string& fingerprint,
                             const Locale& locale) {
    if (fingerprint.empty()) return report;
    const std::string line = fingerprint_line(fingerprint, locale);
    if (format == OutputFormat::csv) return "# " + line + "\n" + report;
    if (format == OutputFormat::json)
        return insert_json_members(report, "  \"fingerprint\": \"" + fingerprint + "\",\n  \"program\": \"" +
                                               program_version() + "\"");
    if (format == OutputFormat::markdown) return insert_after_title(report, line + "\n");
    if (!report.empty() && report.back() != '\n') report += '\n';
    return report + "\n" + line + "\n";
}

void write_fingerprint(const Fingerprint& fingerprint, bool json, std::ostream& out, const Locale& locale) {
    if (json) {
        JsonWriter writer(out);
        writer.begin_object().field("fingerprint", fingerprint.sha256).field("program", fingerprint.program);
        writer.key("files").begin_array();
        for (const auto& file : fingerprint.files)
            writer.begin_object().field("role", file.role).field("path", file.path).field("sha256", file.sha256).end_object();
        writer.end_array().key("overrides").begin_array();
        for (const auto& override : fingerprint.overrides) writer.string(override);
        writer.end_array().end_object().finish();
        return;
    }
    // `fingerprint 1f3a…` over `program     tariff 0.3.0`, the values aligned
    const std::string fingerprint_word = locale.text("fingerprint"), program_word = locale.text("program");
    const std::size_t width = std::max(fingerprint_word.size(), program_word.size()) + 1;
    out << fingerprint_word << std::string(width - fingerprint_word.size(), ' ') << fingerprint.sha256 << "\n"
        << program_word << std::string(width - program_word.size(), ' ') << fingerprint.program << "\n\n";
    Table files;
    files.columns = {{"role"}, {"sha256"}, {"file"}};
    for (const auto& file : fingerprint.files) files.rows.push_back({locale.text(file.role), file.sha256, file.path});
    write_text(files, out, locale);
    if (!fingerprint.overrides.empty()) {
        out << "\n" << locale.text("overrides") << "\n";
        for (const auto& override : fingerprint.overrides) out << "  " << override << "\n";
    }
    out << "\n"
        << locale.text("The fingerprint is the SHA-256 of the program's version, each file's role and SHA-256 (not its\n"
                       "path) and the overrides: the same inputs give the same fingerprint on any machine.\n");
}

}  // namespace tariffs
