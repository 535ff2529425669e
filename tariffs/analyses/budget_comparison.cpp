#include "tariffs/analyses/budget_comparison.hpp"

#include "engine/shapley.hpp"
#include "tariffs/analyses/coalition_prices.hpp"
#include "tariffs/analyses/variant.hpp"
#include "tariffs/pricing/budgets.hpp"

#include <functional>
#include <algorithm>
#include <map>
#include <memory>

namespace tariffs {

namespace {

using engine::Number;

struct Cause {
    enum class Kind { tariffs, indexation, plan };
    std::string name;
    Kind kind = Kind::plan;
    std::function<void(Model&)> apply;  // a plan's: gives the budget plan the new side
};

bool same_lines(const Provider& a, const Provider& b) {
    if (a.lines.size() != b.lines.size() || a.lot != b.lot) return false;
    for (std::size_t i = 0; i < a.lines.size(); ++i)
        if (a.lines[i].code != b.lines[i].code) return false;
    return true;
}

const Provider* provider_named(const BudgetPlan& plan, const std::string& name) {
    for (const auto& provider : plan.providers)
        if (provider.name == name) return &provider;
    return nullptr;
}

// Whether the plans have the same providers with the same lines: then
// volumes and availability can change apart; else the plan changes as a whole.
bool same_shape(const BudgetPlan& a, const BudgetPlan& b) {
    if (a.providers.size() != b.providers.size()) return false;
    for (const auto& provider : a.providers) {
        const Provider* other = provider_named(b, provider.name);
        if (!other || !same_lines(provider, *other)) return false;
    }
    return true;
}

std::string volume_text(const BudgetLine& line) {
    std::string text = line.volume ? line.volume->value.to_fraction_string() : "";
    text += "|" + std::to_string(line.history_years);
    for (const auto& [year, value] : line.history) text += "|" + std::to_string(year) + ":" + value.value.to_fraction_string();
    for (const auto& [year, value] : line.change) text += "|c" + std::to_string(year) + ":" + value.value.to_fraction_string();
    return text;
}

std::vector<Cause> causes_of(const Model& start, const Model& new_model, const std::vector<InputChange>& changes) {
    std::vector<Cause> causes;
    const auto inputs = [&](bool index) {
        std::vector<const InputChange*> chosen;
        for (const auto& change : changes)
            if ((change.reach == InputChange::Reach::indexed_years) == index) chosen.push_back(&change);
        return chosen;
    };
    for (const bool index : {false, true})
        if (!inputs(index).empty())
            causes.push_back({index ? "indexation" : "tariffs", index ? Cause::Kind::indexation : Cause::Kind::tariffs, {}});
    const BudgetPlan &before = start.budgets, &after = new_model.budgets;
    if (!same_shape(before, after)) {
        causes.push_back({"budget plan", Cause::Kind::plan, [after](Model& m) { m.budgets.providers = after.providers; }});
        return causes;
    }
    bool volumes = false, availability = false;
    for (const auto& provider : before.providers) {
        const Provider& other = *provider_named(after, provider.name);
        for (std::size_t i = 0; i < provider.lines.size(); ++i)
            if (volume_text(provider.lines[i]) != volume_text(other.lines[i])) volumes = true;
        const auto value = [](const Provider& p) { return p.availability ? p.availability->value.to_fraction_string() : ""; };
        if (value(provider) != value(other)) availability = true;
    }
    if (volumes)
        causes.push_back({"volumes", Cause::Kind::plan, [after](Model& m) {
                              for (auto& provider : m.budgets.providers) {
                                  const Provider& other = *provider_named(after, provider.name);
                                  for (std::size_t i = 0; i < provider.lines.size(); ++i) {
                                      const BudgetLine& line = other.lines[i];
                                      provider.lines[i].volume = line.volume;
                                      provider.lines[i].history = line.history;
                                      provider.lines[i].history_years = line.history_years;
                                      provider.lines[i].change = line.change;
                                  }
                              }
                          }});
    if (availability)
        causes.push_back({"availability", Cause::Kind::plan, [after](Model& m) {
                              for (auto& provider : m.budgets.providers)
                                  provider.availability = provider_named(after, provider.name)->availability;
                          }});
    return causes;
}

// Each provider's total per year (and "" for all of them).
using Totals = std::map<std::pair<std::string, int>, Number>;

Totals totals_of(const Model& plan, const IndexedTariffs& indexed) {
    const Budgets budgets = compute_budgets(plan, indexed);
    Totals totals;
    for (const auto& budget : budgets.providers)
        for (const auto& year : budget.years) {
            totals[{budget.provider->name, year.year}] = year.total;
            totals[{"", year.year}] += year.total;
        }
    return totals;
}

Totals totals_of(CostModel& cost) {
    const std::unordered_set<std::string> codes = budgeted_products(cost.model());
    return totals_of(cost.model(), index_tariffs(cost, cost.model().until, &codes));
}

// The start model's budgets under every combination of the causes. The
// tariffs and the indexation are indexed once per combination of the two:
// the tariffs' changes of values as a variant of the compiled start model,
// the indexation's as another policy; where a change is more than that, as a
// model of its own. The volumes and the availability change only the plan.
class Worth {
public:
    Worth(CostModel& start, const std::vector<InputChange>& changes, const std::vector<Cause>& causes)
        : start_(start), changes_(changes), causes_(causes), codes_(budgeted_products(start.model())) {}

