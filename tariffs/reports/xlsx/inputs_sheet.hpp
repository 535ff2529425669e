// The Inputs sheet: every value the price derivations use, grouped by scope
// (the method, the model, kinds and staff levels, then each product followed
// by its staff mix), each an input cell with its source, meaning and unit;
// the model's own with a workbook-wide name (`overhead_surcharge`).
#pragma once

#include "tariffs/reports/xlsx/sheet_context.hpp"
#include "tariffs/reports/xlsx/workbook.hpp"

#include <string>
#include <string_view>

namespace tariffs::xlsx {

class InputsSheet {
public:
    explicit InputsSheet(const SheetContext& context) : context_(context) {}

    // Each value's row and cell, before any sheet is written.
    void plan(const Sheet& sheet);
    // With `model` (the cells of the model's copy, for a variant's): an input
    // with the model's value is a reference to the model's cell; an input the
    // variant changes stays an input cell, the model's value beside it.
    void write(Sheet& sheet, const CellMap* model = nullptr);

private:
    std::string t(std::string_view english) const { return context_.locale.text(english); }
    int product_index(const Product& product) const;
    void write_variant_input(Sheet& sheet, int row, const Derivation& value, const CellMap& model);

    const SheetContext& context_;
};

}  // namespace tariffs::xlsx
