// The syntax tree of a rule's formula.
#pragma once

#include "engine/number.hpp"
#include "engine/rounding.hpp"
#include "engine/source.hpp"
#include "engine/symbol.hpp"

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace engine {

enum class ExprKind { literal, name, negate, binary, call };

enum class BinaryOp { add, subtract, multiply, divide, less, less_equal, greater, greater_equal,
                      equal, not_equal };

enum class Function { if_, min, max, round, round_to, sum, abs };

struct Expr {
    ExprKind kind = ExprKind::literal;
    SourcePos pos;                       // of the token that starts this node (the operator for binaries)
    int begin = 0, end = 0;              // the node's span in the formula text, as offsets
    int height = 1;                      // levels of nodes from here down, bounded by the parser
    Number value;                        // literal
    std::string unit;                    // literal: its unit as written (`month/year`); empty: a pure number
    std::string name;                    // name; collection name for sum
    Symbol symbol = 0;                   // of `name`, so lookups compare numbers
    BinaryOp op = BinaryOp::add;         // binary
    Function function = Function::if_;   // call
    std::optional<RoundingMode> mode;    // round, round_to: the mode named as third argument
    // negate: 1; binary: 2; call: its value arguments (sum: only the body, the
    // collection is in `name`; round: the mode is in `mode`)
    std::vector<std::unique_ptr<Expr>> operands;
};

std::string_view to_string(BinaryOp op);
std::string_view to_string(Function function);

}  // namespace engine
