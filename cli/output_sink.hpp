// The one place a command's report goes out: to standard output, or whole
// into --output's file (cli/atomic_file). A plain report gets its notes there:
// the warnings of the model and the fingerprint of what it was computed from.
#pragma once

#include "cli/output.hpp"
#include "tariffs/app/provenance.hpp"
#include "tariffs/model/model.hpp"
#include "tariffs/reports/report_data.hpp"

#include <functional>
#include <ostream>
#include <string>
#include <vector>

namespace cli {

class OutputSink {
public:
    // Chooses the format of `output` (choose_format) and refuses an --output
    // that is one of `inputs`, the files the command names. Throws UsageError.
    OutputSink(Output& output, const std::string& command, const std::vector<std::string>& inputs);

    const Output& output() const { return output_; }
    tariffs::OutputFormat format() const { return output_.format; }
    tariffs::Locale locale() const { return locale_of(output_); }
    // A workbook or a page, not a plain report.
    bool rich() const;
    // The plain report's format: ask only when not rich().
    tariffs::ReportFormat report_format() const;

    // Throws UsageError when --output is one of the files `model` was read
    // from (what it extends, its method, its series).
    void refuse_sources(const tariffs::Model& model) const;

    // A plain report, with its notes.
    void write(const std::string& report, const tariffs::app::Provenance& provenance) const;
    // Text as it is: a page, a fingerprint, the standard method's parameters.
    void write(const std::string& text) const;
    // A page written as it is made: a national model's is hundreds of megabytes.
    void write_streamed(const std::function<void(std::ostream&)>& writer) const;
    // A workbook, which needs --output: `writer` writes it to the path it is given.
    void write_workbook(const std::function<void(const std::string&)>& writer) const;
    // The whole report of a model: its workbook or its HTML page.
    void write_whole_report(const tariffs::ReportData& data) const;

private:
    const Output& output_;
};

}  // namespace cli
