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

// Formulas nest at most this deep: deeper is refused rather than risking the
// stack (in parsing, checking, evaluating and destroying the tree).
inline constexpr int max_formula_height = 200;

// Parses `text`, each of whose characters stands where `places` says (a start
// on one line converts to it). Throws InputError with the position of the
// offending token.
std::unique_ptr<Expr> parse_formula(std::string_view text, const TextPlaces& places);

}  // namespace engine