    // The totals of every coalition of the causes, by coalition. Each
    // indexing is kept only while the coalitions that share it are budgeted.
    std::vector<Totals> all() {
        std::vector<Totals> worth(std::size_t{1} << causes_.size());
        for (const bool tariffs : {false, true})
            for (const bool indexation : {false, true}) {
                std::optional<Indexed> indexed;
                for (unsigned coalition = 0; coalition < worth.size(); ++coalition) {
                    if (has(coalition, Cause::Kind::tariffs) != tariffs ||
                        has(coalition, Cause::Kind::indexation) != indexation)
                        continue;
                    if (!indexed) index(tariffs, indexation, indexed.emplace());
                    Model plan = skeleton_with_budgets();
                    for (std::size_t c = 0; c < causes_.size(); ++c)
                        if ((coalition & (1u << c)) && causes_[c].kind == Cause::Kind::plan) causes_[c].apply(plan);
                    plan.indexation = indexed->policy;
                    worth[coalition] = totals_of(plan, indexed->tariffs);
                }
            }
        return worth;
    }

private:
    bool has(unsigned coalition, Cause::Kind kind) const {
        for (std::size_t c = 0; c < causes_.size(); ++c)
            if ((coalition & (1u << c)) && causes_[c].kind == kind) return true;
        return false;
    }

    // Not moved once made: its tariffs point into its policy.
    struct Indexed {
        Indexed() = default;
        Indexed(const Indexed&) = delete;
        IndexPolicy policy;
        std::unique_ptr<ChangedModel> model;  // where the changes are more than values and a policy
        IndexedTariffs tariffs;
    };

    Model skeleton_with_budgets() const {
        const Model& start = start_.model();
        Model plan;
        plan.year = start.year;
        plan.until = start.until;
        plan.file = start.file;
        plan.indexation = start.indexation;
        plan.budgets = start.budgets;
        return plan;
    }

