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

#include <functional>
#include <memory>
#include <string_view>

namespace engine {

// Formulas nest at most this deep: deeper is refused rather than risking the
// stack (in parsing, checking, evaluating and destroying the tree).
inline constexpr int max_formula_height = 200;

// Where each character of a formula stands in its file, by offset.
using PositionMap = std::function<SourcePos(int offset)>;

// Parses `text`, whose first character stands at `start` (on one line). Throws
// InputError with the position of the offending token.
std::unique_ptr<Expr> parse_formula(std::string_view text, const SourcePos& start);
// The same for a formula whose characters are placed by `positions`, e.g. one
// written over several lines.
std::unique_ptr<Expr> parse_formula(std::string_view text, const PositionMap& positions);

}  // namespace engine
