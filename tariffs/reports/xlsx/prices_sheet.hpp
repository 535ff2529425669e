// The Price sheet: every product with its unit, its tariff and its build-up
// (staff cost, client cost, overhead, risk, the tariff per build-up unit and
// the personnel share), each a reference to its cell on the Build-up sheet.
#pragma once

#include "tariffs/reports/xlsx/sheet_context.hpp"
#include "tariffs/reports/xlsx/workbook.hpp"

#include <optional>
#include <string>
#include <string_view>

namespace tariffs::xlsx {

class PricesSheet {
public:
    explicit PricesSheet(const SheetContext& context) : context_(context) {}

    // Each product's tariff cells, before any sheet is written.
    void plan(const Sheet& sheet);
    void write(Sheet& sheet);

private:
    static constexpr int tariff_col = 6;
    static constexpr int base_tariff_col = 12;

    std::string t(std::string_view english) const { return context_.locale.text(english); }
    // A reference to a derivation's cell, or its value when it has none.
    void derived(Sheet& sheet, int row, int col, const std::optional<engine::Figure>& figure, lxw_format* format);

    const SheetContext& context_;
};

}  // namespace tariffs::xlsx
