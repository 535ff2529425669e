// Checks rules before anything is computed, and finds where each value lives.
//
// Before a name is evaluated in a scope, the checker walks everything the
// name depends on there: unknown names, inputs that were declared but not
// given, cycles. The same walk finds the highest scope in which the value is
// the same (no scope below it defines anything the value depends on): its
// anchor. The compiled graph keeps one node per anchored value, so the hours
// of a standard FTE are one node for all products that share them.
//
// The walk records which names it looked up. A scope asking for a rule it does
// not define itself takes its parent's check of that rule when it defines none
// of the names the parent's walk looked up: the value cannot differ, so a
// thousand products share one walk of the rules that do not depend on them.
// Where the parent's check fails, its problems are dropped and the scope is
// walked itself, so every problem is still reported where the model can fix it.
#pragma once

#include "engine/address_map.hpp"
#include "engine/diagnostic.hpp"
#include "engine/scope.hpp"

#include <cstddef>
#include <cstdint>
#include <deque>
#include <optional>
#include <string_view>
#include <vector>

namespace engine {

// A declared input without a value that a check met, as data beside its
// diagnostic, so a caller that knows the scopes can say it once where it belongs.
struct MissingInput {
    const Definition* input = nullptr;
    const Scope* reported_for = nullptr;  // the scope the diagnostic names
    Diagnostic diagnostic;                // as check() added it
    std::string rule;                     // the rule that needs it (may be empty)
    SourcePos used_at;                    // where that rule reads it
};

// A definition as seen from a scope.
struct Anchored {
    const Scope* scope = nullptr;
    const Definition* definition = nullptr;
    bool operator==(const Anchored&) const = default;
};

class Checker {
public:
    // Adds every problem in evaluating `name` in `scope` to `out`; returns
    // whether there was none.
    bool check(const Scope& scope, std::string_view name, Diagnostics& out);

    // The highest scope that gives `name` the value it has in `scope`, with
    // its definition; checks first where that was not done. Throws InputError
    // with every problem the check finds.
    Anchored anchor(const Scope& scope, Symbol symbol, std::string_view name);

    // Whether the check of `name` in `scope` looked up `other`, itself or through
    // the rules it uses (both branches of an `if`): whether its value may depend
    // on `other`. False when `name` was not checked there; a given value looks
    // up only itself.
    bool looked_up(const Scope& scope, std::string_view name, std::string_view other) const;

    // Every missing input check() has reported, in order.
    const std::vector<MissingInput>& missing_inputs() const { return missing_inputs_; }

    // How many times a formula was walked to check it: a scope that takes its
    // parent's check walks nothing.
    std::size_t walk_count() const { return reads_.size(); }

private:
    // The symbols a check looked up, one bit each.
    using Reads = std::vector<std::uint64_t>;
    // What is known of a definition in a scope.
    struct Entry {
        bool on_stack = false;
        bool done = false;
        bool ok = true;
        bool no_delegation = false;  // a check of it for a scope below failed: walk that scope itself
        int anchor_depth = 0;  // depth of the highest scope giving the same value
        const Reads* reads = nullptr;  // what its check looked up (none: a given value)
    };
    Entry& entry(const Anchored& key) { return entries_[{key.scope, key.definition}]; }

    // Each returns the depth of the highest scope giving the same value, and adds
    // what it looked up to `reads` (when given).
    int check_name(const Scope& scope, Symbol symbol, std::string_view name, const SourcePos& used_at,
                   Diagnostics& out, Reads* reads = nullptr);
    int check_expr(const Expr& expr, const Scope& scope, Diagnostics& out, Reads* reads);
    // The parent's check of `definition`, when it holds for `scope` too (see above).
    std::optional<Entry> delegated(const Scope& scope, Symbol symbol, std::string_view name, const SourcePos& used_at,
                                   const Definition& definition);
    void report_unknown(const Scope& scope, std::string_view name, const SourcePos& used_at,
                        Diagnostics& out);
    void report_missing_input(const Scope& scope, const Definition& input,
                              const SourcePos& used_at, Diagnostics& out);
    void report_missing_collection(const Collection& collection, const SourcePos& used_at, Diagnostics& out);
    void report_cycle(const Anchored& again, Diagnostics& out);

    AddressPairMap<Entry> entries_;
    std::vector<Anchored> stack_;  // the names being checked, outermost first
    bool failed_before_ = false;  // a check met a name whose problems were reported earlier
    std::vector<MissingInput> missing_inputs_;
    std::deque<Reads> reads_;       // a deque keeps the entries' pointers stable
    int speculating_ = 0;           // checks of a parent on behalf of a scope below, nested
    std::vector<Anchored> speculated_;   // the entries those checks finished
};

}  // namespace engine
