#include "cli/commands/commands.hpp"

#include "cli/model_loading.hpp"
#include "cli/output_sink.hpp"
#include "tariffs/reports/text/explain_report.hpp"
#include "tariffs/reports/text/trajectory_report.hpp"

#include <sstream>

namespace cli {

int run_explain(ExplainOptions& options) {
    const OutputSink sink(options.output, "explain", {options.model.path});
    tariffs::app::LoadedModel& loaded = load(options.model, sink);
    const tariffs::app::ExplainResult result = tariffs::app::explain(loaded, options.explain);
    const auto format =
        sink.format() == tariffs::OutputFormat::json ? tariffs::ExplainFormat::json : tariffs::ExplainFormat::text;
    std::ostringstream text;
    if (result.product) tariffs::write_explanation(*result.product, format, text, sink.locale());
    else tariffs::write_trajectory_explanation(loaded.model, *result.trajectory, format, text, sink.locale());
    sink.write(text.str(), result.provenance);
    return ok;
}

}  // namespace cli
