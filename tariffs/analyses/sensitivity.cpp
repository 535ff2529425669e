#include "tariffs/analyses/sensitivity.hpp"

#include "engine/moebius.hpp"
#include "tariffs/analyses/input_variants.hpp"
#include "tariffs/analyses/variant.hpp"
#include "tariffs/pricing/budgets.hpp"

#include <algorithm>

namespace tariffs {

namespace {

using engine::Number;

Number magnitude(const Number& value) { return value.sign() < 0 ? -value : value; }

// The input moved `times` steps (negative: down).
Number moved(const TariffInput& leaf, const Step& step, int times) {
    const bool by_points = step.points && !leaf.text.empty() && leaf.text.back() == '%';
    if (by_points) return leaf.value + Number(times) * *step.points / Number(100);
    return leaf.value * (Number(1) + Number(times) * step.by);
}

Number exact_tariff(Variant& variant, const std::string& code) {
    return variant.cost().value(*variant.model().find_product(code), "tariff_exact").value;
}

// Evaluations may fail where a moved input makes a derived figure impossible
// (hours below zero): such a point is left out, as one outside the range is.
std::optional<Number> try_price(Variant* variant, const std::string& code, int year) {
    if (!variant) return std::nullopt;
    try {
        return variant->price(code, year);
    } catch (const engine::InputError&) {
        return std::nullopt;
    }
}

std::optional<Number> elasticity_of(const TariffInput& leaf, const Step& step, const std::string& code, OneInputVariants& variants,
                                    const Number& base_exact) {
    if (leaf.value.sign() == 0 && !step.points) return Number(0);  // x · T'(x) / T(x) at x = 0
    std::vector<std::pair<Number, Number>> points{{leaf.value, base_exact}};
    for (int times : {-1, 1, 2, -2, 3, -3}) {
        if (points.size() == 4) break;
        const Number x = moved(leaf, step, times);
        Variant* variant = variants.with(leaf.input, x);
        if (!variant) continue;
        try {
            points.push_back({x, exact_tariff(*variant, code)});
        } catch (const engine::InputError&) {
        }
    }
    if (points.size() < 4) return std::nullopt;
    return moebius_elasticity(points);
}

void rank(std::vector<InputEffect>& effects) {
    std::stable_sort(effects.begin(), effects.end(), [](const InputEffect& a, const InputEffect& b) {
        const Number sa = magnitude(a.swing()), sb = magnitude(b.swing());
        if (sa != sb) return sa > sb;
        const Number ea = a.elasticity ? magnitude(*a.elasticity) : Number(), eb = b.elasticity ? magnitude(*b.elasticity) : Number();
        return ea > eb;
    });
}

std::optional<Number> budget_total(Variant* variant, int year) {
    if (!variant) return std::nullopt;
    try {
        const Model& model = variant->model();
        const std::unordered_set<std::string> codes = budgeted_products(model);
        const Budgets budgets = compute_budgets(model, index_tariffs(variant->cost(), model.until, &codes));
        const FrameCheck* frame = budgets.frame(year);
        if (!frame) return std::nullopt;
        return frame->total;
    } catch (const engine::InputError&) {
        return std::nullopt;
    }
}

}  // namespace

Number InputEffect::swing() const {
    if (!low_result || !high_result) return Number();
    return *high_result - *low_result;
}

std::optional<Number> moebius_elasticity(const std::vector<std::pair<Number, Number>>& points) {
    if (points.size() < 4 || points[0].second.sign() == 0) return std::nullopt;
    const auto& [x0, t0] = points[0];
    if (std::all_of(points.begin(), points.end(), [&](const auto& p) { return p.second == t0; })) return Number(0);
    const auto fit = engine::fit_moebius(points);
    if (!fit) return std::nullopt;  // not a ratio of linear functions
    const auto slope = fit->derivative(x0);
    if (!slope) return std::nullopt;
    return x0 * *slope / t0;
}

Sensitivity analyse_sensitivity(const Model& model, const std::vector<std::string>& codes, const Step& step, int year) {
    Sensitivity result;
    result.year = year;
    result.step = step;
    Variant base(model);
    OneInputVariants variants(model);
    std::vector<TariffInput> all_leaves;
    for (const auto& product : base.model().products) {
        if (!codes.empty() && std::find(codes.begin(), codes.end(), product.code) == codes.end()) continue;
        const ProductPrice price = base.cost().price(product);
        const std::vector<TariffInput> leaves = tariff_inputs(base.cost(), product);
        ProductSensitivity line{product.code, product.name, product.unit, base.price(product.code, year), {}};
        const Number base_exact = price.tariff_exact->value;
        for (const auto& leaf : leaves) {
            InputEffect effect{leaf.input, leaf.text, std::nullopt, std::nullopt, std::nullopt, std::nullopt, std::nullopt};
            const Number low = moved(leaf, step, -1), high = moved(leaf, step, 1);
            if (auto result_low = try_price(variants.with(leaf.input, low), product.code, year)) {
                effect.low = low;
                effect.low_result = result_low;
            }
            if (auto result_high = try_price(variants.with(leaf.input, high), product.code, year)) {
                effect.high = high;
                effect.high_result = result_high;
            }
            effect.elasticity = elasticity_of(leaf, step, product.code, variants, base_exact);
            line.inputs.push_back(std::move(effect));
            if (std::none_of(all_leaves.begin(), all_leaves.end(), [&](const TariffInput& l) { return l.input == leaf.input; }))
                all_leaves.push_back(leaf);
        }
        rank(line.inputs);
        result.products.push_back(std::move(line));
    }
    if (!model.budgets.present || !codes.empty()) return result;
    BudgetSensitivity budget;
    budget.year = year;
    const auto total = budget_total(&base, year);
    if (!total) return result;
    budget.total = *total;
    for (const auto& leaf : all_leaves) {
        InputEffect effect{leaf.input, leaf.text, std::nullopt, std::nullopt, std::nullopt, std::nullopt, std::nullopt};
        const Number low = moved(leaf, step, -1), high = moved(leaf, step, 1);
        if (auto low_total = budget_total(variants.with(leaf.input, low), year)) {
            effect.low = low;
            effect.low_result = low_total;
        }
        if (auto high_total = budget_total(variants.with(leaf.input, high), year)) {
            effect.high = high;
            effect.high_result = high_total;
        }
        if (effect.swing().sign() != 0) budget.inputs.push_back(std::move(effect));
    }
    rank(budget.inputs);
    result.budget = std::move(budget);
    return result;
}

}  // namespace tariffs
