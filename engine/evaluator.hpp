// Evaluates rules in dependency order, each at most once per scope, and keeps
// every value's derivation.
//
// Before a name is evaluated in a scope, the evaluator checks everything the
// name depends on there: unknown names, inputs that were declared but not
// given, cycles. The same walk finds the highest scope in which the value is
// the same (no scope below it defines anything the value depends on), and the
// value is computed and kept there, so the hours of a standard FTE are
// computed once for all products that share them.
#pragma once

#include "engine/address_map.hpp"
#include "engine/derivation.hpp"
#include "engine/diagnostic.hpp"
#include "engine/scope.hpp"

#include <cstddef>
#include <deque>
#include <string_view>
#include <vector>

namespace engine {

class Evaluator {
public:
    // Adds every problem in evaluating `name` in `scope` to `out`; returns
    // whether there was none.
    bool check(const Scope& scope, std::string_view name, Diagnostics& out);

    // The value of `name` in `scope`, with its derivation. Throws InputError on
    // any problem check() finds, and on arithmetic errors (division by zero).
    // The reference stays valid as long as the evaluator.
    const Derivation& evaluate(const Scope& scope, std::string_view name);

    // How many values were computed: each (scope, rule) counts once.
    std::size_t evaluation_count() const { return derivations_.size(); }

private:
    // A definition as seen from a scope: keyed by address, so a lookup hashes
    // two pointers and compares no text.
    struct Key {
        const Scope* scope;
        const Definition* definition;
        bool operator==(const Key&) const = default;
    };
    // What is known of a definition in a scope: its check, then its value.
    struct Entry {
        bool on_stack = false;
        bool done = false;
        bool ok = true;
        int anchor_depth = 0;  // depth of the highest scope giving the same value
        const Derivation* value = nullptr;  // its value, once evaluated (kept at the anchor)
    };
    Entry& entry(const Key& key) { return entries_[{key.scope, key.definition}]; }

    int check_name(const Scope& scope, Symbol symbol, std::string_view name, const SourcePos& used_at,
                   Diagnostics& out);
    int check_formula(const Scope& scope, const Definition& definition, Diagnostics& out);
    int check_expr(const Expr& expr, const Scope& scope, Diagnostics& out);
    void report_unknown(const Scope& scope, std::string_view name, const SourcePos& used_at,
                        Diagnostics& out);
    void report_missing_input(const Scope& scope, const Definition& input,
                              const SourcePos& used_at, Diagnostics& out);
    void report_cycle(const Key& again, Diagnostics& out);
    [[noreturn]] void report_out_of_range(const Derivation& derivation);

    const Derivation& evaluate(const Scope& scope, Symbol symbol, std::string_view name);
    // The highest scope that gives `name` the value it has in `scope`, with its
    // definition; checks first if that has not been done.
    Key anchor_of(const Scope& scope, const Definition* definition, Symbol symbol, std::string_view name);
    const Derivation& compute(const Key& anchored);
    Number eval(const Expr& expr, const Scope& scope, const Definition& rule, Derivation& into);
    // The value of `expr`: a name's or a literal's by reference, anything else
    // computed into `scratch`.
    const Number& operand(const Expr& expr, const Scope& scope, const Definition& rule, Derivation& into,
                          Number& scratch);
    Number eval_binary(const Expr& expr, const Scope& scope, const Definition& rule, Derivation& into);
    static Number arithmetic(const Expr& expr, const Number& left, const Number& right, const Scope& scope,
                             const Definition& rule);
    Number eval_call(const Expr& expr, const Scope& scope, const Definition& rule, Derivation& into);

    AddressPairMap<Entry> entries_;
    std::vector<Key> stack_;  // the names being checked, outermost first
    bool failed_before_ = false;  // a check met a name whose problems were reported earlier
    std::deque<Derivation> derivations_;  // a deque keeps references stable
};

}  // namespace engine
