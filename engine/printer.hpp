// Writes a formula back as text, with only the parentheses it needs.
#pragma once

#include "engine/expr.hpp"

#include <string>

namespace engine {

std::string to_text(const Expr& expr);

}  // namespace engine
