#include "cli/commands/commands.hpp"

#include "cli/model_loading.hpp"
#include "cli/output_sink.hpp"
#include "tariffs/reports/text/comparison_report.hpp"
#include "tariffs/reports/text/explain_comparison.hpp"

#include <sstream>

namespace cli {

int run_compare(CompareOptions& options) {
    const OutputSink sink(options.output, "compare", {options.old_model, options.new_model.path});
    const ModelInput new_input = tariffs::app::compared_input(options.old_model, options.new_model);
    tariffs::app::LoadedModel& old_model = load(ModelInput{options.old_model, "", {}, false}, sink);
    tariffs::app::LoadedModel& new_model = load(new_input, sink);
    // A year neither model has is said before a format --explain does not write, as it always was.
    if (!options.compare.explain.empty()) {
        tariffs::app::compared_year(old_model.model, new_model.model, options.compare.year);
        if (sink.format() != tariffs::OutputFormat::table)
            throw UsageError(engine::msg("compare --explain writes a table: leave out --format"));
    }
    const tariffs::app::CompareResult result = tariffs::app::compare(old_model, new_model, options.compare);
    std::ostringstream text;
    if (result.comparison) {
        tariffs::write_model_comparison(new_model.model, *result.comparison, sink.report_format(), text,
                                        sink.locale());
    } else if (const auto& explained = *result.explained; explained.product) {
        tariffs::write_explanation_comparison(old_model.model, new_model.model, *explained.product, *explained.before,
                                              *explained.after, explained.indexed, text);
    } else {
        tariffs::write_trajectory_comparison(old_model.model, new_model.model, *explained.trajectory_before,
                                             *explained.trajectory_after, text);
    }
    sink.write(text.str(), result.provenance);
    return ok;
}

}  // namespace cli
