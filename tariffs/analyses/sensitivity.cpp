#include "tariffs/analyses/sensitivity.hpp"

#include "engine/decimal.hpp"
#include "engine/moebius.hpp"
#include "tariffs/analyses/input_variants.hpp"
#include "tariffs/analyses/variant.hpp"
#include "tariffs/pricing/budgets.hpp"
#include "tariffs/pricing/trajectory_price.hpp"

#include <algorithm>
#include <functional>
#include <map>
#include <optional>
#include <set>
#include <unordered_map>
#include <unordered_set>

namespace tariffs {

namespace {

using engine::Number;

// The input moved `times` steps (negative: down).
Number moved(const TariffInput& leaf, const Step& step, int times) {
    const bool by_points = step.points && !leaf.text.empty() && leaf.text.back() == '%';
    if (by_points) return leaf.value + Number(times) * *step.points / Number(100);
    return leaf.value * (Number(1) + Number(times) * step.by);
}

// Largest swing first, then largest elasticity; each key computed once.
void rank(std::vector<InputEffect>& effects) {
    struct Keyed {
        Number swing, elasticity;
        InputEffect effect;
    };
    std::vector<Keyed> keyed;
    keyed.reserve(effects.size());
    for (auto& effect : effects) {
        Number swing = effect.swing().magnitude();
        Number elasticity = effect.elasticity ? effect.elasticity->magnitude() : Number();
        keyed.push_back({std::move(swing), std::move(elasticity), std::move(effect)});
    }
    std::stable_sort(keyed.begin(), keyed.end(), [](const Keyed& a, const Keyed& b) {
        if (a.swing != b.swing) return a.swing > b.swing;
        return a.elasticity > b.elasticity;
    });
    for (std::size_t i = 0; i < effects.size(); ++i) effects[i] = std::move(keyed[i].effect);
}

// An index figure a tariff after the base year is indexed with, and how to set it.
struct IndexInput {
    TariffInput input;
    std::function<void(IndexPolicy&, const Number&)> set;
    engine::Message label;
};

// The figures the tariffs of the years after the base year up to `year` are
// indexed with: a year's applied index, or each series' figures.
std::vector<IndexInput> index_inputs(const Model& model, int year) {
    std::vector<IndexInput> inputs;
    for (int y = model.year + 1; y <= year; ++y)
        if (auto applied = model.indexation.applied.find(y); applied != model.indexation.applied.end())
            inputs.push_back({{"applied index " + std::to_string(y), applied->second.value,
                               engine::exact_percent(applied->second.value), false, std::nullopt},
                              [y](IndexPolicy& policy, const Number& v) { policy.applied[y].value = v; },
                              engine::msg("applied index {year}", {engine::arg("year", y)})});
    for (std::size_t s = 0; s < model.indexation.series.size(); ++s) {
        const IndexSeries& series = model.indexation.series[s];
        for (const auto& entry : series.years) {
            const int y = entry.first;  // not a structured binding: the lambdas capture it (clang 14)
            const auto& figure = entry.second;
            if (y < model.year || y > year) continue;
            const auto add = [&](const std::optional<YearValue>& value, const char* which, bool definitive) {
                if (!value) return;
                const auto named = {engine::arg("series", series.component), engine::arg("year", y)};
                engine::Message label = definitive ? engine::msg("index {series} {year} definitive", named)
                                                   : engine::msg("index {series} {year} provisional", named);
                inputs.push_back({{"index " + series.component + " " + std::to_string(y) + " " + which, value->value,
                                   engine::exact_percent(value->value), false, std::nullopt},
                                  [s, y, definitive](IndexPolicy& policy, const Number& v) {
                                      auto& f = policy.series[s].years[y];
                                      (definitive ? f.definitive : f.provisional)->value = v;
                                  },
                                  std::move(label)});
            };
            add(figure.provisional, "provisional", false);
            add(figure.definitive, "definitive", true);
        }
    }
    return inputs;
}

// Which of some codes (products, trajectories) a value reaches, read off the
// compiled graph: a product's price in any year reads its price, tariff,
// exact tariff and personnel share; a trajectory's, its components'.
class CodesOfNodes {
public:
    CodesOfNodes(CostModel& cost, const std::vector<std::string>& codes) : cost_(cost) {
        const Model& model = cost.model();
        for (const auto& code : codes) {
            if (const Product* product = model.find_product(code)) {
                const ProductNodes& nodes = cost.nodes(*product);
                for (const auto& node : {std::optional(nodes.price), std::optional(nodes.tariff), nodes.tariff_exact,
                                         nodes.personnel_share})
                    if (node) owner_.emplace(*node, code);
            } else if (model.find_trajectory(code)) {
                for (const auto& product : with_components(model, {code}))
                    if (const Product* component = model.find_product(product)) {
                        const ProductNodes& nodes = cost.nodes(*component);
                        for (const auto& node : {std::optional(nodes.price), std::optional(nodes.tariff),
                                                 nodes.tariff_exact, nodes.personnel_share})
                            if (node) owner_.emplace(*node, code);
                    }
            }
        }
    }

