// The Indexed tariffs sheet: the headline index of each year, then per
// product its index and its tariff per year, each a formula on the Index
// sheet and the year before (or, indexed directly, on the exact base-year
// tariff), rounded as its policy says; and where the product is priced per
// another unit (a minute), its price per year from that tariff.
#pragma once

#include "tariffs/reports/xlsx/sheet_context.hpp"
#include "tariffs/reports/xlsx/workbook.hpp"

#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>

namespace tariffs::xlsx {

class IndexedTariffsSheet {
public:
    explicit IndexedTariffsSheet(const SheetContext& context) : context_(context) {}

    void write(Sheet& sheet);

private:
    std::string t(std::string_view english) const { return context_.locale.text(english); }
    std::string t(std::string_view english,
                  std::initializer_list<std::pair<std::string_view, std::string>> fills) const {
        return context_.locale.text(english, fills);
    }
    // The rows of one product from `row`; returns the row after them.
    int write_product(Sheet& sheet, const IndexedProduct& product, int row, int first, int note_col);
    // The price per the product's own unit (a minute) from its indexed tariff on `tariff_row`.
    void write_unit_price(Sheet& sheet, const IndexedProduct& product, int price_row, int tariff_row, int first,
                          std::string& problem);

    const SheetContext& context_;
};

}  // namespace tariffs::xlsx
