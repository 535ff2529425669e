#include "cli/commands/commands.hpp"

#include "cli/model_loading.hpp"
#include "cli/output_sink.hpp"
#include "tariffs/reports/html/html_report.hpp"
#include "tariffs/reports/text/scenario_report.hpp"
#include "tariffs/reports/xlsx/xlsx_report.hpp"

#include <sstream>

namespace cli {

int run_scenarios(ScenariosOptions& options) {
    const OutputSink sink(options.output, "scenarios", {options.model.path});
    tariffs::app::LoadedModel& loaded = load(options.model, sink);
    const tariffs::app::ScenarioResult result = tariffs::app::compare_scenarios(loaded, options.scenarios);
    std::ostringstream text;
    if (sink.format() == tariffs::OutputFormat::xlsx) {
        sink.write_workbook([&](const std::string& path) {
            tariffs::write_scenarios_xlsx(loaded.model, loaded.cost, result.comparison, path, sink.locale());
        });
    } else if (sink.format() == tariffs::OutputFormat::html) {
        tariffs::write_scenarios_html(loaded.model, result.comparison, sink.locale(), text);
        sink.write(text.str());
    } else {
        tariffs::write_scenario_comparison(loaded.model, result.comparison, sink.report_format(), text, sink.locale());
        sink.write(text.str(), result.provenance);
    }
    return ok;
}

}  // namespace cli
