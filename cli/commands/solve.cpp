#include "cli/commands/commands.hpp"

#include "cli/model_loading.hpp"
#include "cli/output_sink.hpp"
#include "tariffs/reports/text/solve_report.hpp"

#include <sstream>

namespace cli {

int run_solve(SolveOptions& options) {
    const OutputSink sink(options.output, "solve", {options.model.path});
    tariffs::app::LoadedModel& loaded = load(options.model, sink);
    const auto target = engine::Number::parse(options.target);
    if (!target || target->sign() <= 0 || options.target.find('%') != std::string::npos)
        throw UsageError(engine::msg("--target is an amount above 0, such as 300.00, not `{target}`",
                                     {engine::arg("target", options.target)}));
    options.solve.target = *target;
    const tariffs::app::SolveResult result = tariffs::app::solve(loaded, options.solve);
    const bool json = sink.format() == tariffs::OutputFormat::json;
    std::ostringstream text;
    if (result.budget)
        tariffs::write_budget_solution(loaded.model, *result.budget, result.budget_input, json, text, sink.locale());
    else
        tariffs::write_solution(loaded.model, *result.tariff, json, text, sink.locale());
    sink.write(text.str(), result.provenance);
    return result.reaches ? ok : findings;
}

}  // namespace cli
