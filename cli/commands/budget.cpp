#include "cli/commands/commands.hpp"

#include "cli/model_loading.hpp"
#include "cli/output_sink.hpp"
#include "tariffs/reports/text/heavy_care_reports.hpp"

#include <sstream>

namespace cli {

int run_budget(BudgetOptions& options) {
    const OutputSink sink(options.output, "budget", {options.model.path});
    tariffs::app::LoadedModel& loaded = load(options.model, sink);
    if (sink.rich()) {
        const tariffs::app::BudgetReport result = tariffs::app::budget_report(loaded, options.budget);
        sink.write_whole_report(result.report);
        return result.findings ? findings : ok;
    }
    const tariffs::app::BudgetResult result = tariffs::app::budgets(loaded, options.budget);
    std::ostringstream text;
    tariffs::write_budgets(loaded.model, result.budgets, options.budget.year, sink.report_format(), text,
                           sink.locale());
    sink.write(text.str(), result.provenance);
    return result.findings ? findings : ok;
}

}  // namespace cli
