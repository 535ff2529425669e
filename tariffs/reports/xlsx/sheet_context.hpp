// What the sheets of a live copy of the model are written with: the report's
// data, the words, the cell formats, the plan of the derivations, where each
// figure is (filled in as the sheets are written) and how a figure shows.
#pragma once

#include "tariffs/reports/i18n/locale.hpp"
#include "tariffs/reports/report_data.hpp"
#include "tariffs/reports/xlsx/cell_map.hpp"
#include "tariffs/reports/xlsx/figure_look.hpp"
#include "tariffs/reports/xlsx/formats.hpp"
#include "tariffs/reports/xlsx/plan.hpp"

#include <map>
#include <string>
#include <utility>

namespace tariffs::xlsx {

struct SheetContext {
    const ReportData& data;
    const Locale& locale;
    Formats& formats;
    Plan& plan;
    CellMap& cells;
    const FigureLook& look;

    // The formula of a derivation with each name at its cell (without the
    // sheet's name where the cell is on `on_sheet`; a derivation in `replaced`
    // at the cell given there), or why it has none.
    std::pair<std::string, std::string> formula_of(const Derivation& rule, const std::string& on_sheet,
                                                   const std::map<const Derivation*, std::string>& replaced = {}) const;
    // The price sheet's line of the product; none without one.
    const PriceLine* line_of(const Product& product) const;
};

}  // namespace tariffs::xlsx
