#include "engine/names_used.hpp"

#include <algorithm>

namespace engine {

namespace {

void add_once(std::vector<std::string>& names, const std::string& name) {
    if (std::find(names.begin(), names.end(), name) == names.end()) names.push_back(name);
}

void collect(const Expr& expr, NamesUsed& into) {
    if (expr.kind == ExprKind::name) add_once(into.values, expr.name);
    if (expr.kind == ExprKind::call && expr.function == Function::sum) add_once(into.collections, expr.name);
    for (const auto& operand : expr.operands) collect(*operand, into);
}

}  // namespace

NamesUsed names_used(const Expr& expr) {
    NamesUsed names;
    collect(expr, names);
    return names;
}

}  // namespace engine
