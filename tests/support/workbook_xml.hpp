// A workbook read back from its XML, for the workbook tests: each sheet's
// column widths, cells (value, formula, style), merged cells and print setup,
// and the styles (number format, fill, wrapping, bold). Only what
// libxlsxwriter writes is understood; `unzip` reads the parts.
#pragma once

#include <array>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <utility>
#include <vector>

namespace test {

struct XlsxCell {
    std::string type;     // "s" (text), "str" (a formula's text), "" (a number), "b", "e"
    int style = 0;        // an index into Xlsx::styles
    std::string value;    // the text, or the number as stored (a formula's cached value)
    std::string formula;  // without its `=`; empty for a value
    bool is_text() const { return type == "s" || type == "str" || type == "inlineStr"; }
};

struct XlsxStyle {
    std::string number_format;  // `#,##0.00`; empty for General
    std::string fill;           // `FFDDEBF7`; empty for none
    bool wrap = false, bold = false;
};

struct XlsxSheet {
    std::string name;
    std::map<int, double> widths;  // column (from 0) → width in characters; absent: the default
    std::map<std::pair<int, int>, XlsxCell> cells;  // (row, column), both from 0
    std::vector<std::array<int, 4>> merged;         // first row, first column, last row, last column
    std::map<std::string, std::string> page_setup;  // the attributes of <pageSetup>
    bool fit_to_page = false;
    std::string print_area;  // `Inputs!$A$1:$G$40`; empty when none is set
    std::set<int> rows_with_height;  // rows given a height of their own

    const XlsxCell* cell(int row, int col) const;
    double width(int col) const;  // 8.43 where not set
    // Whether the cell is part of a merged range.
    bool in_merged(int row, int col) const;
};

struct Xlsx {
    std::vector<XlsxSheet> sheets;
    std::vector<XlsxStyle> styles;  // cellXfs, by index
    std::map<std::string, std::string> defined_names;  // workbook-wide names → what they refer to

    const XlsxSheet& sheet(const std::string& name) const;  // throws without it
    const XlsxStyle& style_of(const XlsxCell& cell) const { return styles.at(static_cast<std::size_t>(cell.style)); }
};

// The workbook's parts read back; nothing without `unzip`.
std::optional<Xlsx> read_xlsx(const std::string& book, const std::string& dir);

// `C5` → (4, 2); `$C$5` too.
std::pair<int, int> parse_cell(const std::string& name);

// Every cell a formula refers to, with the sheet each is on (`on` where the
// reference names none); a range stands for each of its cells.
std::vector<std::pair<std::string, std::pair<int, int>>> formula_references(const std::string& formula,
                                                                          const std::string& on);

// The characters `text` shows as (UTF-8 code points).
std::size_t characters(const std::string& text);

}  // namespace test
