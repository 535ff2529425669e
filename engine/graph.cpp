#include "engine/graph.hpp"

#include <algorithm>
#include <cstdint>

namespace engine {

NodeId Graph::node(const Scope& scope, std::string_view name) { return node(scope, intern(name), name); }

namespace {

// A symbol as the second half of a key of addresses (never null).
const void* key_of(Symbol symbol) { return reinterpret_cast<const void*>(static_cast<std::uintptr_t>(symbol) + 1); }

}  // namespace

NodeId Graph::node(const Scope& scope, Symbol symbol, std::string_view name) {
    if (const Id* known = asked_.find({&scope, key_of(symbol)}); known && known->id != no_node) return known->id;
    const NodeId id = compiled(checker_.anchor(scope, symbol, name));
    asked_[{&scope, key_of(symbol)}].id = id;
    return id;
}

std::optional<NodeId> Graph::find(const Scope& scope, const Definition& definition) const {
    const Id* known = anchored_.find({&scope, &definition});
    if (!known || known->id == no_node) return std::nullopt;
    return known->id;
}

// The checker has walked everything below `at` (anchor() checks first), so
// compiling meets no unknown name and no cycle.
NodeId Graph::compiled(const Anchored& at) {
    if (const Id* known = anchored_.find({at.scope, at.definition}); known && known->id != no_node) return known->id;
    Node node;
    node.definition = at.definition;
    node.scope = at.scope;
    if (at.definition->kind == Definition::Kind::formula) node.code = compile(*at.definition->expr, *at.scope, node.reads);
    const NodeId id = add(std::move(node));
    anchored_[{at.scope, at.definition}].id = id;
    return id;
}

NodeId Graph::add_host(const Definition& definition, const Scope& scope, std::vector<NodeId> reads,
                       HostFunction compute) {
    Node node;
    node.definition = &definition;
    node.scope = &scope;
    node.host = std::move(compute);
    for (NodeId read : reads)
        if (std::find(node.reads.begin(), node.reads.end(), read) == node.reads.end()) node.reads.push_back(read);
    return add(std::move(node));
}

NodeId Graph::add(Node node) {
    const auto id = static_cast<NodeId>(size_);
    if ((id >> chunk_bits) >= chunks_.size()) chunks_.push_back(std::make_unique<Node[]>(std::size_t{1} << chunk_bits));
    chunks_[id >> chunk_bits][id & chunk_mask] = std::move(node);
    ++size_;
    return id;
}

Code Graph::compile(const Expr& expr, const Scope& scope, std::vector<NodeId>& reads) {
    Code code;
    code.expr = &expr;
    if (expr.kind == ExprKind::name) {
        code.node = node(scope, expr.symbol, expr.name);
        if (std::find(reads.begin(), reads.end(), code.node) == reads.end()) reads.push_back(code.node);
        return code;
    }
    code.operands.reserve(expr.operands.size());
    if (expr.kind == ExprKind::call && expr.function == Function::sum) {
        // The body is evaluated in each item's own scope.
        for (const Scope* item : scope.find_collection(expr.symbol).collection->items) {
            code.operands.push_back(compile(*expr.operands[0], *item, reads));
            code.operands.back().scope = item;
        }
    } else {
        for (const auto& operand : expr.operands) code.operands.push_back(compile(*operand, scope, reads));
    }
    return code;
}

void Graph::index_readers() const {
    if (!reader_start_.empty() && reader_start_.size() == size_ + 1) return;
    reader_start_.assign(size_ + 1, 0);
    for (std::size_t id = 0; id < size_; ++id)
        for (NodeId read : (*this)[static_cast<NodeId>(id)].reads) ++reader_start_[read + 1];
    for (std::size_t i = 1; i < reader_start_.size(); ++i) reader_start_[i] += reader_start_[i - 1];
    readers_.assign(reader_start_.back(), no_node);
    std::vector<std::size_t> next(reader_start_.begin(), reader_start_.end() - 1);
    for (std::size_t id = 0; id < size_; ++id)
        for (NodeId read : (*this)[static_cast<NodeId>(id)].reads) readers_[next[read]++] = static_cast<NodeId>(id);
}

std::vector<NodeId> Graph::reach(const std::vector<NodeId>& from) const {
    index_readers();
    std::vector<bool> seen(size_);
    std::vector<NodeId> reached;
    for (NodeId start : from)
        if (!seen[start]) {
            seen[start] = true;
            reached.push_back(start);
        }
    for (std::size_t i = 0; i < reached.size(); ++i)
        for (std::size_t r = reader_start_[reached[i]]; r < reader_start_[reached[i] + 1]; ++r)
            if (const NodeId reader = readers_[r]; !seen[reader]) {
                seen[reader] = true;
                reached.push_back(reader);
            }
    return reached;
}

}  // namespace engine
