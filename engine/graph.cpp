#include "engine/graph.hpp"

#include <algorithm>

namespace engine {

NodeId Graph::node(const Scope& scope, std::string_view name) { return node(scope, intern(name), name); }

NodeId Graph::node(const Scope& scope, Symbol symbol, std::string_view name) {
    const Definition* definition = scope.find(symbol).definition;
    if (definition)
        if (const Id* known = asked_.find({&scope, definition}); known && known->id != no_node) return known->id;
    const NodeId id = compiled(checker_.anchor(scope, symbol, name));
    asked_[{&scope, definition}].id = id;
    return id;
}

std::optional<NodeId> Graph::find(const Scope& scope, const Definition& definition) const {
    const Id* known = anchored_.find({&scope, &definition});
    if (!known || known->id == no_node) return std::nullopt;
    return known->id;
}

namespace {

void collect_reads(const Code& code, std::vector<NodeId>& reads) {
    if (code.node != no_node && std::find(reads.begin(), reads.end(), code.node) == reads.end())
        reads.push_back(code.node);
    for (const Code& operand : code.operands) collect_reads(operand, reads);
}

}  // namespace

// The checker has walked everything below `at` (anchor() checks first), so
// compiling meets no unknown name and no cycle.
NodeId Graph::compiled(const Anchored& at) {
    if (const Id* known = anchored_.find({at.scope, at.definition}); known && known->id != no_node) return known->id;
    Node node;
    node.definition = at.definition;
    node.scope = at.scope;
    if (at.definition->kind == Definition::Kind::formula) {
        node.code = compile(*at.definition->expr, *at.scope);
        collect_reads(node.code, node.reads);
    }
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
    const auto id = static_cast<NodeId>(nodes_.size());
    for (NodeId read : node.reads) readers_[read].push_back(id);
    nodes_.push_back(std::move(node));
    readers_.emplace_back();
    return id;
}

Code Graph::compile(const Expr& expr, const Scope& scope) {
    Code code;
    code.expr = &expr;
    if (expr.kind == ExprKind::name) {
        code.node = node(scope, expr.symbol, expr.name);
    } else if (expr.kind == ExprKind::call && expr.function == Function::sum) {
        // The body is evaluated in each item's own scope.
        for (const Scope* item : scope.find_collection(expr.symbol).collection->items) {
            code.operands.push_back(compile(*expr.operands[0], *item));
            code.operands.back().scope = item;
        }
    } else {
        for (const auto& operand : expr.operands) code.operands.push_back(compile(*operand, scope));
    }
    return code;
}

std::vector<NodeId> Graph::reach(const std::vector<NodeId>& from) const {
    std::vector<bool> seen(nodes_.size());
    std::vector<NodeId> reached;
    for (NodeId start : from)
        if (!seen[start]) {
            seen[start] = true;
            reached.push_back(start);
        }
    for (std::size_t i = 0; i < reached.size(); ++i)
        for (NodeId reader : readers_[reached[i]])
            if (!seen[reader]) {
                seen[reader] = true;
                reached.push_back(reader);
            }
    return reached;
}

}  // namespace engine
