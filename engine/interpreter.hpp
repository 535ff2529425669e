// Computes a compiled formula from the values of the nodes it reads, exactly,
// with the checks of the rule language: division by zero, values that run
// away past a thousand digits, round()'s places and round_to()'s step.
//
// Each part of a formula is computed in place into a register kept from one
// formula to the next, so a model evaluated again and again takes no new
// storage for its intermediate values.
#pragma once

#include "engine/graph.hpp"
#include "engine/number.hpp"

#include <cstddef>
#include <memory>
#include <functional>
#include <vector>

namespace engine {

// The most decimal digits a computed value may have (numerator or denominator):
// far beyond any tariff's exact value (a chain of indexations and divisions
// stays under a hundred digits), and small enough that a formula that runs
// away, squaring a value again and again, stops in microseconds. Every step
// of a formula and every value derived (a rule's, a trajectory's price) is held to it.
inline constexpr std::size_t max_value_digits = 1000;

// Where an interpreter reads the value of a node a formula names.
class NodeReader {
public:
    virtual const Number& read(NodeId node) = 0;

protected:
    ~NodeReader() = default;
};

class Interpreter {
public:
    explicit Interpreter(NodeReader& reader) : reader_(reader) {}
    Interpreter(const Interpreter&) = delete;
    Interpreter& operator=(const Interpreter&) = delete;

    // The value of the formula of `rule` into `into`, before the rule's own
    // rounding. `on_read`, when given, hears each node read on the way the
    // values take (one branch of an `if`), once, in order of first use.
    // Throws InputError.
    void run(const Node& rule, Number& into, const std::function<void(NodeId)>* on_read = nullptr);

private:
    struct Trace {
        const std::function<void(NodeId)>* on_read = nullptr;
        std::vector<NodeId> seen;
    };
    // Registers in use are released when this goes out of scope, also when a check throws.
    struct Held {
        Interpreter& interpreter;
        std::size_t mark;
        explicit Held(Interpreter& i) : interpreter(i), mark(i.used_) {}
        ~Held() { interpreter.used_ = mark; }
    };

    Number& acquire();
    // `scope`: where the code is evaluated (a `sum` body: the item), for messages.
    void eval(const Code& code, const Node& rule, const Scope& scope, Number& into, Trace* trace);
    // A name's or a literal's value where it is, anything else computed into `scratch`.
    const Number& operand(const Code& code, const Node& rule, const Scope& scope, Number& scratch, Trace* trace);
    const Number& read(const Code& code, Trace* trace);
    void eval_binary(const Code& code, const Node& rule, const Scope& scope, Number& into, Trace* trace);
    void eval_call(const Code& code, const Node& rule, const Scope& scope, Number& into, Trace* trace);

    NodeReader& reader_;
    std::vector<std::unique_ptr<Number>> registers_;  // each on its own: it stays where it is while more are added
    std::size_t used_ = 0;
};

}  // namespace engine
