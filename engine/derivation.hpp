// A value with its provenance, read off the compiled graph when asked for:
// the definition it came from, the scope it was evaluated in, and the values
// it was computed from.
#pragma once

#include "engine/evaluation.hpp"

#include <deque>
#include <vector>

namespace engine {

struct Derivation : Figure {
    // The values its formula read, on the way the values took (one branch of
    // an `if`), in order of first use.
    std::vector<const Derivation*> inputs;
};

// The derivations of one evaluation's nodes, each built once, when first
// asked for; a value shared by many products has one derivation.
class Derivations {
public:
    // The evaluation must outlive this, and not change while it is used.
    explicit Derivations(Evaluation& evaluation) : evaluation_(evaluation) {}
    Derivations(const Derivations&) = delete;
    Derivations& operator=(const Derivations&) = delete;

    // The reference stays valid as long as this.
    const Derivation& of(NodeId node);

private:
    Evaluation& evaluation_;
    std::deque<Derivation> built_;  // a deque keeps references stable
    std::vector<const Derivation*> by_node_;
};

}  // namespace engine
