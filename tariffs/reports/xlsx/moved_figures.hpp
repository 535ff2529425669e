// A variant's figures as formulas on a row of workings: the rules a moved
// input reaches, computed again on one row, each a formula on the moved
// input's cell, on the rules before it on the row, and on the model's own
// cells (a live copy's, ModelSheets) for every figure the change leaves. The
// sensitivity workbook's moved tariffs are such rows, so they follow an input
// typed anew as the model's tariffs do.
#pragma once

#include "engine/evaluation.hpp"
#include "tariffs/reports/xlsx/model_sheets.hpp"
#include "tariffs/reports/xlsx/workbook.hpp"

#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace tariffs::xlsx {

class MovedFigures {
public:
    // `model`: its model sheets written (write_model_sheets).
    explicit MovedFigures(const ModelSheets& model) : model_(model), context_(model.context()) {}

    // A figure and its cell: on the row of workings where the variant computes
    // it again, else on the model's sheets.
    struct Figure {
        std::string cell;
        Number value;
    };
    // A rule computed again: its name, and its formula beside it.
    struct Rule {
        int col = 0;  // the name's
        std::string name, formula;
        Number value;
        lxw_format* format = nullptr;
    };
    struct Price {
        Figure price;                 // per the unit of the product or trajectory
        std::optional<Figure> exact;  // a product's tariff before its rounding, where a rule gives it
        std::vector<Rule> rules;      // to be written on the row, by write_rules
    };

    // The Inputs cells of the given values at `slots` (nodes of the compiled model), with their values.
    std::vector<Figure> input_cells_at(const std::vector<engine::NodeId>& slots);
    // The rules that `values` (a variant of the model setting the inputs at
    // `slots`, each read from the cell `moved`) computes again on the way to
    // the price of `code`, a product or trajectory, laid out on `row` from
    // column `col`: each rule's name, then its formula. A trajectory's expected
    // cost and price are among them whether or not they change. None where a
    // rule has no formula or cannot be computed with the change. Writes nothing.
    std::optional<Price> moved(int row, int col, const std::string& code, engine::Evaluation& values,
                               const std::vector<engine::NodeId>& slots, const std::string& moved);
    // Writes the rules of `price` on `row` of `sheet`.
    static void write_rules(Sheet& sheet, int row, const Price& price);

private:
    struct Row;
    std::string t(std::string_view english) const { return context_.locale.text(english); }
    std::optional<Figure> moved_figure(Row& row, const Derivation& figure);
    std::optional<Figure> moved_price(Row& row, const std::string& code);
    std::optional<Figure> moved_trajectory(Row& row, const Trajectory& trajectory);

    const ModelSheets& model_;
    const SheetContext& context_;
    std::unordered_map<engine::NodeId, const Derivation*> input_at_node_;  // the Inputs sheet's values by node
};

}  // namespace tariffs::xlsx
