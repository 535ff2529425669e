#include "tariffs/analyses/sensitivity.hpp"

#include "engine/decimal.hpp"
#include "engine/moebius.hpp"
#include "tariffs/analyses/input_variants.hpp"
#include "tariffs/analyses/variant.hpp"
#include "tariffs/pricing/budgets.hpp"

#include <algorithm>
#include <functional>
#include <map>
#include <memory>

namespace tariffs {

namespace {

using engine::Number;

// The input moved `times` steps (negative: down).
Number moved(const TariffInput& leaf, const Step& step, int times) {
    const bool by_points = step.points && !leaf.text.empty() && leaf.text.back() == '%';
    if (by_points) return leaf.value + Number(times) * *step.points / Number(100);
    return leaf.value * (Number(1) + Number(times) * step.by);
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
    if (!leaf.smooth) return std::nullopt;  // a rounding, min, max or if lies between it and the tariff
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
        const Number sa = a.swing().magnitude(), sb = b.swing().magnitude();
        if (sa != sb) return sa > sb;
        const Number ea = a.elasticity ? a.elasticity->magnitude() : Number(), eb = b.elasticity ? b.elasticity->magnitude() : Number();
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

// An index figure a tariff after the base year is indexed with, and how to set it.
struct IndexInput {
    TariffInput input;
    std::function<void(Model&, const Number&)> set;
};

// The figures the tariffs of the years after the base year up to `year` are
// indexed with: a year's applied index, or each series' figures.
std::vector<IndexInput> index_inputs(const Model& model, int year) {
    std::vector<IndexInput> inputs;
    for (int y = model.year + 1; y <= year; ++y) {
        if (auto applied = model.indexation.applied.find(y); applied != model.indexation.applied.end()) {
            inputs.push_back({{"applied index " + std::to_string(y), applied->second.value, engine::exact_percent(applied->second.value)},
                              [y](Model& m, const Number& v) { m.indexation.applied[y].value = v; }});
            continue;
        }
    }
    for (std::size_t s = 0; s < model.indexation.series.size(); ++s) {
        const IndexSeries& series = model.indexation.series[s];
        for (const auto& [y, figure] : series.years) {
            if (y < model.year || y > year) continue;
            const auto add = [&](const std::optional<YearValue>& value, const char* which, bool definitive) {
                if (!value) return;
                inputs.push_back({{"index " + series.component + " " + std::to_string(y) + " " + which, value->value,
                                   engine::exact_percent(value->value)},
                                  [s, y, definitive](Model& m, const Number& v) {
                                      auto& f = m.indexation.series[s].years[y];
                                      (definitive ? f.definitive : f.provisional)->value = v;
                                  }});
            };
            add(figure.provisional, "provisional", false);
            add(figure.definitive, "definitive", true);
        }
    }
    return inputs;
}

// The model with one index figure changed, each computed once.
class IndexVariants {
public:
    explicit IndexVariants(const Model& model) : model_(model) {}

    Variant* with(const IndexInput& input, const Number& value) {
        auto key = std::make_pair(input.input.input, value.to_fraction_string());
        auto it = cache_.find(key);
        if (it != cache_.end()) return it->second.get();
        Model changed = model_;
        input.set(changed, value);
        return cache_.emplace(key, std::make_unique<Variant>(std::move(changed), Variant::Check::lazily))
            .first->second.get();
    }

private:
    const Model& model_;
    std::map<std::pair<std::string, std::string>, std::unique_ptr<Variant>> cache_;
};

// The effect of an input on a result (a product's price, a budget total), the
// input moved down and up through `variant_at`.
template <typename VariantAt, typename Result>
InputEffect effect_of(const TariffInput& input, const Step& step, VariantAt variant_at, Result result) {
    InputEffect effect{input.input, input.text, std::nullopt, std::nullopt, std::nullopt, std::nullopt, std::nullopt};
    const Number low = moved(input, step, -1), high = moved(input, step, 1);
    if (auto value = result(variant_at(low))) {
        effect.low = low;
        effect.low_result = value;
    }
    if (auto value = result(variant_at(high))) {
        effect.high = high;
        effect.high_result = value;
    }
    return effect;
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
    IndexVariants index_variants(model);
    const std::vector<IndexInput> index = index_inputs(model, year);
    std::vector<TariffInput> all_leaves;
    for (const auto& product : base.model().products) {
        if (!codes.empty() && std::find(codes.begin(), codes.end(), product.code) == codes.end()) continue;
        const ProductPrice price = base.cost().price(product);
        ProductSensitivity line{product.code, product.name, product.unit, base.price(product.code, year), {}};
        const auto price_in = [&](Variant* variant) { return try_price(variant, product.code, year); };
        for (const auto& leaf : tariff_inputs(base.cost(), product)) {
            InputEffect effect = effect_of(
                leaf, step, [&](const Number& x) { return variants.with(leaf.input, x); }, price_in);
            effect.elasticity = elasticity_of(leaf, step, product.code, variants, price.exact_tariff());
            line.inputs.push_back(std::move(effect));
            if (std::none_of(all_leaves.begin(), all_leaves.end(), [&](const TariffInput& l) { return l.input == leaf.input; }))
                all_leaves.push_back(leaf);
        }
        // After the base year the index figures count too: each step is rounded, so no elasticity is claimed.
        for (const auto& figure : index) {
            InputEffect effect = effect_of(
                figure.input, step, [&](const Number& x) { return index_variants.with(figure, x); }, price_in);
            if (effect.low_result != line.tariff || effect.high_result != line.tariff) line.inputs.push_back(std::move(effect));
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
    const auto total_in = [&](Variant* variant) { return budget_total(variant, year); };
    for (const auto& leaf : all_leaves) {
        InputEffect effect = effect_of(leaf, step, [&](const Number& x) { return variants.with(leaf.input, x); }, total_in);
        if (effect.swing().sign() != 0) budget.inputs.push_back(std::move(effect));
    }
    for (const auto& figure : index) {
        InputEffect effect =
            effect_of(figure.input, step, [&](const Number& x) { return index_variants.with(figure, x); }, total_in);
        if (effect.swing().sign() != 0) budget.inputs.push_back(std::move(effect));
    }
    rank(budget.inputs);
    result.budget = std::move(budget);
    return result;
}

}  // namespace tariffs
