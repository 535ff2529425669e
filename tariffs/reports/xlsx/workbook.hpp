// The workbook's parts over libxlsxwriter, for the XLSX report's files only:
// the C locale while a workbook is written, cell references, the formats, a
// sheet and its cells, and the book. A sheet measures what it holds: when the
// book is closed, every column is as wide as its widest value and header, and
// every sheet prints one page wide (sheet_layout.cpp).
#pragma once

#include "engine/number.hpp"
#include "tariffs/reports/xlsx/formats.hpp"

#include <xlsxwriter.h>

#include <deque>
#include <map>
#include <optional>
#include <string>
#include <utility>
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

// `A`, `Z`, `AA` for columns 0, 25, 26.
std::string column_name(int col);
// `C5` and `$C$5` for row 4, column 2 (both counted from 0).
std::string cell_name(int row, int col);
std::string absolute_cell(int row, int col);

// A value in a formula: its exact decimal, or the fraction.
std::string number_text(const Number& value);

class Book;

// A column is never wider than this many characters: longer text wraps.
inline constexpr double max_text_width = 50;

class Sheet {
public:
    // Use Book::add_sheet.
    Sheet(Book& book, lxw_worksheet* sheet, std::string name);

    const std::string& name() const { return name_; }
    // The absolute reference from another sheet: `Inputs!$C$5`.
    std::string ref(int row, int col) const { return sheet_prefix(name_) + absolute_cell(row, col); }

    // Nothing for empty text. Text longer than a column may be wide wraps.
    void text(int row, int col, const std::string& value, lxw_format* format = nullptr);
    // A heading that runs on over the empty cells to its right: it does not widen its column.
    void title(int row, int col, const std::string& value, lxw_format* format = nullptr);
    // A note across the sheet's columns from `col`, wrapped; laid out when the book is closed.
    void note(int row, const std::string& value, int col = 0);
    void number(int row, int col, const Number& value, lxw_format* format = nullptr);
    // `formula` without the leading `=`; `cached` is the engine's value.
    void formula(int row, int col, const std::string& formula, const Number& cached, lxw_format* format = nullptr);
    // A value as exactly as a cell holds it: a short decimal as a number, a
    // value with no short decimal (a third of something) as its fraction.
    void exact(int row, int col, const Number& value, lxw_format* format = nullptr);
    // An empty cell with a format: an input the model does not give yet.
    void blank(int row, int col, lxw_format* format);
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

    // This sheet a copy of `model`'s (a scenario's, laid out alike): an input
    // cell written with the value `model` holds at the same place becomes a
    // reference to it, so typing the model's input moves the copy too.
    void mirror(const Sheet& model) { mirror_ = &model; }

    // Every column as wide as its widest value, the notes laid out, and the
    // sheet printed one page wide (landscape where it is wide). Book::close calls it.
    void finish();

private:
    static lxw_row_t to_row(int row) { return static_cast<lxw_row_t>(row); }
    static lxw_col_t to_col(int col) { return static_cast<lxw_col_t>(col); }
    // A cell of `width` characters at (row, col): the column is at least as wide.
    void measure(int row, int col, double width);
    // Where `format` is an input's: writes a reference to the mirrored sheet's
    // cell if it holds `value` (true), else notes the input cell (false).
    bool mirrored(int row, int col, const Number& value, lxw_format* format);

    struct Note {
        int row, col;
        std::string text;
    };

    Book& book_;
    std::string name_;
    lxw_worksheet* sheet_ = nullptr;
    std::vector<double> widths_;  // each column's widest value, in characters
    int last_row_ = 0, last_col_ = 0;
    std::vector<Note> notes_;
    const Sheet* mirror_ = nullptr;
    std::map<std::pair<int, int>, Number> inputs_;  // every input cell's value, by (row, col)
};

// The workbook, freed also when writing fails half-way.
class Book {
public:
    // `euro_sign`: amounts as `€ 1.234,56` (Dutch). Nothing is written to `path` before close().
    Book(const std::string& path, bool euro_sign);
    ~Book();
    Book(const Book&) = delete;
    Book& operator=(const Book&) = delete;

    Sheet& add_sheet(const std::string& name);
    Formats& formats() { return *formats_; }
    const std::deque<Sheet>& sheets() const { return sheets_; }

    // The document's title, and a creation time derived from the model (1 January
    // of its base year, UTC) rather than the clock, so the same model gives the
    // same bytes.
    // `subject` (may be empty): the scenario the workbook is computed under;
    // `keywords` (may be empty): the fingerprint of what it is computed from.
    void set_properties(const std::string& title, int year, const std::string& subject, const std::string& keywords);
    // Lays out every sheet, writes the file and frees the workbook; throws
    // std::runtime_error when it cannot.
    void close(const std::string& path);

    lxw_workbook* get() const { return book_; }

private:
    lxw_workbook* book_;
    std::optional<Formats> formats_;
    std::deque<Sheet> sheets_;  // a deque: a sheet never moves
    std::string title_, comments_, subject_, keywords_;  // kept while the workbook may point at them
};

// Throws std::runtime_error for a libxlsxwriter error.
void check(lxw_error error);

}  // namespace tariffs::xlsx
