#include "tariffs/reports/fingerprint_note.hpp"

#include "tariffs/reports/json.hpp"
#include "tariffs/reports/table.hpp"

namespace tariffs {

std::string fingerprint_line(const std::string& fingerprint) {
    return "fingerprint " + fingerprint + " (" + program_version() + ")";
}

std::string with_fingerprint(std::string report, const std::string& format, const std::string& fingerprint) {
    if (fingerprint.empty()) return report;
    const std::string line = fingerprint_line(fingerprint);
    if (format == "csv") return "# " + line + "\n" + report;
    if (format == "json") {
        // Our JSON writer opens every document with `{` on a line of its own.
        const auto open = report.find("{\n");
        if (open != 0) return report;
        return report.insert(2, "  \"fingerprint\": \"" + fingerprint + "\",\n  \"program\": \"" + program_version() +
                                    "\",\n");
    }
    if (format == "markdown") {
        const auto after_title = report.find("\n\n");
        if (after_title == std::string::npos) return report + "\n" + line + "\n";
        return report.insert(after_title + 2, line + "\n\n");
    }
    if (!report.empty() && report.back() != '\n') report += '\n';
    return report + "\n" + line + "\n";
}

void write_fingerprint(const Fingerprint& fingerprint, bool json, std::ostream& out) {
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
    out << "fingerprint " << fingerprint.sha256 << "\nprogram     " << fingerprint.program << "\n\n";
    Table files;
    files.columns = {{"role"}, {"sha256"}, {"file"}};
    for (const auto& file : fingerprint.files) files.rows.push_back({file.role, file.sha256, file.path});
    write_text(files, out);
    if (!fingerprint.overrides.empty()) {
        out << "\noverrides\n";
        for (const auto& override : fingerprint.overrides) out << "  " << override << "\n";
    }
    out << "\nThe fingerprint is the SHA-256 of the program's version, each file's role and SHA-256 (not its\n"
           "path) and the overrides: the same inputs give the same fingerprint on any machine.\n";
}

}  // namespace tariffs
