#include "tariffs/app/allocation.hpp"

#include "engine/suggest.hpp"
#include "engine/text_check.hpp"
#include "tariffs/app/budgets.hpp"
#include "tariffs/app/request_checks.hpp"
#include "tariffs/app/request_error.hpp"
#include "tariffs/app/whole_report.hpp"

#include <algorithm>

namespace tariffs::app {

namespace {

// What `budget` may name, listed, so a wrong name is corrected without opening the model.
engine::Message unknown_budget(const Model& model, const std::string& budget) {
    std::vector<std::string> providers, lots, names{"total"};
    for (const auto& provider : model.budgets.providers) {
        providers.push_back("`" + provider.name + "`");
        names.push_back(provider.name);
        if (!provider.lot.empty() && std::find(names.begin(), names.end(), provider.lot) == names.end()) {
            lots.push_back("`" + provider.lot + "`");
            names.push_back(provider.lot);
        }
    }
    const auto listed = [](const std::vector<std::string>& items) {
        std::string text;
        for (const auto& item : items) text += (text.empty() ? "" : ", ") + item;
        return text;
    };
    const engine::Message suggestion = engine::suggestion(budget, names);
    if (lots.empty())
        return engine::msg("--budget `{budget}` is not `total`, a provider, a lot or an amount{suggestion}; the providers "
                           "are {providers}",
                           {engine::arg("budget", engine::excerpt(budget)), engine::arg("suggestion", suggestion),
                            engine::arg("providers", listed(providers))});
    return engine::msg("--budget `{budget}` is not `total`, a provider, a lot or an amount{suggestion}; the providers "
                       "are {providers}; the lots are {lots}",
                       {engine::arg("budget", engine::excerpt(budget)), engine::arg("suggestion", suggestion),
                        engine::arg("providers", listed(providers)), engine::arg("lots", listed(lots))});
}

// The amount `budget` names for `year`: an amount, or the budget of all
// providers (`total`), a provider or a lot in that year. The budgets are
// computed once, when first needed.
engine::Number amount_to_split(LoadedModel& loaded, const std::string& budget, int year,
                               std::optional<Budgets>& budgets) {
    std::optional<engine::Number> total = engine::Number::parse(budget);
    if (total && (total->sign() < 0 || budget.find('%') != std::string::npos))
        throw RequestError(engine::msg("--budget is an amount of 0 or more, such as 1250000.00, not `{budget}`",
                                       {engine::arg("budget", budget)}));
    if (total) return *total;
    if (!loaded.model.budgets.present)
        throw RequestError(engine::msg("{path} has no `budgets` to allocate; give --budget AMOUNT",
                                       {engine::arg("path", loaded.input.path)}));
    if (!budgets) budgets = budgets_alone(loaded);
    total = budgets->amount_of(budget, year);
    if (!total) throw RequestError(unknown_budget(loaded.model, budget));
    return *total;
}

// Each year's contributions under each of `keys`, from `first` to `last`.
Forecast forecast(LoadedModel& loaded, const std::vector<AllocationKey>& keys, int first, int last,
                  const std::string& budget) {
    std::optional<Budgets> budgets;
    std::vector<engine::Number> totals;
    for (int year = first; year <= last; ++year) totals.push_back(amount_to_split(loaded, budget, year, budgets));
    return forecast_allocation(loaded.model, keys, first, last, totals);
}

const std::vector<AllocationKey> every_key{AllocationKey::moving_average, AllocationKey::objective,
                                           AllocationKey::usage, AllocationKey::insurance};

}  // namespace

AllocationResult allocate(LoadedModel& loaded, const AllocationOptions& options) {
    const Model& model = loaded.model;
    AllocationResult result{std::nullopt, std::nullopt, options.budget, provenance_of(model)};
    if (model.municipalities.empty()) throw RequestError(engine::msg("{path} has no `municipalities`", {engine::arg("path", loaded.input.path)}));
    if (options.year && (options.from || options.to))
        throw RequestError(engine::msg("--year is one year; --from and --to a range: give one or the other"));
    if (!options.key || options.from || options.to) {
        const int first = options.from.value_or(options.year.value_or(std::min(model.year + 1, model.until)));
        const int last = options.to.value_or(model.until);
        check_year(model, first, "--from");
        check_year(model, last, "--to");
        if (last < first)
            throw RequestError(engine::msg("--to {last} is before --from {first}",
                                           {engine::arg("last", std::to_string(last)), engine::arg("first", std::to_string(first))}));
        const std::vector<AllocationKey> keys = options.key ? std::vector{*options.key} : every_key;
        result.forecast = forecast(loaded, keys, first, last, options.budget);
        return result;
    }
    const AllocationKey key = *options.key;
    const int year = options.year.value_or(std::min(model.year + 1, model.until));
    check_year(model, year, "--year");
    // A year that needs figures carried forward is computed, and its carried figures listed, as in the forecast.
    if (!carried_for(model, key, year).empty()) {
        result.forecast = forecast(loaded, {key}, year, year, options.budget);
        return result;
    }
    std::optional<Budgets> budgets;
    const engine::Number total = amount_to_split(loaded, options.budget, year, budgets);
    Allocation allocation = tariffs::allocate(model.municipalities, model.allocation, key, year, total);
    if (options.forecast) result.forecast = forecast(loaded, {key}, year, year, options.budget);
    else result.allocation = std::move(allocation);
    return result;
}

ReportData allocation_report(LoadedModel& loaded, AllocationResult result) {
    ReportData data = whole_report(loaded);
    data.allocation = std::move(result.allocation);
    if (result.forecast) data.forecast = ForecastData{std::move(*result.forecast), result.budget};
    return data;
}

}  // namespace tariffs::app
