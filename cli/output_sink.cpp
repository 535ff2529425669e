#include "cli/output_sink.hpp"

#include "cli/atomic_file.hpp"
#include "cli/exit_code.hpp"
#include "tariffs/reports/fingerprint_note.hpp"
#include "tariffs/reports/html/html_report.hpp"
#include "tariffs/reports/warnings_note.hpp"
#include "tariffs/reports/xlsx/xlsx_report.hpp"

#include <iostream>

namespace cli {

OutputSink::OutputSink(Output& output, const std::string& command, const std::vector<std::string>& inputs)
    : output_(output) {
    choose_format(output, command);
    refuse_output_onto_inputs(output, inputs);
}

bool OutputSink::rich() const { return !tariffs::report_format_of(output_.format); }

tariffs::ReportFormat OutputSink::report_format() const { return *tariffs::report_format_of(output_.format); }

void OutputSink::refuse_sources(const tariffs::Model& model) const {
    std::vector<std::string> files;
    for (const auto& source : model.sources) files.push_back(source.path);
    refuse_output_onto_inputs(output_, files);
}

void OutputSink::write(const std::string& report, const tariffs::app::Provenance& provenance) const {
    const tariffs::Locale locale = this->locale();
    write(tariffs::with_fingerprint(tariffs::with_warnings(report, output_.format, provenance.warnings, locale),
                                    output_.format, provenance.fingerprint, locale));
}

void OutputSink::write(const std::string& text) const {
    if (output_.file.empty()) std::cout << text << std::flush;
    else write_file_atomically(output_.file, text);
}

void OutputSink::write_streamed(const std::function<void(std::ostream&)>& writer) const {
    if (output_.file.empty()) {
        writer(std::cout);
        std::cout.flush();
    } else {
        write_file_atomically_streamed(output_.file, writer);
    }
}

void OutputSink::write_workbook(const std::function<void(const std::string&)>& writer) const {
    if (output_.file.empty()) throw UsageError(engine::msg("--format xlsx needs --output FILE.xlsx"));
    write_file_atomically_with(output_.file, writer);
}

void OutputSink::write_whole_report(const tariffs::ReportData& data) const {
    const tariffs::Locale locale = this->locale();
    if (output_.format == tariffs::OutputFormat::xlsx)
        write_workbook([&](const std::string& path) { tariffs::write_xlsx(data, path, locale); });
    else
        write_streamed([&](std::ostream& out) { tariffs::write_html(data, locale, out); });
}

}  // namespace cli