    void index(bool tariffs, bool indexation, Indexed& result) {
        std::vector<const InputChange*> applied;
        for (const auto& change : changes_) {
            const bool index_change = change.reach == InputChange::Reach::indexed_years;
            if (index_change ? indexation : tariffs) applied.push_back(&change);
        }
        const bool values = std::all_of(applied.begin(), applied.end(), [&](const InputChange* change) {
            if (change->reach == InputChange::Reach::indexed_years) return change->owner.empty();
            return change_slots(start_, *change).has_value();
        });
        if (!values) {
            Model changed = start_.model();
            for (const InputChange* change : applied) change->apply(changed);
            result.model = std::make_unique<ChangedModel>(std::move(changed));
            result.policy = result.model->model->indexation;
            result.tariffs = index_tariffs(*result.model->cost, start_.model().until, &codes_);
            return;
        }
        Model policy_holder = skeleton_with_budgets();
        Variant variant(start_);
        for (const InputChange* change : applied) {
            if (change->reach == InputChange::Reach::indexed_years) change->apply(policy_holder);
            else variant.set(*change_slots(start_, *change), *change->value);
        }
        result.policy = policy_holder.indexation;
        result.tariffs = index_tariffs(start_, variant.values(), result.policy, start_.model().until, &codes_);
    }

    CostModel& start_;
    const std::vector<InputChange>& changes_;
    const std::vector<Cause>& causes_;
    const std::unordered_set<std::string> codes_;
};

}  // namespace

Number BudgetDifference::difference() const { return new_amount.value_or(Number()) - old_amount.value_or(Number()); }

BudgetComparison compare_budgets(CostModel& start_cost, CostModel& new_cost, const std::vector<InputChange>& changes) {
    const Model& start = start_cost.model();
    const Model& new_model = new_cost.model();
    BudgetComparison comparison;
    if (!start.budgets.present || !new_model.budgets.present) return comparison;
    const std::vector<Cause> causes = causes_of(start, new_model, changes);
    for (const auto& cause : causes) comparison.causes.push_back(cause.name);
    // Every combination of the causes (at most 2^4), each budgeted once.
    std::vector<Totals> worth;
    try {
        worth = Worth(start_cost, changes, causes).all();
    } catch (const engine::InputError& error) {
        // Some causes only work together (a volume for a product whose kind changes with the tariffs).
        worth.clear();
        comparison.note = engine::msg("the causes cannot be varied one by one: with only some of them, {problem}",
                                      {engine::arg("problem", error.diagnostics().sorted().front().message)});
    }
    const Totals old_totals = totals_of(start_cost), new_totals = totals_of(new_cost);
    std::map<std::pair<std::string, int>, bool> keys;  // providers in file order would need more: sorted is stable
    for (const auto& [key, _] : old_totals) keys[key] = true;
    for (const auto& [key, _] : new_totals) keys[key] = true;
    const unsigned all = (1u << causes.size()) - 1;
    for (const auto& entry : keys) {
        const auto& key = entry.first;  // not a structured binding: lambdas below capture it (clang 14)
        BudgetDifference line{key.first, key.second, std::nullopt, std::nullopt, {}};
        if (auto it = old_totals.find(key); it != old_totals.end()) line.old_amount = it->second;
        if (auto it = new_totals.find(key); it != new_totals.end()) line.new_amount = it->second;
        if (line.old_amount && line.new_amount && *line.old_amount == *line.new_amount) continue;
        const bool in_every = !worth.empty() && std::all_of(worth.begin(), worth.end(),
                                                            [&](const Totals& t) { return t.count(key) > 0; });
        if (line.old_amount && line.new_amount && in_every && worth[all].at(key) == *line.new_amount) {
            const auto values = engine::shapley_values(static_cast<int>(causes.size()),
                                                       [&](unsigned coalition) { return worth[coalition].at(key); });
            const auto cents = engine::cents_keeping_sum(values);
            for (std::size_t c = 0; c < causes.size(); ++c)
                line.causes.push_back({causes[c].name, values[c], cents[c]});
        }
        comparison.differences.push_back(std::move(line));
    }
    // The totals of all providers after the providers, year by year.
    std::stable_partition(comparison.differences.begin(), comparison.differences.end(),
                          [](const BudgetDifference& d) { return !d.provider.empty(); });
    return comparison;
}

}  // namespace tariffs
