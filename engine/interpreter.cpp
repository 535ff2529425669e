#include "engine/interpreter.hpp"

#include "engine/diagnostic.hpp"
#include "engine/printer.hpp"
#include "engine/text_check.hpp"

#include <algorithm>
#include <string>
#include <utility>

namespace engine {

namespace {
constexpr int max_round_places = 100;

bool truth(const Number& value) { return !value.is_zero(); }

// A part of a formula as the model writes it.
std::string source_text(const Expr& expr, const Definition& rule) {
    const auto begin = static_cast<std::size_t>(expr.begin), end = static_cast<std::size_t>(expr.end);
    if (end > begin && end <= rule.text.size()) return rule.text.substr(begin, end - begin);
    return to_text(expr);
}
}  // namespace

void Interpreter::run(const Node& rule, Number& into, const std::function<void(NodeId)>* on_read) {
    Trace trace{on_read, {}};
    eval(rule.code, rule, *rule.scope, into, on_read ? &trace : nullptr);
}

Number& Interpreter::acquire() {
    if (used_ == registers_.size()) registers_.push_back(std::make_unique<Number>());
    return *registers_[used_++];
}

const Number& Interpreter::read(const Code& code, Trace* trace) {
    const Number& value = reader_.read(code.node);
    if (trace && std::find(trace->seen.begin(), trace->seen.end(), code.node) == trace->seen.end()) {
        trace->seen.push_back(code.node);
        (*trace->on_read)(code.node);
    }
    return value;
}

const Number& Interpreter::operand(const Code& code, const Node& rule, const Scope& scope, Number& scratch,
                                   Trace* trace) {
    if (code.expr->kind == ExprKind::literal) return code.expr->value;
    if (code.expr->kind == ExprKind::name) return read(code, trace);
    eval(code, rule, scope, scratch, trace);
    return scratch;
}

void Interpreter::eval(const Code& code, const Node& rule, const Scope& scope, Number& into, Trace* trace) {
    switch (code.expr->kind) {
        case ExprKind::literal: into = code.expr->value; return;
        case ExprKind::name: into = read(code, trace); return;
        case ExprKind::negate:
            eval(code.operands[0], rule, scope, into, trace);
            into.negate();
            return;
        case ExprKind::binary: return eval_binary(code, rule, scope, into, trace);
        case ExprKind::call: return eval_call(code, rule, scope, into, trace);
    }
}

void Interpreter::eval_binary(const Code& code, const Node& rule, const Scope& scope, Number& into, Trace* trace) {
    const Expr& expr = *code.expr;
    const Definition& definition = *rule.definition;
    Held held(*this);
    Number& left_scratch = acquire();
    Number& right_scratch = acquire();
    const Number& left = operand(code.operands[0], rule, scope, left_scratch, trace);
    const Number& right = operand(code.operands[1], rule, scope, right_scratch, trace);
    switch (expr.op) {
        case BinaryOp::add: into.set_sum(left, right); break;
        case BinaryOp::subtract: into.set_difference(left, right); break;
        case BinaryOp::multiply: into.set_product(left, right); break;
        case BinaryOp::divide:
            if (right.is_zero())
                throw InputError(expr.pos, msg("division by zero in rule `{rule}` for {scope}: {divisor} is 0",
                                               {engine::arg("rule", definition.name), scope_arg("scope", scope.label()),
                                                engine::arg("divisor", quote(source_text(*expr.operands[1], definition)))}));
            into.set_quotient(left, right);
            break;
        case BinaryOp::less: into = left < right ? 1 : 0; return;
        case BinaryOp::less_equal: into = left <= right ? 1 : 0; return;
        case BinaryOp::greater: into = left > right ? 1 : 0; return;
        case BinaryOp::greater_equal: into = left >= right ? 1 : 0; return;
        case BinaryOp::equal: into = left == right ? 1 : 0; return;
        case BinaryOp::not_equal: into = left == right ? 0 : 1; return;
    }
    if (into.digits() > max_value_digits)
        throw InputError(expr.pos, msg("rule `{rule}` for {scope}: {formula} grows beyond {digits} digits; a formula "
                                       "that runs away is refused",
                                       {engine::arg("rule", definition.name), scope_arg("scope", scope.label()),
                                        engine::arg("formula", quote(source_text(expr, definition))),
                                        engine::arg("digits", static_cast<long long>(max_value_digits))}));
}

void Interpreter::eval_call(const Code& code, const Node& rule, const Scope& scope, Number& into, Trace* trace) {
    const Expr& expr = *code.expr;
    const Definition& definition = *rule.definition;
    Held held(*this);
    const auto arg = [&](std::size_t index, Number& to) { eval(code.operands[index], rule, scope, to, trace); };
    const RoundingMode mode = expr.mode.value_or(RoundingMode::half_up);
    switch (expr.function) {
        case Function::if_: {
            Number& condition = acquire();
            arg(0, condition);
            return arg(truth(condition) ? 1 : 2, into);
        }
        case Function::abs:
            arg(0, into);
            if (into.sign() < 0) into.negate();
            return;
        case Function::min:
        case Function::max: {
            arg(0, into);
            Number& next = acquire();
            for (std::size_t i = 1; i < code.operands.size(); ++i) {
                arg(i, next);
                if (expr.function == Function::min ? next < into : next > into) into.swap(next);
            }
            return;
        }
        case Function::round: {
            Number& value = acquire();
            Number& places = acquire();
            arg(0, value);
            arg(1, places);
            if (!places.is_integer() || places < 0 || places > max_round_places)
                throw InputError(expr.operands[1]->pos,
                                 msg("round() in rule `{rule}` needs whole places from 0 to {max}",
                                     {engine::arg("rule", definition.name),
                                      engine::arg("max", static_cast<long long>(max_round_places))}));
            // Through text: Boost 1.74 converts GMP integers by way of binary floats.
            into = round_places(value, std::stoi(places.numerator().str()), mode);
            return;
        }
        case Function::round_to: {
            Number& value = acquire();
            Number& step = acquire();
            arg(0, value);
            arg(1, step);
            if (step.sign() <= 0)
                throw InputError(expr.operands[1]->pos,
                                 msg("round_to() in rule `{rule}` needs a step above 0", {engine::arg("rule", definition.name)}));
            into = round_to_step(value, step, mode);
            return;
        }
        case Function::sum: {
            into = 0;
            Number& term = acquire();
            for (const Code& body : code.operands) {
                eval(body, rule, *body.scope, term, trace);
                into += term;
            }
            return;
        }
    }
}

}  // namespace engine
