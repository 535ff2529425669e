// The values of a compiled graph's nodes, each computed when first asked for
// and kept.
//
// A variant is an evaluation over a base that gives some given values other
// values (set). Asked for a node, it first finds whether the node depends on
// a value set here, by walking what the node reads, once per node and
// variant; a node that does not is the base's, shared, and one that does is
// computed here. Reset drops every value set in constant time, so one
// evaluation serves any number of variants one after another without growing,
// and each costs only the nodes asked for that its values reach.
//
// A value the rules make impossible (a division by zero, a rule outside its
// range) throws InputError when asked for, located as the model writes it.
#pragma once

#include "engine/diagnostic.hpp"
#include "engine/graph.hpp"
#include "engine/interpreter.hpp"
#include "engine/number.hpp"

#include <cstddef>
#include <cstdint>
#include <deque>
#include <functional>
#include <memory>
#include <unordered_map>
#include <optional>
#include <utility>
#include <vector>

namespace engine {

// A value the graph computed: which definition in which scope, and its value.
struct Figure {
    const Definition* definition = nullptr;
    const Scope* scope = nullptr;  // where it was evaluated: its anchor
    NodeId node = no_node;
    Number value;
    std::optional<Number> unrounded;  // the exact value before the rule's own rounding

    std::string_view name() const { return definition->name; }
};

class Evaluation : private NodeReader {
public:
    // The values as the model gives them. The graph must outlive the evaluation.
    explicit Evaluation(const Graph& graph) : graph_(graph), interpreter_(*this) {}
    // A variant of `base`: its values but where set() gives others. The base
    // must outlive this and give the same values while this is used.
    Evaluation(const Graph& graph, Evaluation& base) : graph_(graph), base_(&base), interpreter_(*this) {}
    Evaluation(const Evaluation&) = delete;
    Evaluation& operator=(const Evaluation&) = delete;

    const Graph& graph() const { return graph_; }

    // The node's value. The reference stays valid until the next set() or reset().
    const Number& value(NodeId node);
    // The exact value before the node's rule rounds it (its value where it does not).
    const Number& exact(NodeId node);
    Figure figure(NodeId node);
    // The value of `node` were the given value `slot` `value`, computing again
    // only what depends on the slot; nothing is kept.
    Number value_with(NodeId node, NodeId slot, const Number& value);

    // A variant's given value `node` is `value` (the node must be a given
    // value, and the evaluation a variant), written as `written` says (its
    // text and place, for what is said of it) where given. Values asked for
    // before see the change.
    void set(NodeId node, const Number& value, const Definition* written = nullptr);
    // Drops every value set: the variant is its base again.
    void reset();
    // Whether the node's value may differ from the base's: it is, or reads at
    // any distance, a value set here. False without a base.
    bool changed(NodeId node);

    // Calls `read` with each node the formula of `node` reads on the way its
    // values take (one branch of an `if`), in order of first use, each once.
    void trace(NodeId node, const std::function<void(NodeId)>& read);

    // How many values were computed: each node counts once per computation.
    std::size_t computed() const { return computed_; }

private:
    struct Slot {
        Number value;       // set here, or computed by a rule
        std::uint32_t stamp = 0;  // a variant's knowledge of the node is of this generation
        bool changed = false;     // it is, or reads, a value set here
        bool fresh = false;       // its value is computed (or set)
        bool set = false;         // given another value here
        const Definition* written = nullptr;  // set: where the value is written, if given
    };
    // A slot given another value for one computation (value_with).
    struct Substitution {
        NodeId slot = no_node;
        const Number* value = nullptr;
        // Nodes depending on the slot, computed so far (each on its own: a reference to one stays valid).
        std::vector<std::unique_ptr<std::pair<NodeId, Number>>> computed;
        std::vector<std::pair<NodeId, bool>> depends;    // whether a node depends on the slot
    };

    static constexpr unsigned chunk_bits = 10;  // slots are kept in chunks of 1024, which never move

    Slot& slot(NodeId node) {
        const std::size_t chunk = node >> chunk_bits;
        if (chunk >= chunks_.size()) add_chunks(chunk);
        return chunks_[chunk][node & ((1u << chunk_bits) - 1)];
    }
    void add_chunks(std::size_t up_to);
    // The slot of a node this evaluation computes; none where the base's value holds.
    Slot* own(NodeId node);
    void reset_generation();
    // The definition that gives the node's value: where a set value is written, if given.
    const Definition& definition_of(NodeId node);
    void compute(NodeId node, Slot& slot);
    // The node's value computed from what it reads into `value`; a rounded rule's exact value into `exact`.
    void compute_into(NodeId node, Number& value, Number& exact);
    bool depends_on(NodeId node, Substitution& with) const;
    // A node's value as a formula reads it: substituted during value_with.
    const Number& read(NodeId node) override;
    [[noreturn]] void report_out_of_range(NodeId node, const Number& value);

    const Graph& graph_;
    Evaluation* base_ = nullptr;
    std::vector<std::unique_ptr<Slot[]>> chunks_;
    std::unordered_map<NodeId, Number> exact_;  // a rounded rule's value before rounding (few nodes round)
    Interpreter interpreter_;
    std::uint32_t generation_ = 1;
    struct Set {
        NodeId node;
        Number value;
        const Definition* written;
    };
    std::vector<Set> set_;  // the values set since the last reset
    NodeId lowest_set_ = no_node;  // no node below the lowest set can read it (a node reads lower numbers only)
    bool asked_ = false;           // a value was asked for since the generation began
    Substitution* substitution_ = nullptr;  // during value_with
    std::size_t computed_ = 0;
};

}  // namespace engine
