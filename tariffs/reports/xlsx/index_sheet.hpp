// The Index sheet (METHOD.md §5): the figures of every index series, each an
// input cell (provisional and definitive; an empty one is a figure not
// published yet), an index a policy states outright, the weights, and for
// each set of weights each year's weighted figure, correction and index as
// formulas, rounded as the policy says. The Indexed tariffs sheet refers to
// the index cells.
#pragma once

#include "tariffs/reports/xlsx/sheet_context.hpp"
#include "tariffs/reports/xlsx/workbook.hpp"

#include <string>
#include <string_view>

namespace tariffs::xlsx {

class IndexSheet {
public:
    explicit IndexSheet(const SheetContext& context) : context_(context) {}

    void write(Sheet& sheet);

private:
    std::string t(std::string_view english) const { return context_.locale.text(english); }

    const SheetContext& context_;
};

}  // namespace tariffs::xlsx
