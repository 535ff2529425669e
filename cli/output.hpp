// What a command's --format, --output and --locale ask for, and the format
// they choose together.
#pragma once

#include "tariffs/reports/i18n/locale.hpp"
#include "tariffs/reports/report_format.hpp"

#include <string>
#include <vector>

namespace cli {

struct Output {
    std::vector<std::string> formats;  // the command's, its default first; none for a command without --format
    std::string format_name;           // --format as given: empty when not given
    std::string file;                  // --output; empty: standard output
    std::string locale = "en";         // `nl`: `€ 1.234,56`, `;` in CSV, Dutch headers
    tariffs::OutputFormat format = tariffs::OutputFormat::table;  // chosen by choose_format
};

tariffs::Locale locale_of(const Output& output);

// Without --format, --output's extension chooses the format; with it, the two
// must agree, so a workbook is never a text table named `.xlsx`. Sets
// `output.format`; throws UsageError.
void choose_format(Output& output, const std::string& command);

// Throws UsageError when --output names one of `inputs`: writing the report
// would destroy what it was computed from.
void refuse_output_onto_inputs(const Output& output, const std::vector<std::string>& inputs);

}  // namespace cli
