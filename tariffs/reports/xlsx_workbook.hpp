// The workbook's parts over libxlsxwriter, for the XLSX report's files only:
// the C locale while a workbook is written, cell references, a sheet and its
// cells, the book, and the number formats.
#pragma once

#include "engine/number.hpp"

#include <xlsxwriter.h>

#include <map>
#include <string>
#include <vector>

namespace tariffs::xlsx {

using engine::Number;

// libxlsxwriter prints numbers with the C library, in the process's LC_NUMERIC
// locale: hold it at "C" while the workbook is written, and restore it after.
class NumericLocaleC {
public:
    NumericLocaleC();
    ~NumericLocaleC();
    NumericLocaleC(const NumericLocaleC&) = delete;
    NumericLocaleC& operator=(const NumericLocaleC&) = delete;

private:
    std::string saved_;
};

// ---- Cells and references -----------------------------------------------------

// `Inputs!` or `'Build-up'!`
std::string sheet_prefix(const std::string& sheet);

// `C5` and `$C$5` for row 4, column 2 (both counted from 0).
std::string cell_name(int row, int col);
std::string absolute_cell(int row, int col);

// A value in a formula: its exact decimal, or the fraction.
std::string number_text(const Number& value);

class Sheet {
public:
    // Adds the sheet to `book`, its first row frozen.
    Sheet(lxw_workbook* book, std::string name);

    const std::string& name() const { return name_; }
    // The absolute reference from another sheet: `Inputs!$C$5`.
    std::string ref(int row, int col) const { return sheet_prefix(name_) + absolute_cell(row, col); }

    // Nothing for empty text.
    void text(int row, int col, const std::string& value, lxw_format* format = nullptr);
    void number(int row, int col, const Number& value, lxw_format* format = nullptr);
    // `formula` without the leading `=`; `cached` is the engine's value.
    void formula(int row, int col, const std::string& formula, const Number& cached, lxw_format* format = nullptr);
    // A value as exactly as a cell holds it: a short decimal as a number, a
    // value with no short decimal (a third of something) as its fraction.
    void exact(int row, int col, const Number& value, lxw_format* format = nullptr);
    // A note that shows when the pointer rests on the cell.
    void comment(int row, int col, const std::string& text);
    // A workbook-wide name for the cell (`overhead_surcharge`), where the spreadsheet takes it.
    void define_name(const std::string& name, int row, int col);
    // A formula whose result is text; `cached` is the engine's text.
    void text_formula(int row, int col, const std::string& formula, const std::string& cached,
                      lxw_format* format = nullptr);
    // The cell turns to `format` whenever its value is not 0.
    void flag_unless_zero(int row, int col, lxw_format* format);
    // ... whenever its value is below 0, or whenever it is not blank.
    void flag_below_zero(int row, int col, lxw_format* format);
    void flag_unless_blank(int row, int col, lxw_format* format);
    // The columns' widths, from the first.
    void widths(const std::vector<int>& widths);

private:
    static lxw_row_t to_row(int row) { return static_cast<lxw_row_t>(row); }
    static lxw_col_t to_col(int col) { return static_cast<lxw_col_t>(col); }

    std::string name_;
    lxw_workbook* book_ = nullptr;
    lxw_worksheet* sheet_ = nullptr;
};

// The workbook, freed also when writing fails half-way.
class Book {
public:
    explicit Book(const std::string& path);
    ~Book();
    Book(const Book&) = delete;
    Book& operator=(const Book&) = delete;

    lxw_workbook* get() const { return book_; }
    // The document's title, and a creation time derived from the model (1 January
    // of its base year, UTC) rather than the clock, so the same model gives the
    // same bytes.
    // `subject` (may be empty): the scenario the workbook is computed under;
    // `keywords` (may be empty): the fingerprint of what it is computed from.
    void set_properties(const std::string& title, int year, const std::string& subject, const std::string& keywords);
    // Writes the file and frees the workbook; throws std::runtime_error when it cannot.
    void close(const std::string& path);

private:
    lxw_workbook* book_;
    std::string title_, comments_, subject_, keywords_;  // kept while the workbook may point at them
};

struct Formats {
    // `euro_sign`: amounts as `€ 1.234,56` (Dutch), else `1,234.56` as the spreadsheet's locale shows it.
    explicit Formats(lxw_workbook* book, bool euro_sign = false);
    // A fraction shown as a percentage with at least two decimals: 0.0385 is 3.85%;
    // `input`: with an input's fill.
    lxw_format* percent(int decimals = 2, bool input = false);
    // As many decimals as the percentage has (up to six).
    lxw_format* percent_of(const Number& fraction, bool input = false);

    lxw_format* bold = nullptr;
    lxw_format* money = nullptr;
    lxw_format* bold_money = nullptr;
    lxw_format* tariff = nullptr;
    lxw_format* note = nullptr;
    lxw_format* carried = nullptr;       // a figure carried forward by a formula (shaded)
    lxw_format* engine_cent = nullptr;   // a largest-remainder cent (shaded)
    lxw_format* alarm = nullptr;         // a check that fails
    // An input: a value the model gives, which a user may change (a light blue fill).
    static constexpr lxw_color_t input_fill = 0xDDEBF7;
    lxw_format* input = nullptr;
    lxw_format* input_money = nullptr;
    lxw_format* input_percent = nullptr;
    lxw_format* bold_percent = nullptr;   // an index: 3.85%

private:
    lxw_format* add();
    lxw_workbook* book_;
    std::map<std::pair<int, bool>, lxw_format*> percents_;
};

}  // namespace tariffs::xlsx
