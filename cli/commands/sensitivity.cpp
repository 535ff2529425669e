#include "cli/commands/commands.hpp"

#include "cli/model_loading.hpp"
#include "cli/output_sink.hpp"
#include "tariffs/reports/html/html_report.hpp"
#include "tariffs/reports/text/sensitivity_report.hpp"
#include "tariffs/reports/xlsx/xlsx_report.hpp"

#include <sstream>

namespace cli {

namespace {

// --by: a percentage above 0% and below 100%; --points: percentage points above 0.
tariffs::Step step_of(const std::string& by, const std::string& points) {
    const auto share = engine::Number::parse(by);
    if (!share || share->sign() <= 0 || *share >= engine::Number(1) || by.find('%') == std::string::npos)
        throw UsageError(engine::msg("--by is a percentage above 0% and below 100%, such as 1% or 0.5%, not `{by}`",
                                     {engine::arg("by", by)}));
    tariffs::Step step{*share, std::nullopt};
    if (!points.empty()) {
        step.points = engine::Number::parse(points);
        if (!step.points || step.points->sign() <= 0 || points.find('%') != std::string::npos)
            throw UsageError(engine::msg("--points is a number of percentage points above 0, such as 0.5, not `{points}`",
                                         {engine::arg("points", points)}));
    }
    return step;
}

}  // namespace

int run_sensitivity(SensitivityOptions& options) {
    const OutputSink sink(options.output, "sensitivity", {options.model.path});
    tariffs::app::LoadedModel& loaded = load(options.model, sink);
    options.sensitivity.step = step_of(options.by, options.points);
    const tariffs::app::SensitivityResult result = tariffs::app::analyse_sensitivity(loaded, options.sensitivity);
    std::ostringstream text;
    if (sink.format() == tariffs::OutputFormat::xlsx) {
        sink.write_workbook([&](const std::string& path) {
            tariffs::write_sensitivity_xlsx(loaded.model, loaded.cost, result.sensitivity, path, sink.locale());
        });
    } else if (sink.format() == tariffs::OutputFormat::html) {
        tariffs::write_sensitivity_html(loaded.model, result.sensitivity, sink.locale(), text);
        sink.write(text.str());
    } else {
        tariffs::write_sensitivity(loaded.model, result.sensitivity, sink.report_format(), text, sink.locale());
        sink.write(text.str(), result.provenance);
    }
    return ok;
}

}  // namespace cli
