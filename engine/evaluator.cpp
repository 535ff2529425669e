#include "engine/evaluator.hpp"

#include "engine/decimal.hpp"
#include "engine/printer.hpp"
#include "engine/suggest.hpp"

#include <algorithm>
#include <cstdint>
#include <functional>
#include <set>
#include <utility>

namespace engine {

namespace {
// Deeper than any honest model's chain of rules; keeps a runaway model from
// exhausting the stack.
constexpr std::size_t max_rule_depth = 1000;
constexpr int max_round_places = 100;
// Far beyond any tariff's exact value (a chain of indexations and divisions
// stays under a hundred digits), and small enough that a formula that runs
// away, squaring a value again and again, stops in microseconds.
constexpr std::size_t max_value_digits = 1000;
}  // namespace

bool Evaluator::check(const Scope& scope, std::string_view name, Diagnostics& out) {
    const std::size_t before = out.size();
    failed_before_ = false;
    check_name(scope, intern(name), name, scope.pos(), out);
    return out.size() == before && !failed_before_;
}

// ---- checking ----------------------------------------------------------------

namespace {

void add_symbol(std::vector<std::uint64_t>& reads, Symbol symbol) {
    const std::size_t word = symbol / 64;
    if (reads.size() <= word) reads.resize(word + 1);
    reads[word] |= std::uint64_t{1} << (symbol % 64);
}

void add_all(std::vector<std::uint64_t>& reads, const std::vector<std::uint64_t>& more) {
    if (reads.size() < more.size()) reads.resize(more.size());
    for (std::size_t i = 0; i < more.size(); ++i) reads[i] |= more[i];
}

bool has_symbol(const std::vector<std::uint64_t>& reads, Symbol symbol) {
    const std::size_t word = symbol / 64;
    return word < reads.size() && (reads[word] >> (symbol % 64) & 1);
}

// Whether `scope` itself defines a name, or holds a collection, in `reads`.
bool defines_any(const Scope& scope, const std::vector<std::uint64_t>* reads) {
    if (!reads) return false;
    for (const auto& [symbol, _] : scope.definitions_by_symbol())
        if (has_symbol(*reads, symbol)) return true;
    for (const auto& [symbol, _] : scope.collections_by_symbol())
        if (has_symbol(*reads, symbol)) return true;
    return false;
}

}  // namespace

bool Evaluator::looked_up(const Scope& scope, std::string_view name, std::string_view other) const {
    const Definition* definition = scope.find(name).definition;
    if (!definition) return false;
    const Entry* known = entries_.find({&scope, definition});
    if (!known || !known->done) return false;
    if (name == other) return true;
    const std::optional<Symbol> symbol = find_symbol(other);
    return known->reads && symbol && has_symbol(*known->reads, *symbol);
}

int Evaluator::check_name(const Scope& scope, Symbol symbol, std::string_view name, const SourcePos& used_at,
                          Diagnostics& out, Reads* reads) {
    if (reads) add_symbol(*reads, symbol);
    const Scope::Found found = scope.find(symbol);
    if (!found.definition) {
        report_unknown(scope, name, used_at, out);
        return scope.depth();
    }
    const Definition& definition = *found.definition;
    const Key key{&scope, &definition};
    Entry& state = entry(key);
    if (state.done) {
        if (!state.ok) failed_before_ = true;  // its problems were reported when first seen
        if (reads && state.reads) add_all(*reads, *state.reads);
        return state.anchor_depth;
    }
    if (state.on_stack) {
        report_cycle(key, out);
        return scope.depth();
    }
    if (stack_.size() >= max_rule_depth) {
        out.add(used_at, "rules nest more than " + std::to_string(max_rule_depth) + " deep");
        return scope.depth();
    }
    if (definition.kind == Definition::Kind::formula && found.scope != &scope && scope.parent())
        if (const auto parent = delegated(scope, symbol, name, used_at, definition)) {
            Entry& done = entry(key);  // delegating may have grown the map
            done.done = true;
            done.anchor_depth = parent->anchor_depth;
            done.reads = parent->reads;
            if (reads && parent->reads) add_all(*reads, *parent->reads);
            if (speculating_) speculated_.push_back(key);
            return parent->anchor_depth;
        }
    const std::size_t problems_before = out.size();
    const bool failed_outside = std::exchange(failed_before_, false);
    int anchor = found.scope->depth();
    const Reads* own_reads = nullptr;
    switch (definition.kind) {
        case Definition::Kind::value: break;
        case Definition::Kind::input: report_missing_input(scope, definition, used_at, out); break;
        case Definition::Kind::formula: {
            entry(key).on_stack = true;
            stack_.push_back(key);
            Reads looked_up;
            anchor = std::max(anchor, check_expr(*definition.expr, scope, out, &looked_up));
            own_reads = &reads_.emplace_back(std::move(looked_up));
            stack_.pop_back();
            break;
        }
    }
    Entry& done = entry(key);  // the map may have grown: look again
    done.on_stack = false;
    done.done = true;
    done.ok = out.size() == problems_before && !failed_before_;
    failed_before_ = failed_outside || failed_before_;
    done.anchor_depth = anchor;
    done.reads = own_reads;
    if (reads && own_reads) add_all(*reads, *own_reads);
    if (speculating_) speculated_.push_back(key);
    return anchor;
}

std::optional<Evaluator::Entry> Evaluator::delegated(const Scope& scope, Symbol symbol, std::string_view name,
                                                     const SourcePos& used_at, const Definition& definition) {
    const Key up{scope.parent(), &definition};
    const Entry* known = entries_.find({up.scope, up.definition});
    if (!known || !known->done) {
        if (known && (known->no_delegation || known->on_stack)) return std::nullopt;
        // Check the parent on the scope's behalf, its problems aside.
        Diagnostics aside;
        const bool failed_outside = std::exchange(failed_before_, false);
        const std::size_t mark = speculated_.size();
        {
            struct Speculating {  // counted down also if the check throws
                int& depth;
                explicit Speculating(int& d) : depth(++d) {}
                ~Speculating() { --depth; }
            } speculating(speculating_);
            check_name(*up.scope, symbol, name, used_at, aside);
        }
        const bool ok = aside.empty() && !failed_before_;
        failed_before_ = failed_outside;
        if (!ok) {
            // Unchecked again, so a check of its own reports what was set aside.
            for (std::size_t i = mark; i < speculated_.size(); ++i) {
                Entry& failed = entry(speculated_[i]);
                if (!failed.ok) failed = Entry{.no_delegation = true};
            }
            entry(up).no_delegation = true;
        }
        if (speculating_ == 0) speculated_.clear();
        if (!ok) return std::nullopt;
        known = entries_.find({up.scope, up.definition});
    }
    if (!known->ok || defines_any(scope, known->reads)) return std::nullopt;
    return *known;
}

int Evaluator::check_expr(const Expr& expr, const Scope& scope, Diagnostics& out, Reads* reads) {
    int anchor = 0;
    if (expr.kind == ExprKind::name) return check_name(scope, expr.symbol, expr.name, expr.pos, out, reads);
    if (expr.kind == ExprKind::call && expr.function == Function::sum) {
        if (reads) add_symbol(*reads, expr.symbol);
        const Scope::FoundCollection found = scope.find_collection(expr.symbol);
        if (!found.collection) {
            out.add(expr.pos, "unknown collection `" + expr.name + "` in " + scope.label());
            return scope.depth();
        }
        if (!found.collection->missing.empty()) {
            report_missing_collection(*found.collection, expr.pos, out);
            return scope.depth();
        }
        // The body is evaluated in each item's own scope; the value depends on
        // this scope only through the collection itself.
        for (const Scope* item : found.collection->items) check_expr(*expr.operands[0], *item, out, reads);
        return found.scope->depth();
    }
    for (const auto& operand : expr.operands) anchor = std::max(anchor, check_expr(*operand, scope, out, reads));
    return anchor;
}

void Evaluator::report_unknown(const Scope& scope, std::string_view name, const SourcePos& used_at,
                               Diagnostics& out) {
    // The scope is left out of the message: a typo in a rule that many products
    // use is one problem, reported once.
    out.add({used_at, "unknown name `" + std::string(name) + "`" + did_you_mean(name, scope.visible_names()),
             Diagnostic::Kind::missing_input, std::string(name)});
}

void Evaluator::report_missing_input(const Scope& asking, const Definition& input,
                                     const SourcePos& used_at, Diagnostics& out) {
    const Scope* written = &asking;
    while (!written->written() && written->parent()) written = written->parent();
    const Scope& scope = *written;
    const std::string rule = stack_.empty() ? "" : stack_.back().definition->name;
    std::string message = "missing parameter `" + input.name + "` for " + scope.label();
    if (!rule.empty()) message += ": rule `" + rule + "` needs it";
    if (used_at.known() && scope.pos().known()) message += " (" + used_at.to_string() + ")";
    const SourcePos at = scope.pos().known() ? scope.pos() : used_at;
    Diagnostic diagnostic{at, std::move(message), Diagnostic::Kind::missing_input, input.name};
    missing_inputs_.push_back({&input, &scope, diagnostic, rule, used_at});
    out.add(std::move(diagnostic));
}

// Said where the collection would be given, naming the rule that sums over it.
void Evaluator::report_missing_collection(const Collection& collection, const SourcePos& used_at, Diagnostics& out) {
    std::string message = collection.missing;
    if (!stack_.empty()) message += ": rule `" + stack_.back().definition->name + "` uses it";
    if (used_at.known() && collection.pos.known()) message += " (" + used_at.to_string() + ")";
    out.add(collection.pos.known() ? collection.pos : used_at, std::move(message));
}

void Evaluator::report_cycle(const Key& again, Diagnostics& out) {
    auto first = std::find(stack_.begin(), stack_.end(), again);
    std::string path;
    SourcePos where;
    for (auto it = first; it != stack_.end(); ++it) {
        const Definition* definition = it->definition;
        if (!where.known()) where = definition->pos;
        path += definition->name + " (" + definition->pos.to_string() + ") → ";
    }
    out.add(where, "rule cycle: " + path + again.definition->name);
}

// ---- evaluation --------------------------------------------------------------

Evaluator::Key Evaluator::anchor_of(const Scope& scope, const Definition* definition, Symbol symbol,
                                    std::string_view name) {
    if (definition) {
        const Entry* known = entries_.find({&scope, definition});
        if (known && known->done && known->ok) return {ancestor_at(&scope, known->anchor_depth), definition};
    }
    Diagnostics problems;
    failed_before_ = false;
    const int anchor = check_name(scope, symbol, name, scope.pos(), problems);
    if (failed_before_ && problems.empty())
        problems.add(scope.pos(), "`" + std::string(name) + "` cannot be evaluated for " + scope.label() +
                                      " because of the problems reported before");
    if (!problems.empty()) throw InputError(problems);
    return {ancestor_at(&scope, anchor), definition};
}

const Derivation& Evaluator::evaluate(const Scope& asked, std::string_view name) {
    return evaluate(asked, intern(name), name);
}

// A value once evaluated is remembered where it was asked as well as at its
// anchor, so asking again costs one lookup of the name and one of the map.
const Derivation& Evaluator::evaluate(const Scope& asked, Symbol symbol, std::string_view name) {
    const Definition* definition = asked.find(symbol).definition;
    if (definition)
        if (const Entry* known = entries_.find({&asked, definition}); known && known->value) return *known->value;
    const Key anchored = anchor_of(asked, definition, symbol, name);
    const Derivation* value = entry(anchored).value;
    if (!value) {
        value = &compute(anchored);
        entry(anchored).value = value;  // computing may have grown the map: look again
    }
    entry({&asked, definition}).value = value;
    return *value;
}

const Derivation& Evaluator::compute(const Key& anchored) {
    const Scope& scope = *anchored.scope;
    const Definition& definition = *anchored.definition;
    Derivation derivation;
    derivation.definition = &definition;
    derivation.scope = &scope;
    if (definition.kind == Definition::Kind::value) {
        derivation.value = definition.value;
    } else {
        Number exact = eval(*definition.expr, scope, definition, derivation);
        if (definition.rounding) {
            derivation.value = definition.rounding->apply(exact);
            derivation.unrounded = std::move(exact);
        } else {
            derivation.value = std::move(exact);
        }
    }
    if (definition.kind == Definition::Kind::formula && definition.range &&
        !definition.range->contains(derivation.value))
        report_out_of_range(derivation);
    return derivations_.emplace_back(std::move(derivation));
}

namespace {

std::string value_text(const Number& value) {
    const DisplayedValue shown = display_value(value);
    return (shown.approximate ? "≈ " : "") + shown.text;
}

// The values as given (not computed) that `derivation` comes from, first met
// first; each derivation is walked once, however many rules share it.
void given_inputs(const Derivation& derivation, std::vector<const Derivation*>& given,
                  std::set<const Derivation*>& seen) {
    for (const Derivation* input : derivation.inputs) {
        if (!seen.insert(input).second) continue;
        if (input->definition->kind == Definition::Kind::formula) given_inputs(*input, given, seen);
        else given.push_back(input);
    }
}

}  // namespace

// A rule whose value is impossible (negative hours, say) is an error located at
// the first given value it comes from, naming every one, so the user sees which
// inputs made it so rather than a plausible-looking wrong tariff.
void Evaluator::report_out_of_range(const Derivation& derivation) {
    const Definition& rule = *derivation.definition;
    std::vector<const Derivation*> given;
    std::set<const Derivation*> seen;
    given_inputs(derivation, given, seen);
    const std::string& scope = derivation.scope->label();
    std::string message = "`" + rule.name + "` is " + value_text(derivation.value) + " for " +
                          (scope == "model" ? std::string("the whole model") : scope) + ", outside its range " +
                          rule.range->text;
    const auto same_file = [](const SourcePos& a, const SourcePos& b) { return a.file && b.file && *a.file == *b.file; };
    SourcePos where = rule.pos;
    bool placed = false;
    std::string from;
    for (const Derivation* input : given) {
        const SourcePos& at = input->definition->pos;
        if (!placed && at.known() && !same_file(at, rule.pos)) {  // the first value the model gives
            where = at;
            placed = true;
        }
        from += (from.empty() ? "" : ", ") + input->definition->name + " = " + value_text(input->value) + " (" +
                input->definition->pos.to_string() + ")";
    }
    if (!from.empty()) message += "; it comes from " + from;
    throw InputError(where, message);
}

namespace {
void add_input(Derivation& into, const Derivation& input) {
    if (std::find(into.inputs.begin(), into.inputs.end(), &input) == into.inputs.end())
        into.inputs.push_back(&input);
}

bool truth(const Number& value) { return !value.is_zero(); }

// A part of a formula as the model writes it.
std::string source_text(const Expr& expr, const Definition& rule) {
    const auto begin = static_cast<std::size_t>(expr.begin), end = static_cast<std::size_t>(expr.end);
    if (end > begin && end <= rule.text.size()) return rule.text.substr(begin, end - begin);
    return to_text(expr);
}
}  // namespace

const Number& Evaluator::operand(const Expr& expr, const Scope& scope, const Definition& rule, Derivation& into,
                                 Number& scratch) {
    if (expr.kind == ExprKind::literal) return expr.value;
    if (expr.kind == ExprKind::name) {
        const Derivation& input = evaluate(scope, expr.symbol, expr.name);
        add_input(into, input);
        return input.value;
    }
    scratch = eval(expr, scope, rule, into);
    return scratch;
}

Number Evaluator::eval(const Expr& expr, const Scope& scope, const Definition& rule, Derivation& into) {
    switch (expr.kind) {
        case ExprKind::literal:
        case ExprKind::name: {
            Number scratch;
            return operand(expr, scope, rule, into, scratch);
        }
        case ExprKind::negate: return -eval(*expr.operands[0], scope, rule, into);
        case ExprKind::binary: return eval_binary(expr, scope, rule, into);
        case ExprKind::call: return eval_call(expr, scope, rule, into);
    }
    return {};
}

Number Evaluator::eval_binary(const Expr& expr, const Scope& scope, const Definition& rule,
                              Derivation& into) {
    Number left_scratch, right_scratch;
    const Number& left = operand(*expr.operands[0], scope, rule, into, left_scratch);
    const Number& right = operand(*expr.operands[1], scope, rule, into, right_scratch);
    Number result = arithmetic(expr, left, right, scope, rule);
    if (result.digits() > max_value_digits)
        throw InputError(expr.pos, "rule `" + rule.name + "` for " + scope.label() + ": `" + source_text(expr, rule) +
                                       "` grows beyond " + std::to_string(max_value_digits) +
                                       " digits; a formula that runs away is refused");
    return result;
}

Number Evaluator::arithmetic(const Expr& expr, const Number& left, const Number& right, const Scope& scope,
                             const Definition& rule) {
    switch (expr.op) {
        case BinaryOp::add: return left + right;
        case BinaryOp::subtract: return left - right;
        case BinaryOp::multiply: return left * right;
        case BinaryOp::divide:
            if (right.is_zero())
                throw InputError(expr.pos, "division by zero in rule `" + rule.name + "` for " +
                                               scope.label() + ": `" + source_text(*expr.operands[1], rule) +
                                               "` is 0");
            return left / right;
        case BinaryOp::less: return left < right ? 1 : 0;
        case BinaryOp::less_equal: return left <= right ? 1 : 0;
        case BinaryOp::greater: return left > right ? 1 : 0;
        case BinaryOp::greater_equal: return left >= right ? 1 : 0;
        case BinaryOp::equal: return left == right ? 1 : 0;
        case BinaryOp::not_equal: return left == right ? 0 : 1;
    }
    return {};
}

Number Evaluator::eval_call(const Expr& expr, const Scope& scope, const Definition& rule,
                            Derivation& into) {
    auto arg = [&](std::size_t index) { return eval(*expr.operands[index], scope, rule, into); };
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
            for (std::size_t i = 1; i < expr.operands.size(); ++i) {
                Number next = arg(i);
                if (expr.function == Function::min ? next < best : next > best) best = std::move(next);
            }
            return best;
        }
        case Function::round: {
            const Number value = arg(0);
            const Number places = arg(1);
            if (!places.is_integer() || places < 0 || places > max_round_places)
                throw InputError(expr.operands[1]->pos,
                                 "round() in rule `" + rule.name + "` needs whole places from 0 to " +
                                     std::to_string(max_round_places));
            // Through text: Boost 1.74 converts GMP integers by way of binary floats.
            return round_places(value, std::stoi(places.numerator().str()), mode);
        }
        case Function::round_to: {
            const Number value = arg(0);
            const Number step = arg(1);
            if (step.sign() <= 0)
                throw InputError(expr.operands[1]->pos,
                                 "round_to() in rule `" + rule.name + "` needs a step above 0");
            return round_to_step(value, step, mode);
        }
        case Function::sum: {
            Number total;
            const Collection& collection = *scope.find_collection(expr.symbol).collection;
            for (const Scope* item : collection.items) total += eval(*expr.operands[0], *item, rule, into);
            return total;
        }
    }
    return {};
}

}  // namespace engine
