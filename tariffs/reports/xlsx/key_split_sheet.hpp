// A forecast workbook's sheet per allocation key: every year's split by the
// key, each part a formula over the key data and the Budgets sheet (the
// weight, the exact share, under insurance the premium, use, refund and
// deficit part). The largest-remainder cents are formulas too, checked
// against the engine's: a column of remainders per split, the cents left over
// below it, each part's rank by COUNTIF; a check beside each sum turns red if
// the parts no longer add up.
#pragma once

#include "tariffs/reports/xlsx/key_data_sheet.hpp"
#include "tariffs/reports/xlsx/sheet_context.hpp"
#include "tariffs/reports/xlsx/workbook.hpp"

#include <cstddef>
#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>

namespace tariffs::xlsx {

class KeySplitSheet {
public:
    // `context`: its sheets written, the Budgets sheet among them where the
    // data has budgets; its data with a forecast.
    KeySplitSheet(const SheetContext& context, const KeyDataCells& key_data)
        : context_(context), key_data_(key_data) {}

    // The split by the forecast's key number `key`.
    void write(Sheet& sheet, std::size_t key);

private:
    std::string t(std::string_view english) const { return context_.locale.text(english); }
    std::string t(std::string_view english,
                  std::initializer_list<std::pair<std::string_view, std::string>> fills) const {
        return context_.locale.text(english, fills);
    }
    // The amount the forecast splits in `year`: a reference to the budgets or to
    // the amount given, or empty (its value is written then).
    std::string amount_to_split(int year) const;

    const SheetContext& context_;
    const KeyDataCells& key_data_;
};

}  // namespace tariffs::xlsx
