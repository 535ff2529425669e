#include "engine/evaluation.hpp"

#include "engine/decimal.hpp"
#include "engine/printer.hpp"

#include <algorithm>
#include <stdexcept>
#include <string>
#include <utility>

namespace engine {

namespace {
constexpr int max_round_places = 100;
// Far beyond any tariff's exact value (a chain of indexations and divisions
// stays under a hundred digits), and small enough that a formula that runs
// away, squaring a value again and again, stops in microseconds.
constexpr std::size_t max_value_digits = 1000;
}  // namespace

Evaluation::Slot& Evaluation::slot(NodeId node) {
    if (node >= slots_.size()) slots_.resize(graph_.size());
    return slots_[node];
}

// A variant learns of each node once per generation whether it reads, at any
// distance, a value set here; a node below the lowest value set cannot.
Evaluation::Slot* Evaluation::own(NodeId node) {
    Slot& here = slot(node);
    if (!base_) return &here;
    asked_ = true;
    if (here.stamp != generation_) {
        here.stamp = generation_;
        here.fresh = here.set = here.changed = false;
        if (lowest_set_ != no_node && node > lowest_set_)
            for (NodeId read : graph_[node].reads)
                if (own(read)) {
                    here.changed = true;
                    break;
                }
    }
    return here.changed ? &here : nullptr;
}

const Number& Evaluation::value(NodeId node) {
    Slot* mine = own(node);
    if (!mine) return base_->value(node);
    if (!mine->fresh) compute(node, *mine);
    const Node& rule = graph_[node];
    return rule.given() && !mine->set ? rule.definition->value : mine->value;
}

const Number& Evaluation::exact(NodeId node) {
    const Node& rule = graph_[node];
    if (rule.given() || !rule.definition->rounding) return value(node);
    Slot* mine = own(node);
    if (!mine) return base_->exact(node);
    if (!mine->fresh) compute(node, *mine);
    return mine->exact;
}

Figure Evaluation::figure(NodeId node) {
    const Node& rule = graph_[node];
    Figure figure{&definition_of(node), rule.scope, node, value(node), std::nullopt};
    if (!rule.given() && rule.definition->rounding) figure.unrounded = exact(node);
    return figure;
}

void Evaluation::compute(NodeId node, Slot& here) {
    ++computed_;
    if (!graph_[node].given()) here.value = result_of(node, here.exact);  // a given value is its definition's
    here.fresh = true;
}

Number Evaluation::result_of(NodeId node, Number& exact) {
    const Node& rule = graph_[node];
    Number result;
    if (rule.host) {
        std::vector<const Number*> values;
        values.reserve(rule.reads.size());
        for (NodeId read : rule.reads) values.push_back(&this->read(read));
        result = rule.host(values);
    } else {
        result = eval(rule.code, rule, *rule.scope, nullptr);
    }
    const Definition& definition = *rule.definition;
    if (definition.rounding) {
        exact = std::move(result);
        result = definition.rounding->apply(exact);
    }
    if (definition.range && !definition.range->contains(result)) report_out_of_range(node, result);
    return result;
}

void Evaluation::set(NodeId node, const Number& value, const Definition* written) {
    if (!base_) throw std::logic_error("a value is set in a variant, not in the model's own evaluation");
    auto known = std::find_if(set_.begin(), set_.end(), [&](const Set& done) { return done.node == node; });
    if (known != set_.end()) *known = {node, value, written};
    else set_.push_back({node, value, written});
    // What was asked for before may read it: a new generation, with every value set again.
    const bool again = asked_;
    if (again) reset_generation();
    for (const Set& each : set_) {
        if (!again && each.node != node) continue;
        Slot& here = slot(each.node);
        here.stamp = generation_;
        here.value = each.value;
        here.written = each.written;
        here.set = here.fresh = here.changed = true;
        lowest_set_ = std::min(lowest_set_, each.node);
    }
}

const Definition& Evaluation::definition_of(NodeId node) {
    if (const Slot* mine = base_ ? own(node) : nullptr; mine && mine->set && mine->written) return *mine->written;
    return *graph_[node].definition;
}

void Evaluation::reset() {
    set_.clear();
    reset_generation();
}

void Evaluation::reset_generation() {
    if (++generation_ == 0) {  // after four billion variants: every stamp is old
        for (Slot& each : slots_) each.stamp = 0;
        generation_ = 1;
    }
    lowest_set_ = no_node;
    asked_ = false;
}

bool Evaluation::changed(NodeId node) { return base_ && own(node); }

const Number& Evaluation::read(NodeId node) {
    if (substitution_ && node >= substitution_->slot) {
        Substitution& with = *substitution_;
        if (node == with.slot) return *with.value;
        if (depends_on(node, with)) {
            for (const auto& [done, value] : with.computed)
                if (done == node) return value;
            Number exact;
            Number value = result_of(node, exact);
            return with.computed.emplace_back(node, std::move(value)).second;
        }
    }
    return value(node);
}

bool Evaluation::depends_on(NodeId node, Substitution& with) const {
    if (node == with.slot) return true;
    if (node < with.slot) return false;
    for (const auto& [known, depends] : with.depends)
        if (known == node) return depends;
    bool depends = false;
    for (NodeId read : graph_[node].reads)
        if (depends_on(read, with)) {
            depends = true;
            break;
        }
    with.depends.emplace_back(node, depends);
    return depends;
}

Number Evaluation::value_with(NodeId node, NodeId slot, const Number& value) {
    Substitution with{slot, &value, {}, {}};
    Substitution* outer = std::exchange(substitution_, &with);
    try {
        Number result = read(node);
        substitution_ = outer;
        return result;
    } catch (...) {
        substitution_ = outer;
        throw;
    }
}

void Evaluation::trace(NodeId node, const std::function<void(NodeId)>& read) {
    const Node& rule = graph_[node];
    if (rule.host) {
        for (NodeId each : rule.reads) {
            this->read(each);
            read(each);
        }
        return;
    }
    if (rule.given()) return;
    Trace trace{&read, {}};
    eval(rule.code, rule, *rule.scope, &trace);
}

namespace {

std::string value_text(const Number& value) {
    const DisplayedValue shown = display_value(value);
    return (shown.approximate ? "≈ " : "") + shown.text;
}

bool truth(const Number& value) { return !value.is_zero(); }

// A part of a formula as the model writes it.
std::string source_text(const Expr& expr, const Definition& rule) {
    const auto begin = static_cast<std::size_t>(expr.begin), end = static_cast<std::size_t>(expr.end);
    if (end > begin && end <= rule.text.size()) return rule.text.substr(begin, end - begin);
    return to_text(expr);
}

}  // namespace

// A rule whose value is impossible (negative hours, say) is an error located at
// the first given value it comes from, naming every one, so the user sees which
// inputs made it so rather than a plausible-looking wrong tariff.
void Evaluation::report_out_of_range(NodeId node, const Number& value) {
    const Node& rule = graph_[node];
    std::vector<NodeId> given;
    std::vector<bool> seen(graph_.size());
    const std::function<void(NodeId)> walk = [&](NodeId read) {
        if (seen[read]) return;
        seen[read] = true;
        if (graph_[read].given()) given.push_back(read);
        else trace(read, walk);
    };
    trace(node, walk);
    const std::string& scope = rule.scope->label();
    const Definition& definition = *rule.definition;
    std::string message = "`" + definition.name + "` is " + value_text(value) + " for " +
                          (scope == "model" ? std::string("the whole model") : scope) + ", outside its range " +
                          definition.range->text;
    const auto same_file = [](const SourcePos& a, const SourcePos& b) { return a.file && b.file && *a.file == *b.file; };
    SourcePos where = definition.pos;
    bool placed = false;
    std::string from;
    for (NodeId input : given) {
        const Definition& source = definition_of(input);
        const SourcePos& at = source.pos;
        if (!placed && at.known() && !same_file(at, definition.pos)) {  // the first value the model gives
            where = at;
            placed = true;
        }
        from += (from.empty() ? "" : ", ") + source.name + " = " + value_text(this->value(input)) + " (" +
                source.pos.to_string() + ")";
    }
    if (!from.empty()) message += "; it comes from " + from;
    throw InputError(where, message);
}

const Number& Evaluation::operand(const Code& code, const Node& rule, const Scope& scope, Number& scratch,
                                  Trace* trace) {
    if (code.expr->kind == ExprKind::literal) return code.expr->value;
    if (code.expr->kind == ExprKind::name) {
        const Number& read = this->read(code.node);
        if (trace && std::find(trace->seen.begin(), trace->seen.end(), code.node) == trace->seen.end()) {
            trace->seen.push_back(code.node);
            (*trace->read)(code.node);
        }
        return read;
    }
    scratch = eval(code, rule, scope, trace);
    return scratch;
}

Number Evaluation::eval(const Code& code, const Node& rule, const Scope& scope, Trace* trace) {
    switch (code.expr->kind) {
        case ExprKind::literal:
        case ExprKind::name: {
            Number scratch;
            return operand(code, rule, scope, scratch, trace);
        }
        case ExprKind::negate: return -eval(code.operands[0], rule, scope, trace);
        case ExprKind::binary: return eval_binary(code, rule, scope, trace);
        case ExprKind::call: return eval_call(code, rule, scope, trace);
    }
    return {};
}

Number Evaluation::eval_binary(const Code& code, const Node& rule, const Scope& scope, Trace* trace) {
    const Expr& expr = *code.expr;
    const Definition& definition = *rule.definition;
    Number left_scratch, right_scratch;
    const Number& left = operand(code.operands[0], rule, scope, left_scratch, trace);
    const Number& right = operand(code.operands[1], rule, scope, right_scratch, trace);
    Number result;
    switch (expr.op) {
        case BinaryOp::add: result = left + right; break;
        case BinaryOp::subtract: result = left - right; break;
        case BinaryOp::multiply: result = left * right; break;
        case BinaryOp::divide:
            if (right.is_zero())
                throw InputError(expr.pos, "division by zero in rule `" + definition.name + "` for " + scope.label() +
                                               ": `" + source_text(*expr.operands[1], definition) + "` is 0");
            result = left / right;
            break;
        case BinaryOp::less: return left < right ? 1 : 0;
        case BinaryOp::less_equal: return left <= right ? 1 : 0;
        case BinaryOp::greater: return left > right ? 1 : 0;
        case BinaryOp::greater_equal: return left >= right ? 1 : 0;
        case BinaryOp::equal: return left == right ? 1 : 0;
        case BinaryOp::not_equal: return left == right ? 0 : 1;
    }
    if (result.digits() > max_value_digits)
        throw InputError(expr.pos, "rule `" + definition.name + "` for " + scope.label() + ": `" +
                                       source_text(expr, definition) + "` grows beyond " +
                                       std::to_string(max_value_digits) + " digits; a formula that runs away is refused");
    return result;
}

Number Evaluation::eval_call(const Code& code, const Node& rule, const Scope& scope, Trace* trace) {
    const Expr& expr = *code.expr;
    const Definition& definition = *rule.definition;
    auto arg = [&](std::size_t index) { return eval(code.operands[index], rule, scope, trace); };
    const RoundingMode mode = expr.mode.value_or(RoundingMode::half_up);
    switch (expr.function) {
        case Function::if_: return truth(arg(0)) ? arg(1) : arg(2);
        case Function::abs: {
            Number value = arg(0);
            return value.sign() < 0 ? -value : value;
        }
        case Function::min:
        case Function::max: {
            Number best = arg(0);
            for (std::size_t i = 1; i < code.operands.size(); ++i) {
                Number next = arg(i);
                if (expr.function == Function::min ? next < best : next > best) best = std::move(next);
            }
            return best;
        }
        case Function::round: {
            const Number value = arg(0);
            const Number places = arg(1);
            if (!places.is_integer() || places < 0 || places > max_round_places)
                throw InputError(expr.operands[1]->pos, "round() in rule `" + definition.name +
                                                            "` needs whole places from 0 to " +
                                                            std::to_string(max_round_places));
            // Through text: Boost 1.74 converts GMP integers by way of binary floats.
            return round_places(value, std::stoi(places.numerator().str()), mode);
        }
        case Function::round_to: {
            const Number value = arg(0);
            const Number step = arg(1);
            if (step.sign() <= 0)
                throw InputError(expr.operands[1]->pos,
                                 "round_to() in rule `" + definition.name + "` needs a step above 0");
            return round_to_step(value, step, mode);
        }
        case Function::sum: {
            Number total;
            for (const Code& body : code.operands) total += eval(body, rule, *body.scope, trace);
            return total;
        }
    }
    return {};
}

}  // namespace engine