    std::vector<std::string> reached_by(const std::vector<engine::NodeId>& slots) const {
        std::set<std::string> reached;
        for (engine::NodeId node : cost_.graph().reach(slots)) {
            const auto [first, last] = owner_.equal_range(node);
            for (auto it = first; it != last; ++it) reached.insert(it->second);
        }
        return {reached.begin(), reached.end()};
    }

private:
    CostModel& cost_;
    std::unordered_multimap<engine::NodeId, std::string> owner_;
};

class Analysis {
public:
    Analysis(CostModel& cost, const Step& step, int year)
        : cost_(cost), model_(cost.model()), step_(step), year_(year), moved_(cost), index_(index_inputs(model_, year)) {}

    ProductSensitivity product(const Product& product) {
        ProductSensitivity line{product.code, product.name, product.unit, moved_.base().price(product.code, year_), {}};
        const Number base_exact = moved_.base().price(product).exact_tariff();
        for (const auto& leaf : tariff_inputs(cost_, product)) {
            Points points(*this, leaf, product);
            InputEffect effect{leaf.input, leaf.text, std::nullopt, std::nullopt, std::nullopt, std::nullopt, std::nullopt};
            for (const int times : {-1, 1}) {
                const Point& point = points.at(times);
                if (!point.price) continue;
                (times < 0 ? effect.low : effect.high) = point.x;
                (times < 0 ? effect.low_result : effect.high_result) = point.price;
            }
            effect.elasticity = elasticity_of(leaf, points, base_exact);
            line.inputs.push_back(std::move(effect));
            remember(leaf);
        }
        add_index_effects(line);
        rank(line.inputs);
        return line;
    }

    // A trajectory's price rounds each component's tariff: no elasticity is claimed.
    ProductSensitivity trajectory(const Trajectory& trajectory) {
        ProductSensitivity line{trajectory.code, trajectory.name, trajectory_unit,
                                moved_.base().price(trajectory.code, year_), {}};
        for (const auto& leaf : trajectory_inputs(cost_, trajectory))
            line.inputs.push_back(effect_of(leaf, [&](Variant& variant) { return variant.price(trajectory.code, year_); }));
        add_index_effects(line);
        rank(line.inputs);
        return line;
    }

    // Every input of every product moved, each through the budget lines it reaches.
    std::optional<BudgetSensitivity> budget() {
        const std::unordered_set<std::string> codes = budgeted_products(model_);
        std::optional<Budgets> budgets;
        try {
            budgets = compute_budgets(model_, index_tariffs(cost_, model_.until, &codes));
        } catch (const engine::InputError&) {
            return std::nullopt;  // the budget command says why
        }
        if (!budgets->frame(year_)) return std::nullopt;
        const YearTotal base(*budgets, year_);
        BudgetSensitivity result{year_, base.total(), {}};
        const CodesOfNodes codes_of(cost_, base.codes());
        for (const auto& leaf : leaves_) {
            const std::vector<std::string> reached = leaf.slots ? codes_of.reached_by(*leaf.slots) : base.codes();
            InputEffect effect = effect_of(leaf, [&](Variant& variant) { return total_of(variant, base, reached); });
            if (effect.swing().sign() != 0) result.inputs.push_back(std::move(effect));
        }
        const std::vector<std::string> all = base.codes();
        for (const auto& figure : index_) {
            InputEffect effect = index_effect_of(figure, [&](Variant& variant) { return total_of(variant, base, all); });
            if (effect.swing().sign() != 0) result.inputs.push_back(std::move(effect));
        }
        rank(result.inputs);
        return result;
    }

private:
    // The effect of an input on a result (a price, a budget total): the input
    // moved down and up. A point is left out where the input leaves its range
    // or makes a derived figure impossible (hours below zero).
    InputEffect effect_of(const TariffInput& input, const std::function<Number(Variant&)>& result) {
        return effect_at(input, [&](const Number& x) -> std::optional<Number> {
            Variant* variant = moved_.at(input, x);
            if (!variant) return std::nullopt;
            try {
                return result(*variant);
            } catch (const engine::InputError&) {
                return std::nullopt;
            }
        });
    }

    InputEffect index_effect_of(const IndexInput& figure, const std::function<Number(Variant&)>& result) {
        InputEffect effect = effect_at(figure.input, [&](const Number& x) -> std::optional<Number> {
            moved_policy_ = model_.indexation;
            figure.set(moved_policy_, x);
            Variant& variant = moved_.base();
            variant.set_indexation(&moved_policy_);
            try {
                return result(variant);
            } catch (const engine::InputError&) {
                return std::nullopt;
            }
        });
        effect.label = figure.label;
        return effect;
    }

    InputEffect effect_at(const TariffInput& input, const std::function<std::optional<Number>(const Number&)>& result) {
        InputEffect effect{input.input, input.text, std::nullopt, std::nullopt, std::nullopt, std::nullopt, std::nullopt};
        const Number low = moved(input, step_, -1), high = moved(input, step_, 1);
        if (auto value = result(low)) {
            effect.low = low;
            effect.low_result = value;
        }
        if (auto value = result(high)) {
            effect.high = high;
            effect.high_result = value;
        }
        return effect;
    }

