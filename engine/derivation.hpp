// A value with its provenance: the definition it came from, the scope it was
// evaluated in, and the values it was computed from.
#pragma once

#include "engine/number.hpp"
#include "engine/scope.hpp"

#include <optional>
#include <string_view>
#include <vector>

namespace engine {

struct Derivation {
    const Definition* definition = nullptr;
    // The scope the value was evaluated in: the highest scope that gives the
    // same value, so a value shared by many products is computed once.
    const Scope* scope = nullptr;
    Number value;
    std::optional<Number> unrounded;  // the exact value before the rule's own rounding
    std::vector<const Derivation*> inputs;  // in order of first use

    std::string_view name() const { return definition->name; }
};

}  // namespace engine
