#include "tariffs/reports/xlsx_workbook.hpp"

#include "engine/decimal.hpp"

#include <algorithm>
#include <cctype>
#include <clocale>
#include <cstdint>
#include <cstdlib>
#include <ctime>
#include <stdexcept>
#include <utility>

namespace tariffs::xlsx {

namespace {

// ---- The one double -------------------------------------------------------------

// An XLSX cell holds its number as a binary double, and libxlsxwriter takes it
// as one: this is the only place a value becomes a double, from its decimal
// text, for the spreadsheet to display. Nothing is computed with it. (strtod
// reads the C locale's decimal point: write_xlsx holds LC_NUMERIC at "C".)
double cell_double(const Number& value) {
    const std::string text = engine::format_decimal(value, 10);
    return std::strtod(text.c_str(), nullptr);
}

void check(lxw_error error) {
    if (error != LXW_NO_ERROR) throw std::runtime_error(std::string("cannot write the workbook: ") + lxw_strerror(error));
}

std::string column_name(int col) {
    std::string name;
    for (int c = col + 1; c > 0; c = (c - 1) / 26) name.insert(name.begin(), static_cast<char>('A' + (c - 1) % 26));
    return name;
}

std::size_t significant_digits(const std::string& decimal) {
    std::string digits;
    for (char c : decimal)
        if (std::isdigit(static_cast<unsigned char>(c))) digits += c;
    const auto first = digits.find_first_not_of('0');
    if (first == std::string::npos) return 1;
    digits.erase(0, first);
    if (decimal.find('.') != std::string::npos) digits.erase(digits.find_last_not_of('0') + 1);
    return digits.size();
}

}  // namespace

NumericLocaleC::NumericLocaleC() {
    if (const char* current = std::setlocale(LC_NUMERIC, nullptr)) saved_ = current;
    std::setlocale(LC_NUMERIC, "C");
}

NumericLocaleC::~NumericLocaleC() {
    if (!saved_.empty()) std::setlocale(LC_NUMERIC, saved_.c_str());
}

// ---- Cells and references -----------------------------------------------------

std::string sheet_prefix(const std::string& sheet) {
    const bool plain = !sheet.empty() && !std::isdigit(static_cast<unsigned char>(sheet[0])) &&
                       std::all_of(sheet.begin(), sheet.end(), [](char c) {
                           return std::isalnum(static_cast<unsigned char>(c)) || c == '_';
                       });
    if (plain) return sheet + "!";
    std::string quoted = "'";
    for (char c : sheet) quoted += c == '\'' ? std::string("''") : std::string(1, c);
    return quoted + "'!";
}

std::string cell_name(int row, int col) { return column_name(col) + std::to_string(row + 1); }
std::string absolute_cell(int row, int col) { return "$" + column_name(col) + "$" + std::to_string(row + 1); }

std::string number_text(const Number& value) {
    if (auto exact = value.to_exact_decimal()) return *exact;
    return value.numerator().str() + "/" + value.denominator().str();
}

// ---- Sheet ------------------------------------------------------------------------

Sheet::Sheet(lxw_workbook* book, std::string name) : name_(std::move(name)), book_(book) {
    sheet_ = workbook_add_worksheet(book, name_.c_str());
    if (!sheet_) throw std::runtime_error("cannot write the workbook: cannot add the sheet `" + name_ + "`");
    worksheet_freeze_panes(sheet_, 1, 0);
}

void Sheet::text(int row, int col, const std::string& value, lxw_format* format) {
    if (value.empty()) return;
    check(worksheet_write_string(sheet_, to_row(row), to_col(col), value.c_str(), format));
}

void Sheet::number(int row, int col, const Number& value, lxw_format* format) {
    check(worksheet_write_number(sheet_, to_row(row), to_col(col), cell_double(value), format));
}

void Sheet::formula(int row, int col, const std::string& formula, const Number& cached, lxw_format* format) {
    const std::string text = "=" + formula;
    check(worksheet_write_formula_num(sheet_, to_row(row), to_col(col), text.c_str(), format, cell_double(cached)));
}

void Sheet::exact(int row, int col, const Number& value, lxw_format* format) {
    const auto decimal = value.to_exact_decimal();
    if (decimal && significant_digits(*decimal) <= 15) return number(row, col, value, format);
    const std::string numerator = value.numerator().str(), denominator = value.denominator().str();
    if (numerator.size() <= 16 && denominator.size() <= 15) return formula(row, col, numerator + "/" + denominator, value, format);
    number(row, col, value, format);
}

void Sheet::comment(int row, int col, const std::string& text) {
    check(worksheet_write_comment(sheet_, to_row(row), to_col(col), text.c_str()));
}

void Sheet::define_name(const std::string& name, int row, int col) {
    // A name the spreadsheet would not take (one that reads as a cell, say) is left out, not an error.
    const std::string target = "=" + ref(row, col);
    workbook_define_name(book_, name.c_str(), target.c_str());
}

void Sheet::text_formula(int row, int col, const std::string& formula, const std::string& cached, lxw_format* format) {
    const std::string text = "=" + formula;
    check(worksheet_write_formula_str(sheet_, to_row(row), to_col(col), text.c_str(), format, cached.c_str()));
}

namespace {
void add_condition(lxw_worksheet* sheet, lxw_row_t row, lxw_col_t col, std::uint8_t type, std::uint8_t criteria,
                   lxw_format* format) {
    lxw_conditional_format condition{};
    condition.type = type;
    condition.criteria = criteria;
    condition.value = 0;
    condition.format = format;
    check(worksheet_conditional_format_cell(sheet, row, col, &condition));
}
}  // namespace

void Sheet::flag_unless_zero(int row, int col, lxw_format* format) {
    add_condition(sheet_, to_row(row), to_col(col), LXW_CONDITIONAL_TYPE_CELL, LXW_CONDITIONAL_CRITERIA_NOT_EQUAL_TO,
                  format);
}

void Sheet::flag_below_zero(int row, int col, lxw_format* format) {
    add_condition(sheet_, to_row(row), to_col(col), LXW_CONDITIONAL_TYPE_CELL, LXW_CONDITIONAL_CRITERIA_LESS_THAN,
                  format);
}

void Sheet::flag_unless_blank(int row, int col, lxw_format* format) {
    add_condition(sheet_, to_row(row), to_col(col), LXW_CONDITIONAL_TYPE_NO_BLANKS, LXW_CONDITIONAL_CRITERIA_NONE,
                  format);
}

void Sheet::widths(const std::vector<int>& widths) {
    for (std::size_t c = 0; c < widths.size(); ++c)
        check(worksheet_set_column(sheet_, to_col(static_cast<int>(c)), to_col(static_cast<int>(c)), widths[c], nullptr));
}

// ---- Book -------------------------------------------------------------------------

Book::Book(const std::string& path) : book_(workbook_new(path.c_str())) {
    if (!book_) throw std::runtime_error("cannot write the workbook " + path + ": " + lxw_strerror(LXW_ERROR_MEMORY_MALLOC_FAILED));
}

Book::~Book() {
    if (book_) lxw_workbook_free(book_);
}

void Book::set_properties(const std::string& title, int year, const std::string& subject,
                          const std::string& keywords) {
    std::tm start{};
    start.tm_year = year - 1900;
    start.tm_mday = 1;
    title_ = title;
    comments_ = "Generated by tariff";
    lxw_doc_properties properties{};
    properties.title = title_.data();
    properties.comments = comments_.data();
    subject_ = subject;
    if (!subject_.empty()) properties.subject = subject_.data();
    keywords_ = keywords;
    if (!keywords_.empty()) properties.keywords = keywords_.data();
    properties.created = ::timegm(&start);
    check(workbook_set_properties(book_, &properties));
}

void Book::close(const std::string& path) {
    const lxw_error error = workbook_close(std::exchange(book_, nullptr));  // frees it, also on error
    if (error != LXW_NO_ERROR) throw std::runtime_error("cannot write the workbook " + path + ": " + lxw_strerror(error));
}

// ---- Formats ----------------------------------------------------------------------

Formats::Formats(lxw_workbook* book, bool euro_sign) : book_(book) {
    // [$€-413]: the euro sign of the Dutch locale, which also writes `1.234,56`.
    const char* const amount = euro_sign ? "[$€-413] #,##0.00" : "#,##0.00";
    bold = add();
    format_set_bold(bold);
    money = add();
    format_set_num_format(money, amount);
    bold_money = add();
    format_set_bold(bold_money);
    format_set_num_format(bold_money, amount);
    tariff = add();
    format_set_num_format(tariff, euro_sign ? "[$€-413] #,##0.00####" : "#,##0.00####");
    note = add();
    format_set_italic(note);
    carried = add();
    format_set_italic(carried);
    format_set_bg_color(carried, 0xFFF2CC);
    engine_cent = add();
    format_set_num_format(engine_cent, "0.00");
    format_set_bg_color(engine_cent, 0xE7E6E6);
    input = add();
    format_set_bg_color(input, input_fill);
    input_money = add();
    format_set_num_format(input_money, amount);
    format_set_bg_color(input_money, input_fill);
    input_percent = add();
    format_set_num_format(input_percent, "0.00%");
    format_set_bg_color(input_percent, input_fill);
    bold_percent = add();
    format_set_bold(bold_percent);
    format_set_num_format(bold_percent, "0.00##%");
    alarm = add();
    format_set_bold(alarm);
    format_set_font_color(alarm, 0x9C0006);
    format_set_bg_color(alarm, 0xFFC7CE);
}

lxw_format* Formats::percent(int decimals, bool input) {
    decimals = std::clamp(decimals, 2, 10);
    auto& format = percents_[{decimals, input}];
    if (!format) {
        format = add();
        format_set_num_format(format, ("0." + std::string(static_cast<std::size_t>(decimals), '0') + "%").c_str());
        if (input) format_set_bg_color(format, input_fill);
    }
    return format;
}

lxw_format* Formats::percent_of(const Number& fraction, bool input) {
    const engine::DisplayedValue shown = engine::display_value(fraction * Number(100), 6);
    const auto point = shown.text.find('.');
    return percent(point == std::string::npos ? 2 : static_cast<int>(shown.text.size() - point - 1), input);
}

lxw_format* Formats::add() {
    lxw_format* format = workbook_add_format(book_);
    if (!format) throw std::runtime_error(std::string("cannot write the workbook: ") + lxw_strerror(LXW_ERROR_MEMORY_MALLOC_FAILED));
    return format;
}

}  // namespace tariffs::xlsx
