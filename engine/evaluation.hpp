// The values of a compiled graph's nodes, each computed when first asked for
// and kept.
//
// An evaluation over a base holds only what its own values change: setting a
// given value marks the nodes that read it, at any distance, as this
// evaluation's own, to be computed again when asked for; every other node's
// value is the base's, shared. Setting another value, or resetting, recomputes
// again only what that reaches, so one evaluation serves any number of
// variants one after another without growing.
//
// A value the rules make impossible (a division by zero, a rule outside its
// range) throws InputError when asked for, located as the model writes it.
#pragma once

#include "engine/diagnostic.hpp"
#include "engine/graph.hpp"
#include "engine/number.hpp"

#include <cstddef>
#include <cstdint>
#include <deque>
#include <functional>
#include <optional>
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

class Evaluation {
public:
    // The values as the model gives them. The graph must outlive the evaluation.
    explicit Evaluation(const Graph& graph) : graph_(graph) {}
    // Values that differ from `base` only where set() makes them differ. The
    // base must not change while this evaluation is used.
    Evaluation(const Graph& graph, Evaluation& base) : graph_(graph), base_(&base) {}
    Evaluation(const Evaluation&) = delete;
    Evaluation& operator=(const Evaluation&) = delete;

    const Graph& graph() const { return graph_; }

    // The node's value. The reference stays valid until a value it depends on
    // is set or the evaluation is reset.
    const Number& value(NodeId node);
    // The exact value before the node's rule rounds it (its value where it does not).
    const Number& exact(NodeId node);
    Figure figure(NodeId node);

    // Gives the given value `node` another value.
    void set(NodeId node, const Number& value);
    // Drops every value set: back to the base's values (or the model's).
    void reset();
    // Whether `node`'s value may differ from the base's: it is, or depends
    // on, a value set here.
    bool changed(NodeId node) const;

    // Calls `read` with each node the formula of `node` reads on the way its
    // values take (one branch of an `if`), in order of first use, each once.
    void trace(NodeId node, const std::function<void(NodeId)>& read);

    // How many values were computed: each node counts once per computation.
    std::size_t computed() const { return computed_; }

private:
    struct Slot {
        Number value;       // set, or computed by a rule
        Number exact;       // a rounded rule's value before rounding
        std::uint32_t stamp = 0;  // over a base: the node is this evaluation's own when it is the generation
        bool fresh = false;       // its value is up to date
        bool set = false;         // given another value here
    };
    // Which nodes a trace has recorded, in order.
    struct Trace {
        const std::function<void(NodeId)>* read = nullptr;
        std::vector<NodeId> seen;
    };

    Slot& slot(NodeId node);
    bool own(const Slot& slot) const { return !base_ || slot.stamp == generation_; }
    void compute(NodeId node, Slot& slot);
    void mark_readers(NodeId node);
    // `scope`: where the code is evaluated (a `sum` body: the item), for messages.
    Number eval(const Code& code, const Node& rule, const Scope& scope, Trace* trace);
    const Number& operand(const Code& code, const Node& rule, const Scope& scope, Number& scratch, Trace* trace);
    Number eval_binary(const Code& code, const Node& rule, const Scope& scope, Trace* trace);
    Number eval_call(const Code& code, const Node& rule, const Scope& scope, Trace* trace);
    [[noreturn]] void report_out_of_range(NodeId node, const Number& value);

    const Graph& graph_;
    Evaluation* base_ = nullptr;
    std::deque<Slot> slots_;     // a deque: references stay valid while the graph grows
    std::uint32_t generation_ = 1;
    std::vector<NodeId> set_;    // the nodes given another value (without a base: to undo them)
    std::size_t computed_ = 0;
};

}  // namespace engine
