#include "engine/unit_check.hpp"

#include "engine/printer.hpp"

#include <algorithm>
#include <cctype>

namespace engine {

namespace {

std::uint64_t pair_key(int a, int b) {
    return (static_cast<std::uint64_t>(static_cast<std::uint32_t>(a)) << 32) | static_cast<std::uint32_t>(b);
}

bool additive(BinaryOp op) { return op == BinaryOp::add || op == BinaryOp::subtract; }

// `rule `x` adds EUR/year and hour/year: …`, one sentence for each operation.
Message clash(BinaryOp op, std::vector<MessageArg> args) {
    switch (op) {
        case BinaryOp::add:
            return msg("rule `{rule}` adds {left} and {right}: `{left_text}` is {left}, `{right_text}` is {right}{from}",
                       std::move(args));
        case BinaryOp::subtract:
            return msg("rule `{rule}` subtracts {left} and {right}: `{left_text}` is {left}, `{right_text}` is {right}{from}",
                       std::move(args));
        default:
            return msg("rule `{rule}` compares {left} and {right}: `{left_text}` is {left}, `{right_text}` is {right}{from}",
                       std::move(args));
    }
}

Message declared_at(const Definition* declared_by) {
    if (!declared_by) return Message();
    return msg(" (declared at {place})", {arg("place", declared_by->pos.to_string())});
}

// Deeper than any honest chain of rules; a cycle is the evaluator's to report.
constexpr int max_descent = 1000;

}  // namespace

UnitChecker::UnitChecker(std::vector<std::string> counts) : counts_(std::move(counts)) { intern(MeasureUnit{}); }

Message UnitChecker::text(Id id) const {
    if (id == one) return msg("a pure number");
    return msg("{unit}", {unit_arg("unit", texts_[static_cast<std::size_t>(id)])});
}

UnitChecker::Id UnitChecker::intern(const MeasureUnit& unit) {
    std::string canonical = unit.to_string();
    const auto [it, added] = by_canonical_.try_emplace(canonical, static_cast<Id>(units_.size()));
    if (added) {
        units_.push_back(unit);
        texts_.push_back(std::move(canonical));
    }
    return it->second;
}

UnitChecker::Id UnitChecker::parsed(const std::string& text) {
    if (auto it = by_text_.find(text); it != by_text_.end()) return it->second;
    const auto unit = MeasureUnit::parse(text, counts_);
    const Id id = unit ? intern(*unit) : unknown;  // the reader refused a text that is not a unit
    by_text_.emplace(text, id);
    return id;
}

UnitChecker::Id UnitChecker::times(Id a, Id b) {
    if (a == unknown || b == unknown) return unknown;
    const auto [it, added] = products_.try_emplace(pair_key(a, b), unknown);
    if (added) it->second = intern(units_[static_cast<std::size_t>(a)].times(units_[static_cast<std::size_t>(b)]));
    return it->second;
}

UnitChecker::Id UnitChecker::over(Id a, Id b) {
    if (a == unknown || b == unknown) return unknown;
    const auto [it, added] = quotients_.try_emplace(pair_key(a, b), unknown);
    if (added) it->second = intern(units_[static_cast<std::size_t>(a)].over(units_[static_cast<std::size_t>(b)]));
    return it->second;
}

// One problem per place: a slip in a rule every kind uses is one slip, though
// each kind sees it with its own units.
void UnitChecker::report(const SourcePos& pos, Message message, Diagnostics& out) {
    if (!reported_.insert(pos.to_string()).second) return;
    out.add(pos, std::move(message));
}

// ---- what a name's unit is ----------------------------------------------------

UnitChecker::Id UnitChecker::contract(const Scope& at, const Definition& definition, const Definition** declared_by) {
    if (!definition.unit.empty()) {
        if (declared_by) *declared_by = &definition;
        return parsed(definition.unit);
    }
    for (const Scope* above = at.parent(); above;) {
        const Scope::Found found = above->find(definition.name);
        if (!found.definition) break;
        if (!found.definition->unit.empty()) {
            if (declared_by) *declared_by = found.definition;
            return parsed(found.definition->unit);
        }
        above = found.scope->parent();
    }
    return unknown;
}

UnitChecker::Id UnitChecker::name_unit(const Scope& scope, Symbol symbol, Diagnostics& out) {
    const Scope::Found found = scope.find(symbol);
    if (!found.definition) return unknown;  // the evaluator reports an unknown name
    const Definition& definition = *found.definition;
    const bool formula = definition.kind == Definition::Kind::formula;
    // A value's unit is its own wherever it is seen; a formula's depends on what it reads there.
    const AddressPairMap<Entry>::Key key{formula ? &scope : found.scope, &definition};
    if (const Entry* known = entries_.find(key)) {
        if (known->done) return known->unit;
        if (known->on_stack) return unknown;  // a cycle: the evaluator reports it
    }
    entries_[key].on_stack = true;

    const Definition* declared_by = nullptr;
    const Id declared = contract(*found.scope, definition, &declared_by);
    Id unit = declared;
    if (formula) {
        // A rule that is a bare number (`tariff_exact: 81.25`) is a constant the
        // model gives, as a parameter is: its unit is the one declared, if any.
        const bool constant = definition.expr->kind == ExprKind::literal && definition.expr->unit.empty();
        const Id inferred = constant ? unknown : infer(*definition.expr, scope, definition, out);
        if (declared != unknown && inferred != unknown && inferred != declared) {
            const Culprit found_at = culprit(*definition.expr, scope, definition, declared, false);
            report(found_at.expr->pos,
                   msg("rule `{rule}` must give {unit}{declared_at}, but gives {inferred}: {breakdown}",
                       {arg("rule", definition.name), arg("unit", text(declared)),
                        arg("declared_at", declared_at(declared_by != &definition ? declared_by : nullptr)),
                        arg("inferred", text(inferred)), arg("breakdown", breakdown(found_at, &definition))}),
                   out);
        }
        if (declared == unknown) unit = inferred;
    } else if (declared == unknown && !definition.text.empty() && definition.text.back() == '%') {
        unit = one;  // a percentage is a pure number, declared or not
    } else if (declared_by == &definition) {
        // A value written with its unit, for a parameter declared with one.
        const Definition* above = nullptr;
        const Scope* parent = found.scope->parent();
        const Id expected = parent ? [&] {
            const Scope::Found up = parent->find(definition.name);
            return up.definition ? contract(*up.scope, *up.definition, &above) : unknown;
        }() : unknown;
        if (expected != unknown && expected != declared) {
            report(definition.pos,
                   msg("`{name}` is given in {unit}, but it is in {expected}{declared_at}",
                       {arg("name", definition.name), arg("unit", text(declared)), arg("expected", text(expected)),
                        arg("declared_at", declared_at(above))}),
                   out);
            unit = expected;  // said here, not again where it is used
        }
    }
    Entry& done = entries_[key];  // looked up again: the map may have grown
    done.on_stack = false;
    done.done = true;
    done.unit = unit;
    return unit;
}

// ---- inferring a formula's unit -----------------------------------------------

UnitChecker::Id UnitChecker::infer(const Expr& expr, const Scope& scope, const Definition& rule, Diagnostics& out) {
    switch (expr.kind) {
        case ExprKind::literal:
            if (!expr.unit.empty()) return literal_unit(expr, scope, rule, out);
            return expr.value.is_zero() ? unknown : one;
        case ExprKind::name: return name_unit(scope, expr.symbol, out);
        case ExprKind::negate: return infer(*expr.operands[0], scope, rule, out);
        case ExprKind::call: return infer_call(expr, scope, rule, out);
        case ExprKind::binary: break;
    }
    const Id left = infer(*expr.operands[0], scope, rule, out);
    const Id right = infer(*expr.operands[1], scope, rule, out);
    switch (expr.op) {
        case BinaryOp::multiply: return times(left, right);
        case BinaryOp::divide: return over(left, right);
        default: break;
    }
    if (left != unknown && right != unknown && left != right) {
        Message from;
        SourcePos at = expr.pos;
        // A pure number where an amount belongs is the likely slip: said where
        // it is made, when a rule without a unit of its own makes it.
        const Expr* pure = left == one ? expr.operands[0].get() : right == one ? expr.operands[1].get() : nullptr;
        if (pure && pure->kind == ExprKind::name) {
            const Culprit made = culprit(*pure, scope, rule, left == one ? right : left, true);
            if (made.rule != &rule) {
                at = made.expr->pos;
                from = msg(", from {breakdown}", {arg("breakdown", breakdown(made))});
            }
        }
        report(at,
               clash(expr.op, {arg("rule", rule.name), arg("left", text(left)), arg("right", text(right)),
                               arg("left_text", to_text(*expr.operands[0])),
                               arg("right_text", to_text(*expr.operands[1])), arg("from", std::move(from))}),
               out);
        return unknown;  // said once, here, and not again where the sum is used
    }
    if (!additive(expr.op)) return one;  // a comparison: true or false
    return left != unknown ? left : right;
}

// `12 month/year`. A unit that names a value (`0.5 hours_per_daypart`) is a
// `*` left out, not a unit.
UnitChecker::Id UnitChecker::literal_unit(const Expr& expr, const Scope& scope, const Definition& rule,
                                          Diagnostics& out) {
    std::string name;
    for (std::size_t i = 0; i <= expr.unit.size(); ++i) {
        const char c = i < expr.unit.size() ? expr.unit[i] : '/';
        if (std::isalnum(static_cast<unsigned char>(c)) || c == '_') {
            name += c;
            continue;
        }
        // A rule may name its own unit: `cent: 0.01 EUR/cent`.
        if (!name.empty() && name != rule.name && scope.find(name).definition) {
            report(expr.pos,
                   msg("rule `{rule}`: in `{formula}`, `{name}` names a value, not a unit; to multiply, write `*` "
                       "between them",
                       {arg("rule", rule.name), arg("formula", to_text(expr)), arg("name", name)}),
                   out);
            return unknown;
        }
        name.clear();
    }
    return parsed(expr.unit);
}

UnitChecker::Id UnitChecker::infer_call(const Expr& expr, const Scope& scope, const Definition& rule,
                                        Diagnostics& out) {
    std::vector<Id> units;
    std::vector<const Expr*> parts;
    switch (expr.function) {
        case Function::if_:
            infer(*expr.operands[0], scope, rule, out);
            for (std::size_t i = 1; i < expr.operands.size(); ++i) {
                parts.push_back(expr.operands[i].get());
                units.push_back(infer(*expr.operands[i], scope, rule, out));
            }
            return same(expr, parts, units, rule, Combining::chooses, out);
        case Function::min:
        case Function::max:
            for (const auto& operand : expr.operands) {
                parts.push_back(operand.get());
                units.push_back(infer(*operand, scope, rule, out));
            }
            return same(expr, parts, units, rule, Combining::compares, out);
        case Function::abs:
        case Function::round:
        case Function::round_to:
            for (std::size_t i = 1; i < expr.operands.size(); ++i) infer(*expr.operands[i], scope, rule, out);
            return infer(*expr.operands[0], scope, rule, out);
        case Function::sum: {
            const Scope::FoundCollection found = scope.find_collection(expr.symbol);
            if (!found.collection) return unknown;
            for (const Scope* item : found.collection->items) {
                parts.push_back(expr.operands[0].get());
                units.push_back(infer(*expr.operands[0], *item, rule, out));
            }
            return same(expr, parts, units, rule, Combining::sums, out);
        }
    }
    return unknown;
}

// The one unit of `units`: a clash between two known ones is reported at `expr`.
UnitChecker::Id UnitChecker::same(const Expr& expr, const std::vector<const Expr*>& parts,
                                  const std::vector<Id>& units, const Definition& rule, Combining how,
                                  Diagnostics& out) {
    Id first = unknown;
    std::size_t first_at = 0;
    for (std::size_t i = 0; i < units.size(); ++i) {
        if (units[i] == unknown) continue;
        if (first == unknown) {
            first = units[i];
            first_at = i;
            continue;
        }
        if (units[i] == first) continue;
        const Message which =
            parts[i] != parts[first_at]
                ? msg(": `{first_text}` is {first}, `{other_text}` is {other}",
                      {arg("first_text", to_text(*parts[first_at])), arg("first", text(first)),
                       arg("other_text", to_text(*parts[i])), arg("other", text(units[i]))})
                : msg(", one item and another");
        std::vector<MessageArg> args{arg("rule", rule.name), arg("first", text(first)), arg("other", text(units[i])),
                                     arg("formula", to_text(expr)), arg("which", which)};
        switch (how) {
            case Combining::chooses:
                report(expr.pos, msg("rule `{rule}` chooses between {first} and {other} in `{formula}`{which}", std::move(args)), out);
                break;
            case Combining::compares:
                report(expr.pos, msg("rule `{rule}` compares {first} and {other} in `{formula}`{which}", std::move(args)), out);
                break;
            case Combining::sums:
                report(expr.pos, msg("rule `{rule}` sums {first} and {other} in `{formula}`{which}", std::move(args)), out);
                break;
        }
        return unknown;
    }
    return first;
}

// ---- where a wrong unit comes from --------------------------------------------

// Follows the wrong unit down through sums, choices and roundings to the part
// that makes it: a product or quotient, a name, a number. `into_rules`: also
// into the rules it reads that declare no unit (those that declare one were
// checked against it).
UnitChecker::Culprit UnitChecker::culprit(const Expr& start, const Scope& scope, const Definition& start_rule,
                                          Id expected, bool into_rules) {
    Diagnostics aside;  // each problem met here was reported where it was first found
    const Expr* expr = &start;
    const Definition* rule = &start_rule;
    for (int depth = 0; depth < max_descent; ++depth) {
        const auto wrong = [&](const Expr& part) {
            const Id unit = infer(part, scope, *rule, aside);
            return unit != unknown && unit != expected;
        };
        const Expr* next = nullptr;
        switch (expr->kind) {
            case ExprKind::name: {
                const Scope::Found found = scope.find(expr->symbol);
                const Definition* definition = found.definition;
                if (into_rules && definition && definition->kind == Definition::Kind::formula &&
                    contract(*found.scope, *definition) == unknown) {
                    rule = definition;
                    next = definition->expr.get();
                }
                break;
            }
            case ExprKind::negate: next = expr->operands[0].get(); break;
            case ExprKind::binary:
                if (additive(expr->op)) next = wrong(*expr->operands[0]) ? expr->operands[0].get() : expr->operands[1].get();
                break;
            case ExprKind::call:
                if (expr->function == Function::sum) break;
                if (expr->function == Function::if_ || expr->function == Function::min || expr->function == Function::max) {
                    for (std::size_t i = expr->function == Function::if_ ? 1 : 0; i < expr->operands.size(); ++i)
                        if (wrong(*expr->operands[i])) {
                            next = expr->operands[i].get();
                            break;
                        }
                } else {
                    next = expr->operands[0].get();  // abs, round, round_to keep the unit of what they take
                }
                break;
            case ExprKind::literal: break;
        }
        if (!next) break;
        expr = next;
    }
    return {expr, rule, &scope};
}

// `staff_cost_per_fte / direct_hours`: EUR/year ÷ hour/year = EUR/hour (rule `staff_cost_per_hour`)
Message UnitChecker::breakdown(const Culprit& found, const Definition* named) {
    Diagnostics aside;
    const Expr& expr = *found.expr;
    const Definition& rule = *found.rule;
    const Id unit = infer(expr, *found.scope, rule, aside);
    const auto unit_text = [&](const std::string& text) { return msg("{unit}", {unit_arg("unit", text)}); };
    const auto shown_part = [&](const Expr& part) {
        if (part.kind == ExprKind::name) {
            const std::string declared = shown(*found.scope, part.name);
            if (!declared.empty()) return unit_text(declared);
        }
        const Id id = infer(part, *found.scope, rule, aside);
        return id == unknown ? msg("a unit not known") : unit_text(texts_[static_cast<std::size_t>(id)]);
    };
    Message text_of;
    if (expr.kind == ExprKind::binary && (expr.op == BinaryOp::multiply || expr.op == BinaryOp::divide)) {
        std::vector<MessageArg> args{arg("formula", to_text(expr)), arg("left", shown_part(*expr.operands[0])),
                                     arg("right", shown_part(*expr.operands[1])),
                                     arg("unit", unit_text(texts_[static_cast<std::size_t>(unit)]))};
        text_of = expr.op == BinaryOp::multiply ? msg("`{formula}`: {left} × {right} = {unit}", std::move(args))
                                                : msg("`{formula}`: {left} ÷ {right} = {unit}", std::move(args));
    } else {
        text_of = msg("`{formula}` is {unit}",
                      {arg("formula", to_text(expr)), arg("unit", unit == unknown ? msg("a unit not known") : text(unit))});
    }
    if (found.rule == named) return text_of;
    return msg("{breakdown} (rule `{rule}`)", {arg("breakdown", text_of), arg("rule", rule.name)});
}

// ---- asked from outside -------------------------------------------------------

std::optional<MeasureUnit> UnitChecker::unit_of(const Scope& scope, std::string_view name, Diagnostics& out) {
    const Id id = name_unit(scope, engine::intern(name), out);
    if (id == unknown) return std::nullopt;
    return units_[static_cast<std::size_t>(id)];
}

bool UnitChecker::expect(const Scope& scope, std::string_view name, const MeasureUnit& expected,
                         const Message& what, Diagnostics& out) {
    const Symbol symbol = engine::intern(name);
    const Id unit = name_unit(scope, symbol, out);
    const Id wanted = intern(expected);
    if (unit == unknown || unit == wanted) return true;
    const Scope::Found found = scope.find(symbol);
    Message message;
    SourcePos at = found.definition->pos;
    const Definition* declared_by = nullptr;
    if (found.definition->kind == Definition::Kind::formula && contract(*found.scope, *found.definition) == unknown) {
        const Culprit found_at = culprit(*found.definition->expr, scope, *found.definition, wanted, true);
        at = found_at.expr->pos;
        message = msg("{what} must be in {unit}, but `{name}` gives {actual}: {breakdown}",
                      {arg("what", what), arg("unit", text(wanted)), arg("name", std::string(name)),
                       arg("actual", text(unit)), arg("breakdown", breakdown(found_at, found.definition))});
    } else {
        contract(*found.scope, *found.definition, &declared_by);
        message = msg("{what} must be in {unit}, but `{name}` is {actual}{declared_at}",
                      {arg("what", what), arg("unit", text(wanted)), arg("name", std::string(name)),
                       arg("actual", text(unit)), arg("declared_at", declared_at(declared_by))});
    }
    report(at, std::move(message), out);
    return false;
}

std::string UnitChecker::shown(const Scope& scope, std::string_view name) {
    const Scope::Found found = scope.find(name);
    if (!found.definition) return "";
    const Definition* declared_by = nullptr;
    const Id declared = contract(*found.scope, *found.definition, &declared_by);
    if (declared_by) return declared == one && declared_by->unit == "1" ? "" : declared_by->unit;
    Diagnostics aside;
    const Id unit = name_unit(scope, engine::intern(name), aside);
    return unit == unknown || unit == one ? "" : texts_[static_cast<std::size_t>(unit)];
}

}  // namespace engine
