// A model's rules compiled once: one node per value a scope needs, its
// formula's names bound to the nodes they read, so nothing is looked up by
// name while evaluating.
//
// A node is a definition at its anchor, the highest scope that gives it the
// same value (see checker.hpp): a staff level's wage cost is one node however
// many products use it. A given value is a node too (an input slot), which an
// evaluation may give another value. Nodes are compiled on first ask, each
// after every node it reads, so a node's number is above those of its
// operands; the graph knows each node's readers, so what a change reaches is
// found by walking them.
#pragma once

#include "engine/address_map.hpp"
#include "engine/checker.hpp"
#include "engine/expr.hpp"
#include "engine/number.hpp"
#include "engine/scope.hpp"

#include <cstdint>
#include <memory>
#include <functional>
#include <limits>
#include <optional>
#include <string_view>
#include <vector>

namespace engine {

using NodeId = std::uint32_t;
inline constexpr NodeId no_node = std::numeric_limits<NodeId>::max();

// A formula with every name bound to the node it reads.
struct Code {
    const Expr* expr = nullptr;  // what it compiles: kind, operator, function, literal, position
    NodeId node = no_node;       // a name: the node it reads
    std::vector<Code> operands;  // as the expression's; `sum`: its body once per item of the collection
    const Scope* scope = nullptr;  // a `sum` body: the item it is evaluated for
};

// A value the host computes from the values of the nodes it reads, in the
// order of Node::reads (a price made of other prices by a procedure of its own).
using HostFunction = std::function<Number(const std::vector<const Number*>& values)>;

struct Node {
    const Definition* definition = nullptr;
    const Scope* scope = nullptr;  // the scope it is evaluated in: its anchor
    Code code;                     // a rule's formula; no `expr` for a given value or a host's node
    HostFunction host;             // a host's node: how its value is computed
    std::vector<NodeId> reads;     // every node the formula reads (both branches of an `if`), each once

    bool given() const { return code.expr == nullptr && !host; }
    std::string_view name() const { return definition->name; }
};

class Graph {
public:
    // Compiling checks through `checker`, which must outlive the graph.
    explicit Graph(Checker& checker) : checker_(checker) {}
    Graph(const Graph&) = delete;
    Graph& operator=(const Graph&) = delete;

    // The node of `name` as `scope` sees it, compiled with everything it reads
    // on first ask. Throws InputError with every problem the check finds.
    NodeId node(const Scope& scope, std::string_view name);
    NodeId node(const Scope& scope, Symbol symbol, std::string_view name);
    // A node the host computes with `compute` from the nodes it reads, `reads`
    // (each once), named by `definition` (which must outlive the graph) in `scope`.
    NodeId add_host(const Definition& definition, const Scope& scope, std::vector<NodeId> reads, HostFunction compute);
    // The node of `definition` evaluated in `scope`, where something compiled
    // reads it there; none where nothing does (a change to it reaches nothing).
    std::optional<NodeId> find(const Scope& scope, const Definition& definition) const;

    const Node& operator[](NodeId id) const { return chunks_[id >> chunk_bits][id & chunk_mask]; }
    std::size_t size() const { return size_; }
    // Every node that depends on one of `from` (those included), each once,
    // nearest first.
    std::vector<NodeId> reach(const std::vector<NodeId>& from) const;

private:
    struct Id {
        NodeId id = no_node;
    };
    NodeId compiled(const Anchored& at);
    NodeId add(Node node);
    // Adds what the code reads to `reads`, each once.
    Code compile(const Expr& expr, const Scope& scope, std::vector<NodeId>& reads);
    // Each node's readers, as ranges of one array: made when first asked for, again when the graph has grown.
    void index_readers() const;

    Checker& checker_;
    static constexpr unsigned chunk_bits = 10;
    static constexpr NodeId chunk_mask = (1u << chunk_bits) - 1;
    // In chunks of 1024 that never move: a node stays where it is while others are compiled.
    std::vector<std::unique_ptr<Node[]>> chunks_;
    std::size_t size_ = 0;
    AddressPairMap<Id> anchored_;  // (anchor, definition) → node
    AddressPairMap<Id> asked_;     // (asking scope, name's symbol) → node: asking again costs one lookup
    mutable std::vector<std::size_t> reader_start_;  // node i's readers: readers_[start[i], start[i + 1])
    mutable std::vector<NodeId> readers_;
};

}  // namespace engine
