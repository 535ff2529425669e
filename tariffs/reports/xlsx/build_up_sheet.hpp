// The Build-up sheet: every rule the prices use as a spreadsheet formula on
// the cells of what it reads (the inputs, the rules before it), the rules
// several products share first, then each product's own; a rule with no
// spreadsheet equivalent keeps the engine's value and says why.
#pragma once

#include "tariffs/reports/xlsx/sheet_context.hpp"
#include "tariffs/reports/xlsx/workbook.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace tariffs::xlsx {

class BuildUpSheet {
public:
    explicit BuildUpSheet(const SheetContext& context) : context_(context) {}

    // Each rule's row and cell, before any sheet is written.
    void plan(const Sheet& sheet);
    void write(Sheet& sheet);

private:
    struct Row {
        int row = 0;
        const Derivation* rule = nullptr;  // none: a title row
        std::string title;
    };

    std::string t(std::string_view english) const { return context_.locale.text(english); }

    const SheetContext& context_;
    std::vector<Row> rows_;
};

}  // namespace tariffs::xlsx
