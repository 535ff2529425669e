#include "tariffs/app/budgets.hpp"

#include "tariffs/app/request_checks.hpp"
#include "tariffs/app/request_error.hpp"
#include "tariffs/app/whole_report.hpp"
#include "tariffs/pricing/indexed_tariffs.hpp"

#include <unordered_set>

namespace tariffs::app {

namespace {

void check_request(const LoadedModel& loaded, const BudgetOptions& options) {
    if (!loaded.model.budgets.present) throw RequestError(engine::msg("{path} has no `budgets` section", {engine::arg("path", loaded.input.path)}));
    if (options.year) check_year(loaded.model, *options.year, "--year");
}

}  // namespace

bool over_frame(const Budgets& budgets, std::optional<int> year) {
    for (const auto& frame : budgets.frames)
        if ((!year || frame.year == *year) && frame.over()) return true;
    return false;
}

Budgets budgets_alone(LoadedModel& loaded) {
    const std::unordered_set<std::string> codes = budgeted_products(loaded.model);
    const IndexedTariffs indexed = index_tariffs(loaded.cost, loaded.model.until, &codes);
    return compute_budgets(loaded.model, indexed);
}

BudgetResult budgets(LoadedModel& loaded, const BudgetOptions& options) {
    check_request(loaded, options);
    BudgetResult result{budgets_alone(loaded), false, false, provenance_of(loaded.model)};
    result.over_frame = over_frame(result.budgets, options.year);
    result.findings = result.over_frame && loaded.input.strict;
    return result;
}

BudgetReport budget_report(LoadedModel& loaded, const BudgetOptions& options) {
    check_request(loaded, options);
    BudgetReport result{whole_report(loaded)};
    result.over_frame = over_frame(*result.report.budgets, options.year);
    result.findings = result.over_frame && loaded.input.strict;
    return result;
}

}  // namespace tariffs::app
