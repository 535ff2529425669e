#include "cli/output.hpp"

#include "cli/exit_code.hpp"

#include <algorithm>
#include <cctype>
#include <filesystem>

namespace cli {

namespace {

// The format a file name's extension says (`.xlsx`, `.md`, ...), among `formats`;
// empty for an extension that says none.
std::string format_of_extension(const std::string& file, const std::vector<std::string>& formats) {
    std::string extension = std::filesystem::path(file).extension().string();
    std::transform(extension.begin(), extension.end(), extension.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    std::vector<std::string> named;  // the formats with this extension (`.txt`: table, text)
    for (const auto& known : tariffs::output_formats())
        if (std::find(known.extensions.begin(), known.extensions.end(), extension) != known.extensions.end())
            named.emplace_back(known.name);
    for (const auto& format : named)
        if (std::find(formats.begin(), formats.end(), format) != formats.end()) return format;
    return named.empty() ? "" : named.front();
}

}  // namespace

tariffs::Locale locale_of(const Output& output) { return tariffs::Locale{output.locale == "nl"}; }

void choose_format(Output& output, const std::string& command) {
    const std::vector<std::string>& formats = output.formats;
    if (formats.empty()) return;
    const std::string by_extension = output.file.empty() ? "" : format_of_extension(output.file, formats);
    const bool known = std::find(formats.begin(), formats.end(), by_extension) != formats.end();
    std::string list;
    for (const auto& format : formats) list += (list.empty() ? "" : ", ") + format;
    std::string chosen = output.format_name;
    if (output.format_name.empty()) {
        if (!by_extension.empty() && !known)
            throw UsageError(engine::msg("{command} writes {formats}, not {format} (--output {file})",
                                         {engine::arg("command", command), engine::arg("formats", list),
                                          engine::arg("format", by_extension), engine::arg("file", output.file)}));
        chosen = by_extension.empty() ? formats.front() : by_extension;
    } else if (!by_extension.empty() && by_extension != chosen) {
        throw UsageError(engine::msg("--format {format} does not match --output {file}: name the file for its format, or "
                                     "leave --format out",
                                     {engine::arg("format", chosen), engine::arg("file", output.file)}));
    }
    output.format = *tariffs::output_format_named(chosen);  // --format takes only the names of the table
}

void refuse_output_onto_inputs(const Output& output, const std::vector<std::string>& inputs) {
    if (output.file.empty()) return;
    std::error_code error;
    for (const auto& input : inputs)
        if (!input.empty() && std::filesystem::equivalent(output.file, input, error))
            throw UsageError(engine::msg("--output {file} is the input file {input}; the report would replace it: write it "
                                         "elsewhere",
                                         {engine::arg("file", output.file), engine::arg("input", input)}));
}

}  // namespace cli
