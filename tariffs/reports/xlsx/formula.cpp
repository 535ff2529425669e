#include "tariffs/reports/xlsx/formula.hpp"

#include <utility>

namespace tariffs::xlsx {

std::string wrap(const Piece& piece, int at_least) {
    return piece.precedence >= at_least ? piece.text : "(" + piece.text + ")";
}

std::optional<std::string> round_call(const std::string& x, const std::string& digits, RoundingMode mode) {
    const std::string args = x + "," + digits;
    switch (mode) {
        case RoundingMode::half_up: return "ROUND(" + args + ")";
        case RoundingMode::up: return "ROUNDUP(" + args + ")";
        case RoundingMode::down: return "ROUNDDOWN(" + args + ")";
        case RoundingMode::ceiling: return "IF(" + x + ">=0,ROUNDUP(" + args + "),ROUNDDOWN(" + args + "))";
        case RoundingMode::floor: return "IF(" + x + ">=0,ROUNDDOWN(" + args + "),ROUNDUP(" + args + "))";
        case RoundingMode::half_even:
        case RoundingMode::half_down: break;
    }
    return std::nullopt;
}

std::optional<Piece> rounded(const Piece& x, const std::optional<Piece>& places, const std::optional<Piece>& step,
                             RoundingMode mode) {
    if (step) {
        const std::string quotient = wrap(x, multiplicative) + "/" + wrap(*step, unary);
        auto call = round_call(quotient, "0", mode);
        if (!call) return std::nullopt;
        return Piece{*call + "*" + wrap(*step, unary), multiplicative};
    }
    auto call = round_call(x.text, places ? places->text : "0", mode);
    if (!call) return std::nullopt;
    return Piece{*call, atom};
}

std::string joined(const std::vector<std::string>& parts, const std::string& separator) {
    std::string text;
    for (const auto& part : parts) text += (text.empty() ? "" : separator) + part;
    return text;
}

std::string no_equivalent(RoundingMode mode) {
    return "rounded " + std::string(engine::to_string(mode)) + ": value from the engine";
}

std::optional<std::string> tariff_rounded(const Piece& x, const engine::Rounding& rounding) {
    std::optional<Piece> places, step;
    if (rounding.step) step = Piece{number_text(*rounding.step), atom};
    else places = Piece{std::to_string(rounding.places.value_or(2)), atom};
    auto result = rounded(x, places, step, rounding.mode);
    if (!result) return std::nullopt;
    return result->text;
}

// ---- FormulaWriter ---------------------------------------------------------------

Piece FormulaWriter::rule(const Derivation& derivation) {
    const engine::Definition& definition = *derivation.definition;
    Piece body = expr(*definition.expr, *derivation.scope);
    if (!definition.rounding) return body;
    const engine::Rounding& rounding = *definition.rounding;
    std::optional<Piece> places, step;
    if (rounding.step) step = formula_literal(*rounding.step);
    else places = Piece{std::to_string(rounding.places.value_or(0)), atom};
    auto result = rounded(body, places, step, rounding.mode);
    if (!result) {
        fail(no_equivalent(rounding.mode));
        return body;
    }
    return *result;
}

void FormulaWriter::fail(std::string why) {
    if (problem_.empty()) problem_ = std::move(why);
}

Piece formula_literal(const Number& value) {
    const std::string text = number_text(value);
    const bool simple = value.sign() >= 0 && text.find('/') == std::string::npos;
    return simple ? Piece{text, atom} : Piece{"(" + text + ")", atom};
}

Piece FormulaWriter::expr(const Expr& e, const Scope& context, bool as_condition) {
    switch (e.kind) {
        case ExprKind::literal: return formula_literal(e.value);
        case ExprKind::name: {
            auto cell = name_(context, e.name);
            if (!cell) {
                fail("`" + e.name + "` (in a branch the engine did not take) has no cell: value from the engine");
                return Piece{"0", atom};
            }
            return Piece{*cell, atom};
        }
        case ExprKind::negate: {
            const Piece operand = expr(*e.operands[0], context);
            return Piece{"-" + wrap(operand, unary), unary};
        }
        case ExprKind::binary: return binary(e, context, as_condition);
        case ExprKind::call: return call(e, context);
    }
    return Piece{"0", atom};
}

Piece FormulaWriter::binary(const Expr& e, const Scope& context, bool as_condition) {
    const Piece left = expr(*e.operands[0], context);
    const Piece right = expr(*e.operands[1], context);
    std::string op;
    int precedence = compare;
    switch (e.op) {
        case BinaryOp::add: op = "+", precedence = additive; break;
        case BinaryOp::subtract: op = "-", precedence = additive; break;
        case BinaryOp::multiply: op = "*", precedence = multiplicative; break;
        case BinaryOp::divide: op = "/", precedence = multiplicative; break;
        case BinaryOp::less: op = "<"; break;
        case BinaryOp::less_equal: op = "<="; break;
        case BinaryOp::greater: op = ">"; break;
        case BinaryOp::greater_equal: op = ">="; break;
        case BinaryOp::equal: op = "="; break;
        case BinaryOp::not_equal: op = "<>"; break;
    }
    // Left-associative: the right operand needs parentheses at the same level.
    const int right_needs = precedence == compare ? additive : precedence + 1;
    std::string right_text = wrap(right, right_needs);
    if (!right_text.empty() && right_text[0] == '-') right_text = "(" + right_text + ")";
    Piece result{wrap(left, precedence == compare ? additive : precedence) + op + right_text, precedence};
    // The engine's comparisons give 1 or 0; a spreadsheet's give TRUE or FALSE.
    if (precedence == compare && !as_condition) return Piece{"IF(" + result.text + ",1,0)", atom};
    return result;
}

Piece FormulaWriter::call(const Expr& e, const Scope& context) {
    auto arg = [&](std::size_t i) { return expr(*e.operands[i], context); };
    const RoundingMode mode = e.mode.value_or(RoundingMode::half_up);
    switch (e.function) {
        case Function::if_: {
            const Piece condition = expr(*e.operands[0], context, true);
            return Piece{"IF(" + condition.text + "," + arg(1).text + "," + arg(2).text + ")", atom};
        }
        case Function::min:
        case Function::max: {
            std::string text = e.function == Function::min ? "MIN(" : "MAX(";
            for (std::size_t i = 0; i < e.operands.size(); ++i) text += (i ? "," : "") + arg(i).text;
            return Piece{text + ")", atom};
        }
        case Function::abs: return Piece{"ABS(" + arg(0).text + ")", atom};
        case Function::round:
        case Function::round_to: {
            const Piece value = arg(0);
            const Piece second = arg(1);
            auto result = e.function == Function::round ? rounded(value, second, std::nullopt, mode)
                                                        : rounded(value, std::nullopt, second, mode);
            if (!result) {
                fail(no_equivalent(mode));
                return value;
            }
            return *result;
        }
        case Function::sum: {
            // sum(collection, body) is the body once per item, in the item's scope.
            const Scope::FoundCollection found = context.find_collection(e.name);
            if (!found.collection || found.collection->items.empty()) {
                if (!found.collection) fail("unknown collection `" + e.name + "`: value from the engine");
                return Piece{"0", atom};
            }
            std::string text;
            for (const Scope* item : found.collection->items) {
                std::string part = wrap(expr(*e.operands[0], *item), additive);
                text += text.empty() ? part : (part[0] == '-' ? "+(" + part + ")" : "+" + part);
            }
            return Piece{text, additive};
        }
    }
    return Piece{"0", atom};
}

}  // namespace tariffs::xlsx
