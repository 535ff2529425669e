// Named definitions and the scopes that hold them.
//
// A scope holds values, formulas, declared inputs and collections, and has a
// parent. A name is looked up from the scope a question is asked in, upward
// (product, then model, then standard library), and a formula is evaluated in
// the scope that asked: a library rule that uses `direct_share` sees the
// product's own `direct_share` when the product has one.
#pragma once

#include "engine/expr.hpp"
#include "engine/message.hpp"
#include "engine/number.hpp"
#include "engine/rounding.hpp"
#include "engine/source.hpp"
#include "engine/symbol.hpp"

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace engine {

// A rounding a rule applies to its result.
struct Rounding {
    std::optional<int> places;   // round to places ...
    std::optional<Number> step;  // ... or to a multiple of step
    RoundingMode mode = RoundingMode::half_up;
    SourcePos pos;

    Number apply(const Number& value) const;
    // `round(·, 2, half_up)` or `round_to(·, 0.60, half_up)`
    std::string describe() const;
};

// What a value may be; checked where the value is given.
struct Range {
    std::optional<Number> low, high;
    bool low_open = false, high_open = false;
    std::string text;  // as written, e.g. `(0, 1]`

    bool contains(const Number& value) const;
};

// The values a parameter usually has: one outside them is allowed, but worth
// a second look (a warning, not an error).
struct UsualRange {
    Range range;
    std::string source;  // where the band comes from, or why it is what it is
};

struct Definition {
    enum class Kind {
        value,    // a number given as input
        formula,  // a rule
        input,    // declared, with no value: each scope that needs it must give one
    };
    std::string name;
    Kind kind = Kind::value;
    Number value;                     // value
    std::shared_ptr<const Expr> expr; // formula
    std::string text;                 // formula: as written; value: as written
    std::optional<Rounding> rounding; // formula: applied to the result
    std::optional<Range> range;       // what it may be: checked where a value is given or a rule computes it
    std::shared_ptr<const UsualRange> usual;  // a declared parameter's usual values; may be null
    std::string description;
    std::string unit;                 // a declared parameter's unit as written (`EUR/month`); may be empty
    SourcePos pos;                    // of the value or the formula text
};

class Scope;

// A list of scopes, one per item, e.g. the staff mix of a product.
struct Collection {
    std::string name;
    std::vector<const Scope*> items;
    SourcePos pos;
    // Not empty for a collection the model did not give: a scope may do without
    // it until a rule it needs sums over it, and then this is the error, at `pos`.
    Message missing = {};
};

class Scope {
public:
    // `label` names the scope in derivations and errors (`product DAG`).
    Scope(std::string label, const Scope* parent, SourcePos pos = {});
    Scope(const Scope&) = delete;
    Scope& operator=(const Scope&) = delete;

    const std::string& label() const { return label_; }
    const Scope* parent() const { return parent_; }
    const SourcePos& pos() const { return pos_; }
    int depth() const { return depth_; }
    // A scope the model does not write itself (one entry of a collection, such
    // as a staff mix): a parameter it lacks is reported at its parent, where
    // the model could give it.
    void set_written(bool written) { written_ = written; }
    bool written() const { return written_; }

    // Adds or replaces a definition of this scope.
    void define(Definition definition);
    // The same for a definition the scope does not own, which must outlive it:
    // a thousand products that take a parameter from the model share its text
    // instead of each holding a copy.
    void define_shared(const Definition& definition);
    void define_collection(Collection collection);

    const Definition* find_local(std::string_view name) const;
    const Collection* find_local_collection(std::string_view name) const;
    const Definition* find_local(Symbol name) const;
    const Collection* find_local_collection(Symbol name) const;

    struct Found {
        const Definition* definition = nullptr;
        const Scope* scope = nullptr;  // where it was found
    };
    // Looks up through this scope and its ancestors.
    Found find(std::string_view name) const;
    Found find(Symbol name) const;
    struct FoundCollection {
        const Collection* collection = nullptr;
        const Scope* scope = nullptr;
    };
    FoundCollection find_collection(std::string_view name) const;
    FoundCollection find_collection(Symbol name) const;

    // Every name visible from this scope, for suggestions.
    std::vector<std::string> visible_names() const;
    // This scope's own definitions and collections, by symbol.
    const std::vector<std::pair<Symbol, const Definition*>>& definitions_by_symbol() const {
        return definitions_by_symbol_;
    }
    const std::vector<std::pair<Symbol, const Collection*>>& collections_by_symbol() const {
        return collections_by_symbol_;
    }

private:
    std::string label_;
    const Scope* parent_;
    SourcePos pos_;
    int depth_;
    bool written_ = true;
    std::vector<std::unique_ptr<Definition>> owned_;  // what define() was given
    std::map<std::string, Collection, std::less<>> collections_;
    // Every definition and collection of this scope by symbol, sorted: what
    // lookups search.
    std::vector<std::pair<Symbol, const Definition*>> definitions_by_symbol_;
    std::vector<std::pair<Symbol, const Collection*>> collections_by_symbol_;
};

// The ancestor of `scope` at `depth` (scope itself when its depth is `depth`).
const Scope* ancestor_at(const Scope* scope, int depth);

}  // namespace engine
