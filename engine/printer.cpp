#include "engine/printer.hpp"

#include "engine/decimal.hpp"

namespace engine {

namespace {

int precedence(const Expr& expr) {
    if (expr.kind == ExprKind::negate) return 4;
    if (expr.kind != ExprKind::binary) return 5;
    switch (expr.op) {
        case BinaryOp::add: case BinaryOp::subtract: return 2;
        case BinaryOp::multiply: case BinaryOp::divide: return 3;
        default: return 1;
    }
}

std::string operand(const Expr& expr, int parent_precedence, bool right_side) {
    const int own = precedence(expr);
    // The right side of - and / needs parentheses at equal precedence: a - (b - c);
    // comparisons do not chain, so either side of one does: (a < b) == c.
    const bool comparison = parent_precedence == 1;
    const bool parens = own < parent_precedence || ((right_side || comparison) && own == parent_precedence);
    return parens ? "(" + to_text(expr) + ")" : to_text(expr);
}

std::string literal(const Number& value) {
    auto exact = value.to_exact_decimal();
    return exact ? *exact : value.to_fraction_string();
}

std::string call(const Expr& expr) {
    std::string text = std::string(to_string(expr.function)) + "(";
    bool first = true;
    auto add = [&](const std::string& argument) {
        if (!first) text += ", ";
        text += argument;
        first = false;
    };
    if (!expr.name.empty()) add(expr.name);
    for (const auto& argument : expr.operands) add(to_text(*argument));
    if (expr.mode) add(std::string(to_string(*expr.mode)));
    return text + ")";
}

}  // namespace

std::string to_text(const Expr& expr) {
    switch (expr.kind) {
        case ExprKind::literal: return expr.unit.empty() ? literal(expr.value) : literal(expr.value) + " " + expr.unit;
        case ExprKind::name: return expr.name;
        case ExprKind::negate: return "-" + operand(*expr.operands[0], 4, false);
        case ExprKind::binary: {
            const int own = precedence(expr);
            return operand(*expr.operands[0], own, false) + " " + std::string(to_string(expr.op)) +
                   " " + operand(*expr.operands[1], own, true);
        }
        case ExprKind::call: return call(expr);
    }
    return "?";
}

}  // namespace engine
