#include "engine/symbol.hpp"

#include <deque>
#include <mutex>
#include <string>
#include <unordered_map>

namespace engine {

namespace {

// Interning happens while models are read, never in the evaluator's inner
// loop, so one lock around the table costs nothing that matters.
struct SymbolTable {
    std::mutex lock;
    std::deque<std::string> names;  // a deque keeps the keys' text in place
    std::unordered_map<std::string_view, Symbol> symbols;
};

SymbolTable& table() {
    static SymbolTable instance;
    return instance;
}

}  // namespace

Symbol intern(std::string_view name) {
    SymbolTable& t = table();
    std::lock_guard guard(t.lock);
    if (auto it = t.symbols.find(name); it != t.symbols.end()) return it->second;
    const auto symbol = static_cast<Symbol>(t.names.size());
    t.symbols.emplace(t.names.emplace_back(name), symbol);
    return symbol;
}

std::optional<Symbol> find_symbol(std::string_view name) {
    SymbolTable& t = table();
    std::lock_guard guard(t.lock);
    if (auto it = t.symbols.find(name); it != t.symbols.end()) return it->second;
    return std::nullopt;
}

}  // namespace engine
