#include "engine/coalitions.hpp"

#include <bit>
#include <stdexcept>

namespace engine {

namespace {

// The bits of `coalition` under `mask`, packed: the coalition of a node's own players.
std::size_t packed(unsigned coalition, std::uint32_t mask) {
    std::size_t index = 0, bit = 0;
    for (unsigned p = 0; mask >> p; ++p)
        if (mask & (1u << p)) index |= static_cast<std::size_t>((coalition >> p) & 1u) << bit++;
    return index;
}

}  // namespace

Coalitions::Coalitions(const Graph& graph, Evaluation& base, std::vector<Player> players)
    : graph_(graph), base_(base), players_(std::move(players)), interpreter_(*this) {
    if (players_.size() > 16) throw std::invalid_argument("at most 16 players");
    for (std::size_t p = 0; p < players_.size(); ++p)
        for (const auto& [node, value] : players_[p]) given_by_[node] |= 1u << p;
}

std::uint32_t Coalitions::mask_of(NodeId node) {
    if (auto known = masks_.find(node); known != masks_.end()) return known->second;
    std::uint32_t mask = 0;
    if (auto given = given_by_.find(node); given != given_by_.end()) mask = given->second;
    for (NodeId read : graph_[node].reads) mask |= mask_of(read);
    masks_.emplace(node, mask);
    return mask;
}

Coalitions::Known& Coalitions::known(NodeId node) {
    auto [it, added] = values_.try_emplace(node);
    if (added) {
        it->second.mask = mask_of(node);
        it->second.values.resize(std::size_t{1} << std::popcount(it->second.mask));
    }
    return it->second;
}

const Number& Coalitions::value(NodeId node, unsigned coalition) {
    if (mask_of(node) == 0) return base_.value(node);
    Known& entry = known(node);
    std::optional<Number>& value = entry.values[packed(coalition, entry.mask)];
    if (value) return *value;
    ++computed_;
    const Node& rule = graph_[node];
    if (rule.given()) {  // the last player in the coalition that sets it
        const Number* given = &base_.value(node);
        for (std::size_t p = 0; p < players_.size(); ++p)
            if (coalition & (1u << p))
                for (const auto& [set, to] : players_[p])
                    if (set == node) given = &to;
        return value.emplace(*given);
    }
    // A host's node or a rule: computed by the evaluation's means, reading this coalition's values.
    const unsigned outer = std::exchange(coalition_, coalition);
    try {
        Number result, exact;
        if (rule.host) {
            std::vector<const Number*> values;
            for (NodeId read : rule.reads) values.push_back(&this->read(read));
            result = rule.host(values);
        } else {
            interpreter_.run(rule, rule.definition->rounding ? exact : result);
            if (rule.definition->rounding) result = rule.definition->rounding->apply(exact);
        }
        // Said in full by an evaluation of the coalition (Evaluation reports where the values come from).
        if (rule.definition->range && !rule.definition->range->contains(result))
            throw InputError(rule.definition->pos,
                             msg("`{name}` is outside its range {range} for {scope}",
                                 {arg("name", rule.definition->name), arg("range", rule.definition->range->text),
                                  scope_arg("scope", rule.scope->label())}));
        coalition_ = outer;
        return value.emplace(std::move(result));  // a map's elements stay where they are
    } catch (...) {
        coalition_ = outer;
        throw;
    }
}

const Number& Coalitions::read(NodeId node) { return value(node, coalition_); }

void Coalitions::forget() { values_.clear(); }

}  // namespace engine
