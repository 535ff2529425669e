// Names as small numbers, so looking a name up compares integers, not text.
// A name gets its symbol when a scope defines it or a formula uses it, and
// keeps it for the life of the process.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

namespace engine {

using Symbol = std::uint32_t;

// The symbol of `name`, made on first use.
Symbol intern(std::string_view name);

// The symbol of `name` if anything has interned it; a name no scope defines
// and no formula uses has none.
std::optional<Symbol> find_symbol(std::string_view name);

}  // namespace engine
