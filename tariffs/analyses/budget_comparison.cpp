#include "tariffs/analyses/budget_comparison.hpp"

#include "engine/shapley.hpp"
#include "tariffs/analyses/variant.hpp"
#include "tariffs/pricing/budgets.hpp"

#include <functional>
#include <map>

namespace tariffs {

namespace {

using engine::Number;

struct Cause {
    std::string name;
    std::function<void(Model&)> apply;
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
    for (const bool index : {false, true}) {
        auto chosen = inputs(index);
        if (chosen.empty()) continue;
        causes.push_back({index ? "indexation" : "tariffs", [chosen](Model& m) {
                              for (const InputChange* change : chosen) change->apply(m);
                          }});
    }
    const BudgetPlan &before = start.budgets, &after = new_model.budgets;
    if (!same_shape(before, after)) {
        causes.push_back({"budget plan", [after](Model& m) { m.budgets.providers = after.providers; }});
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
        causes.push_back({"volumes", [after](Model& m) {
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
        causes.push_back({"availability", [after](Model& m) {
                              for (auto& provider : m.budgets.providers)
                                  provider.availability = provider_named(after, provider.name)->availability;
                          }});
    return causes;
}

// Each provider's total per year (and "" for all of them) under the model.
using Totals = std::map<std::pair<std::string, int>, Number>;

Totals totals_of(const Model& model) {
    Variant variant(model, Variant::Check::lazily);
    const std::unordered_set<std::string> codes = budgeted_products(model);
    const IndexedTariffs indexed = index_tariffs(variant.cost(), model.until, &codes);
    const Budgets budgets = compute_budgets(variant.model(), indexed);
    Totals totals;
    for (const auto& budget : budgets.providers)
        for (const auto& year : budget.years) {
            totals[{budget.provider->name, year.year}] = year.total;
            totals[{"", year.year}] += year.total;
        }
    return totals;
}

}  // namespace

Number BudgetDifference::difference() const { return new_amount.value_or(Number()) - old_amount.value_or(Number()); }

BudgetComparison compare_budgets(const Model& start, const Model& new_model, const std::vector<InputChange>& changes) {
    BudgetComparison comparison;
    if (!start.budgets.present || !new_model.budgets.present) return comparison;
    const std::vector<Cause> causes = causes_of(start, new_model, changes);
    for (const auto& cause : causes) comparison.causes.push_back(cause.name);
    // Every combination of the causes (at most 2^4), each budgeted once.
    std::vector<Totals> worth;
    try {
        for (unsigned coalition = 0; coalition < (1u << causes.size()); ++coalition) {
            Model model = start;
            for (std::size_t c = 0; c < causes.size(); ++c)
                if (coalition & (1u << c)) causes[c].apply(model);
            worth.push_back(totals_of(model));
        }
    } catch (const engine::InputError& error) {
        // Some causes only work together (a volume for a product whose kind changes with the tariffs).
        worth.clear();
        comparison.note = "the causes cannot be varied one by one: with only some of them, " +
                          error.diagnostics().sorted().front().message;
    }
    const Totals old_totals = totals_of(start), new_totals = totals_of(new_model);
    std::map<std::pair<std::string, int>, bool> keys;  // providers in file order would need more: sorted is stable
    for (const auto& [key, _] : old_totals) keys[key] = true;
    for (const auto& [key, _] : new_totals) keys[key] = true;
    const unsigned all = (1u << causes.size()) - 1;
    for (const auto& [key, _] : keys) {
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
