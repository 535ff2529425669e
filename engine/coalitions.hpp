// The values of a graph's nodes under every coalition of a few players, each
// player a set of given values that differ from a base evaluation: what an
// exact Shapley split needs.
//
// A node is computed once per coalition of the players it depends on, not
// once per coalition of all of them: a staff level's wage cost that only two
// of ten changed inputs reach is computed four times, not 1024.
#pragma once

#include "engine/evaluation.hpp"
#include "engine/graph.hpp"
#include "engine/interpreter.hpp"
#include "engine/number.hpp"

#include <cstdint>
#include <optional>
#include <unordered_map>
#include <utility>
#include <vector>

namespace engine {

// One player: given values, each node's new value.
using Player = std::vector<std::pair<NodeId, Number>>;

class Coalitions : private NodeReader {
public:
    // At most 16 players. The graph and the base must outlive this, and the
    // base not change while it is used.
    Coalitions(const Graph& graph, Evaluation& base, std::vector<Player> players);
    Coalitions(const Coalitions&) = delete;
    Coalitions& operator=(const Coalitions&) = delete;

    // The node's value with the players whose bits are set in `coalition`.
    // Throws InputError where those values make a rule impossible.
    const Number& value(NodeId node, unsigned coalition);
    // Drops every value computed (not what each node depends on), so memory
    // stays that of the nodes asked for since: call it between unrelated questions.
    void forget();
    // How many values were computed (a given value set by a player counts too).
    std::size_t computed() const { return computed_; }

private:
    struct Known {
        std::uint32_t mask = 0;  // the players the node depends on
        std::vector<std::optional<Number>> values;  // by the coalition of those players
    };

    Known& known(NodeId node);
    std::uint32_t mask_of(NodeId node);
    const Number& read(NodeId node) override;

    const Graph& graph_;
    Evaluation& base_;
    std::vector<Player> players_;
    std::unordered_map<NodeId, std::uint32_t> given_by_;  // a given value: the players that set it
    std::unordered_map<NodeId, std::uint32_t> masks_;
    std::unordered_map<NodeId, Known> values_;
    unsigned coalition_ = 0;  // of the value being computed
    std::size_t computed_ = 0;
    Interpreter interpreter_;
};

}  // namespace engine
