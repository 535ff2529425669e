// A Pratt parser for formulas (after clox in Crafting Interpreters).
//
//   formula    := comparison
//   comparison := sum [ ("<" | "<=" | ">" | ">=" | "==" | "!=") sum ]
//   sum        := product { ("+" | "-") product }
//   product    := unary { ("*" | "×" | "/") unary }
//   unary      := "-" unary | primary
//   primary    := number ["%"] | name | name "(" arguments ")" | "(" formula ")"
#pragma once

#include "engine/expr.hpp"
#include "engine/source.hpp"

#include <memory>
#include <string_view>

namespace engine {

// Parses `text`, whose first character stands at `start`. Throws InputError with
// the position of the offending token.
std::unique_ptr<Expr> parse_formula(std::string_view text, const SourcePos& start);

}  // namespace engine
