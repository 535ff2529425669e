// The forecast workbook's Key data sheet: each municipality's figures by year
// (the settings' metric, objective, usage), each an input cell, a figure
// carried forward a formula on the years it comes from (shaded, its comment
// saying how); below them what every year's split reads once: the no-claim
// share and an amount given on the command line.
#pragma once

#include "tariffs/reports/xlsx/sheet_context.hpp"
#include "tariffs/reports/xlsx/workbook.hpp"

#include <initializer_list>
#include <map>
#include <string>
#include <string_view>
#include <tuple>
#include <utility>

namespace tariffs::xlsx {

// The settings' metric among the figures, by whatever name the model gives it.
inline constexpr const char* metric_figure = "metric";

// Where the key data are, for the sheets that split by a key.
struct KeyDataCells {
    // (municipality, figure: objective, usage or metric_figure, year) → its cell
    std::map<std::tuple<std::string, std::string, int>, std::string> figure;
    std::string no_claim_share, given_amount;  // none: not on the sheet
};

class KeyDataSheet {
public:
    // `context`: its model sheets written; its data with a forecast.
    explicit KeyDataSheet(const SheetContext& context) : context_(context) {}

    void write(Sheet& sheet, KeyDataCells& cells);

private:
    std::string t(std::string_view english) const { return context_.locale.text(english); }

    const SheetContext& context_;
};

}  // namespace tariffs::xlsx
