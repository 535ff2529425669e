#include "cli/commands/commands.hpp"

#include "cli/model_loading.hpp"
#include "cli/output_sink.hpp"
#include "tariffs/reports/html/html_report.hpp"
#include "tariffs/reports/text/forecast_report.hpp"
#include "tariffs/reports/text/heavy_care_reports.hpp"

#include <sstream>

namespace cli {

namespace {

// What the forecast splits, in words: the amount given, all providers' budgets, or one's.
std::string split_budget(const std::string& budget, const tariffs::Locale& locale) {
    if (engine::Number::parse(budget)) return locale.text("the amount given");
    if (budget == "total") return locale.text("all providers' budgets");
    return locale.text("the budget of {name}", {{"{name}", budget}});
}

int write_forecast(tariffs::app::LoadedModel& loaded, tariffs::app::AllocationResult result, const OutputSink& sink) {
    if (sink.format() == tariffs::OutputFormat::xlsx) {  // the whole workbook, so the forecast's totals are the budgets' cells
        sink.write_whole_report(tariffs::app::allocation_report(loaded, std::move(result)));
        return ok;
    }
    std::ostringstream text;
    if (sink.format() == tariffs::OutputFormat::html) {
        tariffs::write_forecast_html(loaded.model, *result.forecast, sink.locale(), text);
        sink.write(text.str());
        return ok;
    }
    tariffs::write_forecast(loaded.model, *result.forecast, split_budget(result.budget, sink.locale()),
                            sink.report_format(), text, sink.locale());
    sink.write(text.str(), result.provenance);
    return ok;
}

}  // namespace

int run_allocate(AllocateOptions& options) {
    const OutputSink sink(options.output, "allocate", {options.model.path});
    tariffs::app::LoadedModel& loaded = load(options.model, sink);
    tariffs::app::AllocationOptions& allocation = options.allocation;
    allocation.key = tariffs::parse_allocation_key(options.key);
    if (!allocation.key && options.key != "all")
        throw UsageError(engine::msg("--key is moving_average, objective, usage, insurance or all, not `{key}`",
                                     {engine::arg("key", options.key)}));
    // The workbook is the forecast's, also for one key and year: live over the key data and the budgets.
    allocation.forecast = sink.format() == tariffs::OutputFormat::xlsx;
    tariffs::app::AllocationResult result = tariffs::app::allocate(loaded, allocation);
    if (result.forecast) return write_forecast(loaded, std::move(result), sink);
    if (sink.rich()) {
        sink.write_whole_report(tariffs::app::allocation_report(loaded, std::move(result)));
        return ok;
    }
    std::ostringstream text;
    tariffs::write_allocation(loaded.model, *result.allocation, sink.report_format(), text, sink.locale());
    sink.write(text.str(), result.provenance);
    return ok;
}

}  // namespace cli
