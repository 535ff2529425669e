// The prices of some products and trajectories of a model under every
// coalition of a set of changes: what the Shapley split of a comparison
// needs. A change of a value is a new value for a node of the compiled model
// (a variant); a coalition that holds another change (a rule, a staff mix,
// the indexation) is priced in a small model of its own, with its changes
// applied: the model without its other products.
#pragma once

#include "engine/message.hpp"
#include "engine/number.hpp"
#include "tariffs/analyses/model_diff.hpp"
#include "tariffs/analyses/variant.hpp"
#include "tariffs/pricing/cost_model.hpp"

#include <optional>
#include <string>
#include <vector>

namespace tariffs {

// A player in the attribution: one change, or every change of a section.
struct Player {
    std::string name;
    std::vector<std::size_t> changes;  // indexes into the changes
};

// Each item's price under each coalition (bit p: player p's changes applied),
// or, where a coalition cannot be priced, the first problem it meets.
struct CoalitionTable {
    std::vector<std::vector<engine::Number>> prices;  // [item][coalition]
    std::vector<engine::Message> problems;                // [item]: empty where every coalition is priced
};

// The nodes of `cost` whose value `change` gives anew; none where the change
// is not one of a value there.
std::optional<std::vector<engine::NodeId>> change_slots(CostModel& cost, const InputChange& change);

class CoalitionPrices {
public:
    // `start` (compiled and checked) and `changes` must outlive this.
    CoalitionPrices(CostModel& start, const std::vector<InputChange>& changes, int year);

    // The prices of `codes` (products and trajectories of the start model) in
    // the year, under every coalition of `players` (at most 16).
    CoalitionTable prices(const std::vector<std::string>& codes, const std::vector<Player>& players);

private:
    // The start model with `applied` changes, holding only `codes` and what they are made of.
    ChangedModel changed_model(const std::vector<std::size_t>& applied, const std::vector<std::string>& codes) const;
    // Fills the table where it can by engine::Coalitions; which items it priced.
    std::vector<bool> by_node_coalitions(const std::vector<std::string>& codes, const std::vector<Player>& players,
                                         CoalitionTable& table);

    CostModel& start_;
    const std::vector<InputChange>& changes_;
    int year_;
    Variant variant_;
    std::vector<std::optional<std::vector<engine::NodeId>>> slots_;  // each change's nodes in the start model
};

}  // namespace tariffs
