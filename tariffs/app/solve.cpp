#include "tariffs/app/solve.hpp"

#include "tariffs/app/request_checks.hpp"
#include "tariffs/analyses/solve_error.hpp"
#include "tariffs/app/request_error.hpp"
#include "tariffs/pricing/budgets.hpp"
#include "tariffs/pricing/indexed_tariffs.hpp"

#include <stdexcept>
#include <unordered_set>

namespace tariffs::app {

namespace {

SolveResult solve_budget_total(LoadedModel& loaded, const SolveOptions& options) {
    const Model& model = loaded.model;
    const std::string& vary = options.vary;
    if (!model.budgets.present) throw RequestError(engine::msg("{path} has no `budgets`", {engine::arg("path", loaded.input.path)}));
    check_year(model, *options.budget_year, "--budget-year");
    if (options.provider.empty())
        throw RequestError(engine::msg("--budget-year needs --provider: whose availability or volume to vary"));
    if (vary != "availability" && vary != "volume")
        throw RequestError(engine::msg("with --budget-year, --vary is availability or volume (with the product's CODE), "
                                       "not `{vary}`",
                                       {engine::arg("vary", vary)}));
    if (vary == "volume" && options.code.empty()) throw RequestError(engine::msg("--vary volume needs the CODE of the budget line"));
    if (vary == "availability" && !options.code.empty())
        throw RequestError(engine::msg("--vary availability is the provider's, not a product's: leave out {code}",
                                       {engine::arg("code", options.code)}));
    SolveResult result;
    result.budget_input = BudgetInput{options.provider, vary == "volume" ? options.code : ""};
    const std::unordered_set<std::string> codes = budgeted_products(model);
    const IndexedTariffs indexed = index_tariffs(loaded.cost, model.until, &codes);
    try {
        result.budget = solve_budget(model, indexed, result.budget_input, *options.budget_year, options.target);
    } catch (const SolveError& e) {
        throw RequestError(engine::msg("--provider {provider}: {problem}",
                                       {engine::arg("provider", options.provider), engine::arg("problem", e.message())}));
    }
    result.reaches = result.budget->reaches.has_value();
    result.provenance = provenance_of(model);
    return result;
}

// Found: the exact value within the range; by bisection (after the base year),
// a value at which the rounded tariff is the target.
bool reaches(const Solution& solution) {
    return solution.precision ? solution.from && !solution.step : solution.exact && solution.in_range;
}

}  // namespace

SolveResult solve(LoadedModel& loaded, const SolveOptions& options) {
    if (options.budget_year) return solve_budget_total(loaded, options);
    if (options.code.empty())
        throw RequestError(engine::msg("solve needs the CODE of a product, or --budget-year for a year's budget"));
    require_code(loaded.model, options.code, loaded.input.path);
    const std::optional<int>& year = options.year;
    if (year) check_year(loaded.model, *year, "--year");
    SolveResult result;
    try {
        result.tariff = year && *year > loaded.model.year
                            ? solve_by_bisection(loaded.cost, options.code, options.vary, options.target, *year)
                            : solve_tariff(loaded.cost, options.code, options.vary, options.target);
    } catch (const SolveError& e) {
        throw RequestError(engine::msg("--vary {input}: {problem}",
                                       {engine::arg("input", options.vary), engine::arg("problem", e.message())}));
    }
    result.reaches = reaches(*result.tariff);
    result.provenance = provenance_of(loaded.model);
    return result;
}

}  // namespace tariffs::app
