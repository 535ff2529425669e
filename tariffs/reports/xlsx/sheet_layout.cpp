// How a sheet is laid out once it is written: each column as wide as the
// widest value or header in it (a long text wraps at max_text_width), each
// note wrapped across the columns, and the sheet printed on A4 one page wide,
// landscape where it is wider than a portrait page, its header row on every page.
#include "tariffs/reports/xlsx/workbook.hpp"

#include <algorithm>
#include <cmath>

namespace tariffs::xlsx {

namespace {

// A column of `width` characters in pixels, as a spreadsheet draws it (Calibri 11).
double pixels(double width) { return std::floor(width * 7 + 5); }

// What fits across A4 between the default margins (0.7 inch), in pixels at 96 per inch.
constexpr double portrait_pixels = (210 - 2 * 17.78) / 25.4 * 96;

// Room around a value: the cell's padding and a little for wide letters.
constexpr double padding = 2;
constexpr double narrowest = 4;
constexpr double line_height = 15;  // points, for Calibri 11

}  // namespace

void Sheet::measure(int row, int col, double width) {
    last_row_ = std::max(last_row_, row);
    last_col_ = std::max(last_col_, col);
    if (static_cast<std::size_t>(col) >= widths_.size()) widths_.resize(static_cast<std::size_t>(col) + 1, 0);
    widths_[static_cast<std::size_t>(col)] = std::max(widths_[static_cast<std::size_t>(col)], width);
}

void Sheet::finish() {
    widths_.resize(static_cast<std::size_t>(last_col_) + 1, 0);
    std::vector<double> set(widths_.size());
    double total_pixels = 0;
    for (std::size_t c = 0; c < widths_.size(); ++c) {
        set[c] = std::max(narrowest, std::ceil(widths_[c]) + padding);
        total_pixels += pixels(set[c]);
        check(worksheet_set_column(sheet_, to_col(static_cast<int>(c)), to_col(static_cast<int>(c)), set[c], nullptr));
    }
    lxw_format* wrapped = book_.formats().wrapped(book_.formats().note);
    for (const Note& note : notes_) {
        const int first = std::min(note.col, last_col_);
        double across = 0;
        for (int c = first; c <= last_col_; ++c) across += set[static_cast<std::size_t>(c)];
        // Words break where they may: a line holds a little less than the width.
        const double lines = std::ceil(static_cast<double>(note.text.size()) / std::max(1.0, across * 0.9));
        check(worksheet_set_row(sheet_, to_row(note.row), line_height * std::max(1.0, lines), nullptr));
        if (first < last_col_)
            check(worksheet_merge_range(sheet_, to_row(note.row), to_col(first), to_row(note.row), to_col(last_col_),
                                        note.text.c_str(), wrapped));
        else
            check(worksheet_write_string(sheet_, to_row(note.row), to_col(first), note.text.c_str(), wrapped));
    }
    worksheet_set_paper(sheet_, 9);  // A4
    if (total_pixels > portrait_pixels) worksheet_set_landscape(sheet_);
    worksheet_fit_to_pages(sheet_, 1, 0);
    check(worksheet_print_area(sheet_, 0, 0, to_row(last_row_), to_col(last_col_)));
    check(worksheet_repeat_rows(sheet_, 0, 0));
}

}  // namespace tariffs::xlsx
