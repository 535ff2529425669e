#include "engine/checker.hpp"

#include "engine/text_check.hpp"

#include "engine/suggest.hpp"

#include <algorithm>
#include <cstdint>
#include <utility>

namespace engine {

namespace {
// Deeper than any honest model's chain of rules; keeps a runaway model from
// exhausting the stack.
constexpr std::size_t max_rule_depth = 1000;
}  // namespace

bool Checker::check(const Scope& scope, std::string_view name, Diagnostics& out) {
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

bool Checker::looked_up(const Scope& scope, std::string_view name, std::string_view other) const {
    const Definition* definition = scope.find(name).definition;
    if (!definition) return false;
    const Entry* known = entries_.find({&scope, definition});
    if (!known || !known->done) return false;
    if (name == other) return true;
    const std::optional<Symbol> symbol = find_symbol(other);
    return known->reads && symbol && has_symbol(*known->reads, *symbol);
}

int Checker::check_name(const Scope& scope, Symbol symbol, std::string_view name, const SourcePos& used_at,
                          Diagnostics& out, Reads* reads) {
    if (reads) add_symbol(*reads, symbol);
    const Scope::Found found = scope.find(symbol);
    if (!found.definition) {
        report_unknown(scope, name, used_at, out);
        return scope.depth();
    }
    const Definition& definition = *found.definition;
    const Anchored key{&scope, &definition};
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
        out.add(used_at, msg("rules nest more than {depth} deep", {arg("depth", static_cast<long long>(max_rule_depth))}));
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

std::optional<Checker::Entry> Checker::delegated(const Scope& scope, Symbol symbol, std::string_view name,
                                                     const SourcePos& used_at, const Definition& definition) {
    const Anchored up{scope.parent(), &definition};
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

int Checker::check_expr(const Expr& expr, const Scope& scope, Diagnostics& out, Reads* reads) {
    int anchor = 0;
    if (expr.kind == ExprKind::name) return check_name(scope, expr.symbol, expr.name, expr.pos, out, reads);
    if (expr.kind == ExprKind::call && expr.function == Function::sum) {
        if (reads) add_symbol(*reads, expr.symbol);
        const Scope::FoundCollection found = scope.find_collection(expr.symbol);
        if (!found.collection) {
            out.add(expr.pos, msg("unknown collection `{name}` in {scope}", {arg("name", expr.name), scope_arg("scope", scope.label())}));
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

void Checker::report_unknown(const Scope& scope, std::string_view name, const SourcePos& used_at,
                               Diagnostics& out) {
    // The scope is left out of the message: a typo in a rule that many products
    // use is one problem, reported once.
    out.add({used_at,
             msg("unknown name {name}{suggestion}",
                 {arg("name", quote(name)), arg("suggestion", suggestion(name, scope.visible_names()))}),
             Diagnostic::Kind::missing_input, std::string(name)});
}

void Checker::report_missing_input(const Scope& asking, const Definition& input,
                                     const SourcePos& used_at, Diagnostics& out) {
    const Scope* written = &asking;
    while (!written->written() && written->parent()) written = written->parent();
    const Scope& scope = *written;
    const std::string rule = stack_.empty() ? "" : stack_.back().definition->name;
    const Message needed_by = rule.empty() ? Message() : msg(": rule `{rule}` needs it", {arg("rule", rule)});
    Message message = msg("missing parameter `{name}` for {scope}{needed_by}{used_at}",
                          {arg("name", input.name), scope_arg("scope", scope.label()), arg("needed_by", needed_by),
                           arg("used_at", used_at.known() && scope.pos().known() ? " (" + used_at.to_string() + ")" : "")});
    const SourcePos at = scope.pos().known() ? scope.pos() : used_at;
    Diagnostic diagnostic{at, std::move(message), Diagnostic::Kind::missing_input, input.name};
    missing_inputs_.push_back({&input, &scope, diagnostic, rule, used_at});
    out.add(std::move(diagnostic));
}

// Said where the collection would be given, naming the rule that sums over it.
void Checker::report_missing_collection(const Collection& collection, const SourcePos& used_at, Diagnostics& out) {
    const Message used_by =
        stack_.empty() ? Message() : msg(": rule `{rule}` uses it", {arg("rule", stack_.back().definition->name)});
    out.add(collection.pos.known() ? collection.pos : used_at,
            msg("{missing}{used_by}{used_at}",
                {arg("missing", collection.missing), arg("used_by", used_by),
                 arg("used_at", used_at.known() && collection.pos.known() ? " (" + used_at.to_string() + ")" : "")}));
}

void Checker::report_cycle(const Anchored& again, Diagnostics& out) {
    auto first = std::find(stack_.begin(), stack_.end(), again);
    std::string path;
    SourcePos where;
    for (auto it = first; it != stack_.end(); ++it) {
        const Definition* definition = it->definition;
        if (!where.known()) where = definition->pos;
        path += definition->name + " (" + definition->pos.to_string() + ") → ";
    }
    out.add(where, msg("rule cycle: {path}", {arg("path", path + again.definition->name)}));
}

// ---- anchors -------------------------------------------------------------------

Anchored Checker::anchor(const Scope& scope, Symbol symbol, std::string_view name) {
    const Definition* definition = scope.find(symbol).definition;
    if (definition) {
        const Entry* known = entries_.find({&scope, definition});
        if (known && known->done && known->ok) return {ancestor_at(&scope, known->anchor_depth), definition};
    }
    Diagnostics problems;
    failed_before_ = false;
    const int anchor = check_name(scope, symbol, name, scope.pos(), problems);
    if (failed_before_ && problems.empty())
        problems.add(scope.pos(), msg("`{name}` cannot be evaluated for {scope} because of the problems reported before",
                                      {arg("name", std::string(name)), scope_arg("scope", scope.label())}));
    if (!problems.empty()) throw InputError(problems);
    return {ancestor_at(&scope, anchor), definition};
}

}  // namespace engine
