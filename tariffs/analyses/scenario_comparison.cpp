#include "tariffs/analyses/scenario_comparison.hpp"

#include "tariffs/analyses/scenario_check.hpp"
#include "tariffs/analyses/variant.hpp"
#include "tariffs/model/overrides.hpp"
#include "tariffs/pricing/budgets.hpp"

#include <algorithm>
#include <memory>

namespace tariffs {

namespace {

using engine::Number;

std::vector<Number> budget_totals(Variant& variant) {
    const Budgets budgets = compute_budgets(variant.model(), variant.indexed(variant.model().until));
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

ScenarioComparison compare_scenarios(const Model& model, const std::vector<std::string>& names, int year) {
    std::vector<std::string> chosen;
    for (const auto& name : names)  // each once, in the order asked
        if (std::find(chosen.begin(), chosen.end(), name) == chosen.end()) chosen.push_back(name);
    if (chosen.empty())
        for (const auto& scenario : model.scenarios) chosen.push_back(scenario.name);

    Variant base(model);
    std::vector<std::unique_ptr<Variant>> variants;
    ScenarioComparison comparison;
    comparison.year = year;
    for (const auto& name : chosen) {
        variants.push_back(scenario_variant(model, name));
        comparison.scenarios.push_back({variants.back()->model().scenario});
    }

    for (const auto& product : model.products) {
        ScenarioProduct line{product.code, product.name, product.unit, base.price(product.code, year), {}};
        for (auto& variant : variants) line.tariffs.push_back(variant->price(product.code, year));
        comparison.products.push_back(std::move(line));
    }

    if (!model.budgets.present) return comparison;
    const Budgets budgets = compute_budgets(model, base.indexed(model.until));
    std::vector<std::vector<Number>> totals;
    for (auto& variant : variants) totals.push_back(budget_totals(*variant));
    for (std::size_t y = 0; y < budgets.frames.size(); ++y) {
        ScenarioBudgetYear line{budgets.frames[y].year, budgets.frames[y].frame, budgets.frames[y].total, {}};
        for (const auto& scenario_totals : totals) line.totals.push_back(scenario_totals[y]);
        comparison.budgets.push_back(std::move(line));
    }
    return comparison;
}

}  // namespace tariffs
