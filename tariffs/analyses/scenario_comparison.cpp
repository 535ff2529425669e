#include "tariffs/analyses/scenario_comparison.hpp"

#include "tariffs/analyses/scenario_check.hpp"
#include "tariffs/analyses/variant.hpp"
#include "tariffs/model/overrides.hpp"
#include "tariffs/pricing/budgets.hpp"
#include "tariffs/pricing/trajectory_price.hpp"

#include <algorithm>
#include <memory>

namespace tariffs {

namespace {

using engine::Number;

std::vector<Number> budget_totals(Variant& variant) {
    const std::unordered_set<std::string> codes = budgeted_products(variant.model());
    const Budgets budgets = compute_budgets(variant.model(), variant.indexed_all(variant.model().until, &codes));
    std::vector<Number> totals;
    for (const auto& frame : budgets.frames) totals.push_back(frame.total);
    return totals;
}

}  // namespace

std::optional<Number> ScenarioProduct::percent(std::size_t scenario) const {
    if (base.sign() == 0) return std::nullopt;
    return difference(scenario) * Number(100) / base;
}

std::optional<Number> ScenarioBudgetYear::headroom(const Number& total) const {
    if (!frame) return std::nullopt;
    return *frame - total;
}

ScenarioComparison compare_scenarios(CostModel& cost, const std::vector<std::string>& names, int year) {
    const Model& model = cost.model();
    std::vector<std::string> chosen;
    for (const auto& name : names)  // each once, in the order asked
        if (std::find(chosen.begin(), chosen.end(), name) == chosen.end()) chosen.push_back(name);
    if (chosen.empty())
        for (const auto& scenario : model.scenarios) chosen.push_back(scenario.name);

    Variant base(cost);
    std::vector<std::unique_ptr<ScenarioVariant>> variants;
    ScenarioComparison comparison;
    comparison.year = year;
    for (const auto& name : chosen) {
        variants.push_back(std::make_unique<ScenarioVariant>(cost, name));
        comparison.scenarios.push_back({variants.back()->info()});
    }

    const auto add = [&](const std::string& code, const std::string& name, const std::string& unit) {
        ScenarioProduct line{code, name, unit, base.price(code, year), {}};
        for (auto& variant : variants) line.tariffs.push_back(variant->variant().price(code, year));
        comparison.products.push_back(std::move(line));
    };
    for (const auto& product : model.products) add(product.code, product.name, product.unit);
    for (const auto& trajectory : model.trajectories) add(trajectory.code, trajectory.name, trajectory_unit);

    if (!model.budgets.present) return comparison;
    const std::vector<Number> base_totals = budget_totals(base);
    const std::unordered_set<std::string> codes = budgeted_products(model);
    const Budgets budgets = compute_budgets(model, index_tariffs(cost, model.until, &codes));
    std::vector<std::vector<Number>> totals;
    for (auto& variant : variants) totals.push_back(budget_totals(variant->variant()));
    for (std::size_t y = 0; y < budgets.frames.size(); ++y) {
        ScenarioBudgetYear line{budgets.frames[y].year, budgets.frames[y].frame, base_totals[y], {}};
        for (const auto& scenario_totals : totals) line.totals.push_back(scenario_totals[y]);
        comparison.budgets.push_back(std::move(line));
    }
    return comparison;
}

}  // namespace tariffs
