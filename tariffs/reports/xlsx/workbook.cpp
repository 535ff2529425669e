#include "tariffs/reports/xlsx/workbook.hpp"

#include "engine/decimal.hpp"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <cctype>
#include <clocale>
#include <cstdint>
#include <cstdlib>
#include <ctime>
#include <stdexcept>
#include <utility>

#include <fcntl.h>
#include <unistd.h>

namespace tariffs::xlsx {

namespace {

// ---- The one double -------------------------------------------------------------

// An XLSX cell holds its number as a binary double, and libxlsxwriter takes it
// as one: this is the only place a value becomes a double, from its decimal
// text, for the spreadsheet to display. Nothing is computed with it. (strtod
// reads the C locale's decimal point: every workbook is written under NumericLocaleC.)
double cell_double(const Number& value) {
    const std::string text = engine::format_decimal(value, 10);
    return std::strtod(text.c_str(), nullptr);
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

void check(lxw_error error) {
    if (error != LXW_NO_ERROR) throw std::runtime_error(std::string("cannot write the workbook: ") + lxw_strerror(error));
}

// ---- Cells and references -----------------------------------------------------

std::string column_name(int col) {
    std::string name;
    for (int c = col + 1; c > 0; c = (c - 1) / 26) name.insert(name.begin(), static_cast<char>('A' + (c - 1) % 26));
    return name;
}

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

Sheet::Sheet(Book& book, lxw_worksheet* sheet, std::string name) : book_(book), name_(std::move(name)), sheet_(sheet) {
    worksheet_freeze_panes(sheet_, 1, 0);
}

void Sheet::text(int row, int col, const std::string& value, lxw_format* format) {
    if (value.empty()) return;
    Formats& formats = book_.formats();
    double width = shown_width(formats.look_of(format), value);
    if (width > max_text_width) {
        format = formats.wrapped(format);
        width = max_text_width;
    }
    measure(row, col, width);
    check(worksheet_write_string(sheet_, to_row(row), to_col(col), value.c_str(), format));
}

void Sheet::title(int row, int col, const std::string& value, lxw_format* format) {
    if (value.empty()) return;
    last_row_ = std::max(last_row_, row);
    check(worksheet_write_string(sheet_, to_row(row), to_col(col), value.c_str(), format));
}

void Sheet::note(int row, const std::string& value, int col) {
    if (value.empty()) return;
    last_row_ = std::max(last_row_, row);
    notes_.push_back({row, col, value});
}

bool Sheet::mirrored(int row, int col, const Number& value, lxw_format* format) {
    Formats& formats = book_.formats();
    if (!formats.is_input(format)) return false;
    if (mirror_) {
        const auto own = mirror_->inputs_.find({row, col});
        if (own != mirror_->inputs_.end() && own->second == value) {
            formula(row, col, mirror_->ref(row, col), value, formats.not_input(format));
            return true;
        }
    }
    inputs_[{row, col}] = value;
    return false;
}

void Sheet::number(int row, int col, const Number& value, lxw_format* format) {
    if (mirrored(row, col, value, format)) return;
    measure(row, col, shown_width(book_.formats().look_of(format), value, book_.formats().euro_sign()));
    check(worksheet_write_number(sheet_, to_row(row), to_col(col), cell_double(value), format));
}

void Sheet::formula(int row, int col, const std::string& formula, const Number& cached, lxw_format* format) {
    measure(row, col, shown_width(book_.formats().look_of(format), cached, book_.formats().euro_sign()));
    const std::string text = "=" + formula;
    check(worksheet_write_formula_num(sheet_, to_row(row), to_col(col), text.c_str(), format, cell_double(cached)));
}

void Sheet::exact(int row, int col, const Number& value, lxw_format* format) {
    if (mirrored(row, col, value, format)) return;
    const auto decimal = value.to_exact_decimal();
    if (decimal && significant_digits(*decimal) <= 15) return number(row, col, value, format);
    const std::string numerator = value.numerator().str(), denominator = value.denominator().str();
    if (numerator.size() <= 16 && denominator.size() <= 15) return formula(row, col, numerator + "/" + denominator, value, format);
    number(row, col, value, format);
}

void Sheet::blank(int row, int col, lxw_format* format) {
    measure(row, col, 6);
    last_row_ = std::max(last_row_, row);
    check(worksheet_write_blank(sheet_, to_row(row), to_col(col), format));
}

void Sheet::comment(int row, int col, const std::string& text) {
    check(worksheet_write_comment(sheet_, to_row(row), to_col(col), text.c_str()));
}

void Sheet::define_name(const std::string& name, int row, int col) {
    // A name the spreadsheet would not take (one that reads as a cell, say) is left out, not an error.
    const std::string target = "=" + ref(row, col);
    workbook_define_name(book_.get(), name.c_str(), target.c_str());
}

void Sheet::text_formula(int row, int col, const std::string& formula, const std::string& cached, lxw_format* format) {
    measure(row, col, shown_width(book_.formats().look_of(format), cached));
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

// ---- Book -------------------------------------------------------------------------

Book::Book(const std::string& path, bool euro_sign) : book_(workbook_new(path.c_str())) {
    if (!book_) throw std::runtime_error("cannot write the workbook " + path + ": " + lxw_strerror(LXW_ERROR_MEMORY_MALLOC_FAILED));
    formats_.emplace(book_, euro_sign);
}

Book::~Book() {
    if (book_) lxw_workbook_free(book_);
}

Sheet& Book::add_sheet(const std::string& name) {
    lxw_worksheet* sheet = workbook_add_worksheet(book_, name.c_str());
    if (!sheet) throw std::runtime_error("cannot write the workbook: cannot add the sheet `" + name + "`");
    return sheets_.emplace_back(*this, sheet, name);
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

namespace {

// libxlsxwriter prints its own lines (`[ERROR] workbook_close(): …`, with its source file
// and the temporary name) to standard error when a write fails: they are silenced while it
// closes, and the reason is said once, from the system's error.
class QuietStandardError {
public:
    QuietStandardError() : saved_(::dup(STDERR_FILENO)) {
        const int null = ::open("/dev/null", O_WRONLY | O_CLOEXEC);
        if (saved_ >= 0 && null >= 0) ::dup2(null, STDERR_FILENO);
        if (null >= 0) ::close(null);
    }
    QuietStandardError(const QuietStandardError&) = delete;
    QuietStandardError& operator=(const QuietStandardError&) = delete;
    ~QuietStandardError() {
        if (saved_ < 0) return;
        ::dup2(saved_, STDERR_FILENO);
        ::close(saved_);
    }

private:
    int saved_;
};

}  // namespace

void Book::close(const std::string& path) {
    for (auto& sheet : sheets_) sheet.finish();
    lxw_error error = LXW_NO_ERROR;
    int system_error = 0;
    {
        const QuietStandardError quiet;
        errno = 0;
        error = workbook_close(std::exchange(book_, nullptr));  // frees it, also on error
        system_error = errno;
    }
    if (error == LXW_NO_ERROR) return;
    // A file the system would not write (a full disk, a file too large) says so; the rest, libxlsxwriter's word.
    throw std::runtime_error("cannot write " + path + ": " +
                             (system_error != 0 ? std::string(std::strerror(system_error)) : lxw_strerror(error)));
}

}  // namespace tariffs::xlsx
