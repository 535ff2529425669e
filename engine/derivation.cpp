#include "engine/derivation.hpp"

namespace engine {

const Derivation& Derivations::of(NodeId node) {
    if (node < by_node_.size() && by_node_[node]) return *by_node_[node];
    Derivation derivation;
    static_cast<Figure&>(derivation) = evaluation_.figure(node);
    std::vector<NodeId> read;
    evaluation_.trace(node, [&](NodeId input) { read.push_back(input); });
    for (NodeId input : read) derivation.inputs.push_back(&of(input));
    const Derivation& built = built_.emplace_back(std::move(derivation));
    if (by_node_.size() <= node) by_node_.resize(evaluation_.graph().size());
    by_node_[node] = &built;
    return built;
}

}  // namespace engine
