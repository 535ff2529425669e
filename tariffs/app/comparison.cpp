#include "tariffs/app/comparison.hpp"

#include "tariffs/analyses/variant.hpp"
#include "tariffs/app/request_checks.hpp"
#include "tariffs/app/request_error.hpp"
#include "tariffs/pricing/indexed_tariffs.hpp"

#include <unordered_set>

namespace tariffs::app {

namespace {

bool has(const Model& model, const std::string& code) {
    return model.find_product(code) || model.find_trajectory(code);
}

// A trajectory's price under a model, in `year`.
TrajectoryPrice trajectory_price(LoadedModel& loaded, const std::string& code, int year) {
    Variant prices(loaded.cost);
    return price_trajectory(*loaded.model.find_trajectory(code), year,
                            [&](const std::string& component) { return prices.price(component, year); });
}

engine::Number indexed_price(LoadedModel& loaded, const std::string& code, int year) {
    const std::unordered_set<std::string> only{code};
    return index_tariffs(loaded.cost, year, &only).find(code)->find(year)->price;
}

ExplainedComparison explain_both(LoadedModel& old_model, LoadedModel& new_model, const std::string& code, int year) {
    if (!has(old_model.model, code) || !has(new_model.model, code))
        throw RequestError(engine::msg("--explain {code}: no product or trajectory `{code}` in {path}",
                                       {engine::arg("code", code),
                                        engine::arg("path", !has(old_model.model, code) ? old_model.model.file
                                                                                       : new_model.model.file)}));
    const Product* before = old_model.model.find_product(code);
    const Product* after = new_model.model.find_product(code);
    ExplainedComparison explained;
    if (!before || !after) {
        if (before || after)
            throw RequestError(engine::msg("--explain {code}: a product in one model, a trajectory in the other",
                                           {engine::arg("code", code)}));
        explained.trajectory_before = trajectory_price(old_model, code, year);
        explained.trajectory_after = trajectory_price(new_model, code, year);
        return explained;
    }
    if (year > new_model.model.year)
        explained.indexed = IndexedPair{year, indexed_price(old_model, code, year), indexed_price(new_model, code, year)};
    explained.product = after;
    explained.before = &old_model.cost.derivation(old_model.cost.price(*before).price);
    explained.after = &new_model.cost.derivation(new_model.cost.price(*after).price);
    return explained;
}

}  // namespace

ModelInput compared_input(const std::string& old_path, ModelInput new_model) {
    if (new_model.path.empty() && new_model.scenario.empty() && new_model.sets.empty())
        throw RequestError(engine::msg("compare needs a NEW model, or --scenario or --set to compare the model with"));
    if (new_model.path.empty()) new_model.path = old_path;
    return new_model;
}

int compared_year(const Model& old_model, const Model& new_model, std::optional<int> year) {
    if (old_model.year != new_model.year)
        throw RequestError(engine::msg("the models have different base years ({old} and {new}): compare the tariffs of one "
                                       "year with --year",
                                       {engine::arg("old", std::to_string(old_model.year)),
                                        engine::arg("new", std::to_string(new_model.year))}));
    const int the_year = year.value_or(new_model.year);
    check_year(old_model, the_year, "--year");
    check_year(new_model, the_year, "--year");
    return the_year;
}

CompareResult compare(LoadedModel& old_model, LoadedModel& new_model, const CompareOptions& options) {
    CompareResult result;
    result.year = compared_year(old_model.model, new_model.model, options.year);
    if (options.explain.empty())
        result.comparison = compare_models(old_model.cost, new_model.cost, result.year);
    else
        result.explained = explain_both(old_model, new_model, options.explain, result.year);
    result.provenance = provenance_of_comparison(old_model.model, new_model.model);
    return result;
}

}  // namespace tariffs::app
