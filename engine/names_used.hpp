// The names a formula uses, read from its syntax tree without evaluating it:
// what a model may give a value for, and what a rule's value may depend on.
#pragma once

#include "engine/expr.hpp"

#include <string>
#include <vector>

namespace engine {

struct NamesUsed {
    std::vector<std::string> values;       // each name it reads, first use first, once
    std::vector<std::string> collections;  // each collection it sums over
};

// Names inside a `sum` body count too: they are read in each item's scope.
NamesUsed names_used(const Expr& expr);

}  // namespace engine
