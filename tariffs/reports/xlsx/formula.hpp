// A rule's syntax tree as a spreadsheet formula, for the XLSX report's files
// only: the engine's operators, functions and rounding modes as Excel and
// LibreOffice write them, with no more parentheses than precedence needs.
#pragma once

#include "engine/derivation.hpp"
#include "engine/expr.hpp"
#include "engine/rounding.hpp"
#include "engine/scope.hpp"
#include "tariffs/reports/xlsx/workbook.hpp"

#include <functional>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace tariffs::xlsx {

using engine::BinaryOp;
using engine::Derivation;
using engine::Expr;
using engine::ExprKind;
using engine::Function;
using engine::RoundingMode;
using engine::Scope;

// A piece of a spreadsheet formula with the precedence of its outermost operator.
enum Precedence { compare = 0, additive = 1, multiplicative = 2, unary = 3, atom = 4 };
struct Piece {
    std::string text;
    int precedence = atom;
};

// The piece's text, in parentheses when its precedence is below `at_least`.
std::string wrap(const Piece& piece, int at_least);

// A number in a formula: its exact decimal, or its fraction; in parentheses
// when negative or a fraction, so it binds as one value.
Piece formula_literal(const Number& value);

// The rounding functions of a spreadsheet for the engine's modes; nothing for
// half_even and half_down, which have no spreadsheet equivalent.
std::optional<std::string> round_call(const std::string& x, const std::string& digits, RoundingMode mode);

// round(x, places, mode), or round_to(x, step, mode) as round(x / step, 0) × step.
std::optional<Piece> rounded(const Piece& x, const std::optional<Piece>& places, const std::optional<Piece>& step,
                             RoundingMode mode);

// `parts` with `separator` between them: `A1+B1+C1`, `B2,B3`.
std::string joined(const std::vector<std::string>& parts, const std::string& separator);

// The note on a cell whose rounding has no spreadsheet equivalent.
std::string no_equivalent(RoundingMode mode);

// `x` rounded as an indexation policy rounds a tariff (`rounding`: to its
// step, or to its places, two where it gives none); nothing where a
// spreadsheet cannot.
std::optional<std::string> tariff_rounded(const Piece& x, const engine::Rounding& rounding);

// Translates a rule's syntax tree into a spreadsheet formula. `name` gives the
// cell of a name as the rule sees it in a scope (the rule's own, or an item of
// a collection inside sum()); the first thing that has no spreadsheet
// equivalent is kept in `problem`.
class FormulaWriter {
public:
    using NameCell = std::function<std::optional<std::string>(const Scope& context, const std::string& name)>;

    explicit FormulaWriter(NameCell name) : name_(std::move(name)) {}

    // The formula of `derivation` (its expression and its rule's own rounding).
    Piece rule(const Derivation& derivation);

    const std::string& problem() const { return problem_; }

private:
    void fail(std::string why);

    Piece expr(const Expr& e, const Scope& context, bool as_condition = false);
    Piece binary(const Expr& e, const Scope& context, bool as_condition);
    Piece call(const Expr& e, const Scope& context);

    NameCell name_;
    std::string problem_;
};

}  // namespace tariffs::xlsx