    // After the base year the index figures count too: each step is rounded, so no elasticity is claimed.
    void add_index_effects(ProductSensitivity& line) {
        for (const auto& figure : index_) {
            InputEffect effect =
                index_effect_of(figure, [&](Variant& variant) { return variant.price(line.code, year_); });
            if (effect.low_result != line.tariff || effect.high_result != line.tariff) line.inputs.push_back(std::move(effect));
        }
    }

    // A product with one input moved `times` steps: its price in the year
    // and its exact base-year tariff, each none where it cannot be computed.
    struct Point {
        Number x;
        std::optional<Number> price, exact;
    };

    // The points of one input, each computed once: the swing and the elasticity share the first two.
    class Points {
    public:
        Points(Analysis& analysis, const TariffInput& leaf, const Product& product)
            : analysis_(analysis), leaf_(leaf), product_(product) {}

        const Point& at(int times) {
            auto known = points_.find(times);
            if (known != points_.end()) return known->second;
            Point point{moved(leaf_, analysis_.step_, times), std::nullopt, std::nullopt};
            if (Variant* variant = analysis_.moved_.at(leaf_, point.x)) {
                try {
                    point.price = variant->price(product_.code, analysis_.year_);
                } catch (const engine::InputError&) {
                }
                try {
                    point.exact = variant->price(product_).exact_tariff();
                } catch (const engine::InputError&) {
                }
            }
            return points_.emplace(times, std::move(point)).first->second;
        }

    private:
        Analysis& analysis_;
        const TariffInput& leaf_;
        const Product& product_;
        std::map<int, Point> points_;
    };

    std::optional<Number> elasticity_of(const TariffInput& leaf, Points& points, const Number& base_exact) {
        if (!leaf.smooth) return std::nullopt;  // a rounding, min, max or if lies between it and the tariff
        if (leaf.value.sign() == 0 && !step_.points) return Number(0);  // x · T'(x) / T(x) at x = 0
        std::vector<std::pair<Number, Number>> fit{{leaf.value, base_exact}};
        for (int times : {-1, 1, 2, -2, 3, -3}) {
            if (fit.size() == 4) break;
            const Point& point = points.at(times);
            if (point.exact) fit.push_back({point.x, *point.exact});
        }
        if (fit.size() < 4) return std::nullopt;
        return moebius_elasticity(fit);
    }

    // The year's total under `variant`: only the lines of the codes `reached`
    // are computed again, unless the variant is a model of its own.
    Number total_of(Variant& variant, const YearTotal& base, const std::vector<std::string>& reached) {
        if (&variant.cost() != &cost_) {
            const std::unordered_set<std::string> codes = budgeted_products(variant.model());
            const Budgets budgets = compute_budgets(variant.model(), index_tariffs(variant.cost(), model_.until, &codes));
            return budgets.frame(year_)->total;
        }
        return base.with(reached, [&](const std::string& code) { return variant.price(code, year_); });
    }

    void remember(const TariffInput& leaf) {
        if (remembered_.insert(leaf.input).second) leaves_.push_back(leaf);
    }

    CostModel& cost_;
    const Model& model_;
    Step step_;
    int year_;
    MovedInput moved_;
    std::vector<IndexInput> index_;
    IndexPolicy moved_policy_;       // the model's policy with one figure moved
    std::vector<TariffInput> leaves_;  // every product's inputs, each once
    std::unordered_set<std::string> remembered_;  // their names
};

}  // namespace

Number InputEffect::swing() const {
    if (!low_result || !high_result) return Number();
    return *high_result - *low_result;
}

std::optional<Number> moebius_elasticity(const std::vector<std::pair<Number, Number>>& points) {
    if (points.size() < 4 || points[0].second.sign() == 0) return std::nullopt;
    const Number& x0 = points[0].first;  // not a structured binding: the lambda captures it (clang 14)
    const Number& t0 = points[0].second;
    if (std::all_of(points.begin(), points.end(), [&](const auto& p) { return p.second == t0; })) return Number(0);
    const auto fit = engine::fit_moebius(points);
    if (!fit) return std::nullopt;  // not a ratio of linear functions
    const auto slope = fit->derivative(x0);
    if (!slope) return std::nullopt;
    return x0 * *slope / t0;
}

Sensitivity analyse_sensitivity(CostModel& cost, const std::vector<std::string>& codes, const Step& step, int year) {
    const Model& model = cost.model();
    Sensitivity result;
    result.year = year;
    result.step = step;
    Analysis analysis(cost, step, year);
    const auto asked = [&](const std::string& code) {
        return codes.empty() || std::find(codes.begin(), codes.end(), code) != codes.end();
    };
    for (const auto& product : model.products)
        if (asked(product.code)) result.products.push_back(analysis.product(product));
    for (const auto& trajectory : model.trajectories)
        if (asked(trajectory.code)) result.products.push_back(analysis.trajectory(trajectory));
    if (model.budgets.present && codes.empty()) result.budget = analysis.budget();
    return result;
}

}  // namespace tariffs
