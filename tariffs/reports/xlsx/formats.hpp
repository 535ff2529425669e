// The workbook's cell formats, for the XLSX report's files only: each made
// once from its look (what kind of number, how many decimals, bold, a fill),
// so a sheet can tell from a cell's format how wide its value shows.
#pragma once

#include "engine/number.hpp"

#include <xlsxwriter.h>

#include <map>
#include <string>
#include <tuple>

namespace tariffs::xlsx {

// How a cell shows its value.
struct Look {
    enum class Kind { general, number, money, percent };
    Kind kind = Kind::general;
    int min_decimals = 0, max_decimals = 0;  // number, money and percent
    bool bold = false, italic = false, wrap = false;
    lxw_color_t fill = 0, font = 0;  // 0: none

    auto key() const { return std::tuple(kind, min_decimals, max_decimals, bold, italic, wrap, fill, font); }
    bool operator<(const Look& other) const { return key() < other.key(); }
};

// The characters a value takes in a cell of this look: `4,200,000.00` 12, `€ 0,75` 6, `3.85%` 5.
double shown_width(const Look& look, const engine::Number& value, bool euro_sign);
// The characters a text takes (bold text is wider).
double shown_width(const Look& look, const std::string& text);

class Formats {
public:
    // `euro_sign`: amounts as `€ 1.234,56` (Dutch), else `1,234.56` as the spreadsheet's locale shows it.
    Formats(lxw_workbook* book, bool euro_sign);

    // The format of a look, made once.
    lxw_format* get(const Look& look);
    // The look a format was made with; the default look for none.
    Look look_of(const lxw_format* format) const;
    // The same look, its text wrapped within the column.
    lxw_format* wrapped(const lxw_format* format);
    // The same look, shaded as a figure carried forward (italic, a light yellow fill).
    lxw_format* carried_look(const lxw_format* format);
    // Whether the format is an input's (its fill), and the same look without that fill.
    bool is_input(const lxw_format* format) const;
    lxw_format* not_input(const lxw_format* format);
    bool euro_sign() const { return euro_sign_; }

    // A fraction shown as a percentage with at least two decimals: 0.0385 is 3.85%;
    // `input`: with an input's fill.
    lxw_format* percent(int decimals = 2, bool input = false);
    // As many decimals as the percentage has (up to six).
    lxw_format* percent_of(const engine::Number& fraction, bool input = false);
    // A number that is not money, with `min` to `max` decimals: `1,878.00`, `0.85`.
    lxw_format* number(int min, int max, bool input = false);
    // As many decimals as the value has (up to six): a volume, a weight, a share of an FTE.
    lxw_format* number_of(const engine::Number& value, bool input = false);
    // An amount of money with `min` to `max` decimals.
    lxw_format* money_places(int min, int max, bool input = false);
    // An amount of money as many decimals as it has (two at least, up to six).
    lxw_format* money_of(const engine::Number& value, bool input = false);

    lxw_format* bold = nullptr;
    lxw_format* money = nullptr;
    lxw_format* bold_money = nullptr;
    lxw_format* tariff = nullptr;
    lxw_format* note = nullptr;
    static constexpr lxw_color_t carried_fill = 0xFFF2CC;  // a figure carried forward by a formula
    lxw_format* engine_cent = nullptr;   // a largest-remainder cent (shaded)
    lxw_format* alarm = nullptr;         // a check that fails
    // An input: a value the model gives, which a user may change (a light blue fill).
    static constexpr lxw_color_t input_fill = 0xDDEBF7;
    lxw_format* input = nullptr;          // a number, as many decimals as it has
    lxw_format* input_money = nullptr;
    lxw_format* bold_percent = nullptr;   // an index: 3.85%

private:
    lxw_workbook* book_;
    bool euro_sign_;
    std::map<Look, lxw_format*> made_;
    std::map<const lxw_format*, Look> looks_;
};

}  // namespace tariffs::xlsx
