#include "engine/scope.hpp"

#include "engine/decimal.hpp"

#include <algorithm>
#include <set>

namespace engine {

Number Rounding::apply(const Number& value) const {
    if (step) return round_to_step(value, *step, mode);
    return round_places(value, places.value_or(0), mode);
}

std::string Rounding::describe() const {
    const std::string mode_name(to_string(mode));
    if (step) {
        auto exact = step->to_exact_decimal();
        return "round_to(·, " + (exact ? *exact : step->to_fraction_string()) + ", " + mode_name + ")";
    }
    return "round(·, " + std::to_string(places.value_or(0)) + ", " + mode_name + ")";
}

bool Range::contains(const Number& value) const {
    if (low && (low_open ? value <= *low : value < *low)) return false;
    if (high && (high_open ? value >= *high : value > *high)) return false;
    return true;
}

Scope::Scope(std::string label, const Scope* parent, SourcePos pos)
    : label_(std::move(label)), parent_(parent), pos_(std::move(pos)),
      depth_(parent ? parent->depth() + 1 : 0) {}

namespace {

// Keeps `index` sorted by symbol, one entry per symbol.
template <class T>
void index_by_symbol(std::vector<std::pair<Symbol, const T*>>& index, Symbol symbol, const T* item) {
    auto it = std::lower_bound(index.begin(), index.end(), symbol,
                               [](const auto& entry, Symbol s) { return entry.first < s; });
    if (it != index.end() && it->first == symbol) it->second = item;
    else index.insert(it, {symbol, item});
}

template <class T>
const T* find_by_symbol(const std::vector<std::pair<Symbol, const T*>>& index, Symbol symbol) {
    auto it = std::lower_bound(index.begin(), index.end(), symbol,
                               [](const auto& entry, Symbol s) { return entry.first < s; });
    return it != index.end() && it->first == symbol ? it->second : nullptr;
}

}  // namespace

void Scope::define(Definition definition) {
    define_shared(*owned_.emplace_back(std::make_unique<Definition>(std::move(definition))));
}

void Scope::define_shared(const Definition& definition) {
    index_by_symbol(definitions_by_symbol_, intern(definition.name), &definition);
}

void Scope::define_collection(Collection collection) {
    const std::string name = collection.name;
    auto [it, _] = collections_.insert_or_assign(name, std::move(collection));
    index_by_symbol(collections_by_symbol_, intern(name), &it->second);
}

const Definition* Scope::find_local(Symbol name) const { return find_by_symbol(definitions_by_symbol_, name); }

const Collection* Scope::find_local_collection(Symbol name) const {
    return find_by_symbol(collections_by_symbol_, name);
}

const Definition* Scope::find_local(std::string_view name) const {
    const std::optional<Symbol> symbol = find_symbol(name);
    return symbol ? find_local(*symbol) : nullptr;
}

const Collection* Scope::find_local_collection(std::string_view name) const {
    auto it = collections_.find(name);
    return it == collections_.end() ? nullptr : &it->second;
}

Scope::Found Scope::find(std::string_view name) const {
    const std::optional<Symbol> symbol = find_symbol(name);
    return symbol ? find(*symbol) : Found{};
}

Scope::Found Scope::find(Symbol name) const {
    for (const Scope* scope = this; scope; scope = scope->parent_)
        if (const Definition* definition = scope->find_local(name)) return {definition, scope};
    return {};
}

Scope::FoundCollection Scope::find_collection(std::string_view name) const {
    const std::optional<Symbol> symbol = find_symbol(name);
    return symbol ? find_collection(*symbol) : FoundCollection{};
}

Scope::FoundCollection Scope::find_collection(Symbol name) const {
    for (const Scope* scope = this; scope; scope = scope->parent_)
        if (const Collection* collection = scope->find_local_collection(name)) return {collection, scope};
    return {};
}

std::vector<std::string> Scope::visible_names() const {
    std::set<std::string> names;
    for (const Scope* scope = this; scope; scope = scope->parent_) {
        for (const auto& [_, definition] : scope->definitions_by_symbol_) names.insert(definition->name);
        for (const auto& [name, _] : scope->collections_) names.insert(name);
    }
    return {names.begin(), names.end()};
}

const Scope* ancestor_at(const Scope* scope, int depth) {
    while (scope && scope->depth() > depth) scope = scope->parent();
    return scope;
}

}  // namespace engine
