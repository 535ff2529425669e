#include "tariffs/analyses/coalition_prices.hpp"

#include "engine/coalitions.hpp"
#include "tariffs/pricing/trajectory_price.hpp"

#include <algorithm>
#include <map>
#include <memory>
#include <unordered_set>

namespace tariffs {

namespace {

using engine::Number;
using Place = InputChange::Place;

const engine::Scope* scope_of_place(CostModel& cost, const InputChange& change) {
    const Model& model = cost.model();
    switch (change.place) {
        case Place::none: return nullptr;
        case Place::model: return &cost.model_scope();
        case Place::method: return &cost.method_scope();
        case Place::kind: {
            auto kind = cost.kind_scopes().find(change.owner);
            return kind == cost.kind_scopes().end() ? nullptr : kind->second;
        }
        case Place::staff_level: {
            const Role* role = model.find_role(change.owner);
            return role ? &cost.scope_of(*role) : nullptr;
        }
        case Place::product: {
            const Product* product = model.find_product(change.owner);
            return product ? &cost.scope_of(*product) : nullptr;
        }
    }
    return nullptr;
}

// The model without its products, trajectories and what only budgets and
// allocation need: with some products added, a model of those alone.
Model skeleton_of(const Model& model) {
    Model skeleton = model;
    skeleton.products.clear();
    skeleton.product_positions.clear();
    skeleton.budgets = {};
    skeleton.municipalities.clear();
    skeleton.scenarios.clear();
    skeleton.trajectories.clear();
    return skeleton;
}

engine::Message first_problem(const engine::InputError& error) { return error.diagnostics().sorted().front().message; }

}  // namespace

std::optional<std::vector<engine::NodeId>> change_slots(CostModel& cost, const InputChange& change) {
    if (!change.value) return std::nullopt;
    // The model's value replaces those its method and kinds give.
    if (change.place == Place::model) return cost.input_slots(change.input);
    const engine::Scope* scope = scope_of_place(cost, change);
    if (!scope) return std::nullopt;
    const engine::Definition* own = scope->find_local(change.input);
    if (!own || own->kind != engine::Definition::Kind::value) return std::nullopt;
    std::vector<engine::NodeId> slots;
    if (auto node = cost.graph().find(*scope, *own)) slots.push_back(*node);
    return slots;
}

CoalitionPrices::CoalitionPrices(CostModel& start, const std::vector<InputChange>& changes, int year)
    : start_(start), changes_(changes), year_(year), variant_(start) {
    for (const auto& change : changes) slots_.push_back(change_slots(start, change));
}

ChangedModel CoalitionPrices::changed_model(const std::vector<std::size_t>& applied,
                                            const std::vector<std::string>& codes) const {
    const Model& start = start_.model();
    Model model = skeleton_of(start);
    const std::unordered_set<std::string> needed = with_components(start, {codes.begin(), codes.end()});
    for (const auto& product : start.products)
        if (needed.count(product.code)) model.add_product(product);
    for (const auto& trajectory : start.trajectories)
        if (needed.count(trajectory.code)) model.trajectories.push_back(trajectory);
    for (std::size_t index : applied) changes_[index].apply(model);
    return ChangedModel(std::move(model));
}

// Coalition by coalition: every item is priced in the same variant, so what
// items share (a staff level's wage cost, the hours of an FTE) is computed
// once per coalition. A coalition with a change that is not a value has every
// change applied to a small model of its own.
CoalitionTable CoalitionPrices::prices(const std::vector<std::string>& codes, const std::vector<Player>& players) {
    CoalitionTable table;
    table.prices.assign(codes.size(), std::vector<Number>(std::size_t{1} << players.size()));
    table.problems.assign(codes.size(), engine::Message());
    std::vector<bool> priced(codes.size());
    if (year_ <= start_.model().year) priced = by_node_coalitions(codes, players, table);
    for (unsigned coalition = 0; coalition < (1u << players.size()); ++coalition) {
        std::vector<std::size_t> applied;
        for (std::size_t p = 0; p < players.size(); ++p)
            if (coalition & (1u << p)) applied.insert(applied.end(), players[p].changes.begin(), players[p].changes.end());
        std::sort(applied.begin(), applied.end());
        const bool values_only =
            std::all_of(applied.begin(), applied.end(), [&](std::size_t index) { return slots_[index].has_value(); });
        std::unique_ptr<ChangedModel> model;
        std::unique_ptr<Variant> own_variant;
        Variant* variant = &variant_;
        if (values_only) {
            variant_.reset();
            for (std::size_t index : applied) variant_.set(*slots_[index], *changes_[index].value);
        } else {
            try {
                model = std::make_unique<ChangedModel>(changed_model(applied, codes));
            } catch (const engine::InputError& error) {
                for (auto& problem : table.problems)
                    if (problem.empty()) problem = first_problem(error);
                continue;
            }
            own_variant = std::make_unique<Variant>(*model->cost);
            variant = own_variant.get();
        }
        for (std::size_t item = 0; item < codes.size(); ++item) {
            if (priced[item]) continue;
            try {
                table.prices[item][coalition] = variant->price(codes[item], year_);
            } catch (const engine::InputError& error) {
                if (table.problems[item].empty()) table.problems[item] = first_problem(error);
            }
        }
    }
    return table;
}

// In the base year, where every player is values of the start model's nodes:
// each item's prices under all coalitions at once, each node of its graph
// computed once per coalition of the players it depends on. An item some
// coalition cannot price is left to the variants, which say why in full.
std::vector<bool> CoalitionPrices::by_node_coalitions(const std::vector<std::string>& codes,
                                                      const std::vector<Player>& players, CoalitionTable& table) {
    std::vector<bool> priced(codes.size());
    std::vector<engine::Player> values;
    for (const auto& player : players) {
        engine::Player given;
        for (std::size_t index : player.changes) {
            if (!slots_[index]) return priced;
            for (engine::NodeId slot : *slots_[index]) given.emplace_back(slot, *changes_[index].value);
        }
        values.push_back(std::move(given));
    }
    engine::Coalitions coalitions(start_.graph(), start_.values(), std::move(values));
    const Model& model = start_.model();
    for (std::size_t item = 0; item < codes.size(); ++item) {
        const Product* product = model.find_product(codes[item]);
        const engine::NodeId node =
            product ? start_.nodes(*product).price : start_.trajectory_node(*model.find_trajectory(codes[item]));
        try {
            for (unsigned coalition = 0; coalition < (1u << players.size()); ++coalition)
                table.prices[item][coalition] = coalitions.value(node, coalition);
            priced[item] = true;
        } catch (const engine::InputError&) {
        }
        coalitions.forget();
    }
    return priced;
}

}  // namespace tariffs
