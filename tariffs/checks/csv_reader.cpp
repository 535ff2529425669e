#include "tariffs/checks/csv_reader.hpp"
#include "tariffs/model/source_file.hpp"

#include "engine/input_file.hpp"
#include "engine/text_check.hpp"

#include <algorithm>
#include <memory>
#include <optional>
#include <utility>

namespace tariffs {

namespace {

using engine::InputError;
using engine::SourcePos;

constexpr std::string_view utf8_bom = "\xEF\xBB\xBF";
constexpr std::string_view euro_sign = "\xE2\x82\xAC";
constexpr std::string_view no_break_space = "\xC2\xA0";
// Only the first lines decide the separator.
constexpr int separator_sample_rows = 6;

bool is_blank(char c) { return c == ' ' || c == '\t'; }
bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_line_end(char c) { return c == '\n' || c == '\r'; }

std::string_view trim(std::string_view text) {
    while (!text.empty() && is_blank(text.front())) text.remove_prefix(1);
    while (!text.empty() && is_blank(text.back())) text.remove_suffix(1);
    return text;
}

bool all_digits(std::string_view text) {
    if (text.empty()) return false;
    for (const char c : text)
        if (!is_digit(c)) return false;
    return true;
}

// One record (a row of fields, possibly spanning lines through quoted newlines).
struct Record {
    int line = 0;                 // where it starts
    std::vector<std::string> fields;
    // > 0: a quote that opens a field on this line, at this column, is never closed
    int unclosed_quote_line = 0;
    int unclosed_quote_column = 0;
    bool semicolon_seen = false;  // outside quotes
    bool comma_seen = false;      // outside quotes, as a separator
    // Some field holds more than blanks (and, unquoted, more than `;` and `,`,
    // so that `;;` is an empty line in a comma-separated file too).
    bool has_content = false;

    bool empty() const { return !has_content; }
};

// Splits text into records, RFC 4180 style. A quote opens a quoted field only at
// the start of a field (after blanks); inside one, `""` is a quote and newlines are
// kept (as `\n`). Lines end in LF, CRLF or a lone CR. `separators` holds the
// characters that end a field: one when parsing, both `;` and `,` when detecting.
// A quoted field that closes on a later line must close at the end of a field:
// a quote that ends a field on a later line only by swallowing the lines
// between, with text after it, is taken as a quote never closed (one forgotten
// mid-file would otherwise run on to the next quoted field).
class Scanner {
public:
    // `first_line`: the line `text` starts on in its file.
    Scanner(std::string_view text, std::string_view separators, int first_line = 1)
        : text_(text), separators_(separators), line_(first_line) {
        find_odd_quote_runs();
    }

    bool at_end() const { return pos_ >= text_.size(); }

    Record next() {
        Record record;
        record.line = line_;
        while (true) {
            std::string field;
            std::size_t kept = 0;  // characters from quotes, never trimmed
            while (!at_end() && is_blank(text_[pos_])) ++pos_;
            if (!at_end() && text_[pos_] == '"') {
                if (!quote_closes(pos_)) {
                    record.unclosed_quote_line = line_;
                    record.unclosed_quote_column = column();
                    skip_rest_of_line();
                    return record;
                }
                read_quoted(field);
                kept = field.size();
            }
            while (!at_end() && !is_line_end(text_[pos_]) && !is_separator(text_[pos_]))
                field += text_[pos_++];
            while (field.size() > kept && is_blank(field.back())) field.pop_back();
            if (kept > 0 || field.find_first_not_of(";,") != std::string::npos) record.has_content = true;
            record.fields.push_back(std::move(field));
            if (!at_end() && is_separator(text_[pos_])) {
                (text_[pos_] == ';' ? record.semicolon_seen : record.comma_seen) = true;
                ++pos_;
                continue;
            }
            end_line();
            return record;
        }
    }

private:
    bool is_separator(char c) const { return separators_.find(c) != std::string_view::npos; }

    // Inside a quoted field a run of quotes closes it when its length is odd
    // (pairs are quotes, the last one closes). The opening quote starts a run;
    // the field closes in that run if it has even length, else in the next odd
    // run. Knowing where the odd runs are up front keeps an unclosed quote from
    // swallowing the rest of the file, and the reading linear.
    void find_odd_quote_runs() {
        std::size_t i = 0;
        while (i < text_.size()) {
            if (text_[i] != '"') {
                ++i;
                continue;
            }
            const std::size_t start = i;
            while (i < text_.size() && text_[i] == '"') ++i;
            if ((i - start) % 2 == 1) odd_runs_.push_back(start);
        }
    }

    std::size_t run_end(std::size_t start) const {
        while (start < text_.size() && text_[start] == '"') ++start;
        return start;
    }

    bool quote_closes(std::size_t open) const {
        const std::size_t open_end = run_end(open);
        if ((open_end - open) % 2 == 0) return true;
        const auto next = std::upper_bound(odd_runs_.begin(), odd_runs_.end(), open);
        if (next == odd_runs_.end()) return false;
        const std::size_t close_end = run_end(*next);
        const bool later_line = text_.substr(open, *next - open).find_first_of("\r\n") != std::string_view::npos;
        return !later_line || ends_field(close_end);
    }

    // Whether a field ends at `pos`, blanks aside: at a separator, a line end or the end.
    bool ends_field(std::size_t pos) const {
        while (pos < text_.size() && is_blank(text_[pos])) ++pos;
        return pos >= text_.size() || is_line_end(text_[pos]) || is_separator(text_[pos]);
    }

    // The column of `pos_` on its line, in characters (UTF-8 continuation bytes
    // are no characters of their own).
    int column() const {
        int count = 1;
        for (std::size_t i = line_start_; i < pos_; ++i)
            if ((static_cast<unsigned char>(text_[i]) & 0xC0) != 0x80) ++count;
        return count;
    }

    void read_quoted(std::string& field) {
        ++pos_;  // the opening quote
        while (!at_end()) {
            const char c = text_[pos_];
            if (c == '"') {
                if (pos_ + 1 < text_.size() && text_[pos_ + 1] == '"') {
                    field += '"';
                    pos_ += 2;
                    continue;
                }
                ++pos_;  // the closing quote
                return;
            }
            if (is_line_end(c)) {
                end_line();
                field += '\n';
                continue;
            }
            field += c;
            ++pos_;
        }
    }

    // Consumes one line end (LF, CRLF or CR) if there is one.
    void end_line() {
        if (at_end()) return;
        if (text_[pos_] == '\r' && pos_ + 1 < text_.size() && text_[pos_ + 1] == '\n') ++pos_;
        ++pos_;
        ++line_;
        line_start_ = pos_;
    }

    void skip_rest_of_line() {
        while (!at_end() && !is_line_end(text_[pos_])) ++pos_;
        end_line();
    }

    std::string_view text_;
    std::string_view separators_;
    std::size_t pos_ = 0;
    int line_;
    std::size_t line_start_ = 0;
    std::vector<std::size_t> odd_runs_;  // where each odd run of quotes starts, in order
};

// The header decides when it holds a separator; a one-column header leaves it
// to the first data lines: any `;` outside quotes means semicolons.
char detect_separator(std::string_view text) {
    Scanner scanner(text, ";,");
    int rows = 0;
    while (!scanner.at_end() && rows < separator_sample_rows) {
        const Record record = scanner.next();
        if (record.unclosed_quote_line > 0 || record.empty()) continue;
        if (record.semicolon_seen) return ';';
        if (rows == 0 && record.comma_seen) return ',';
        ++rows;
    }
    return ',';
}

// `digits`, or digits grouped by threes with `group` (`1.234.567`), then
// optionally `decimal` and digits: the same number as `1234567.89`, or nothing.
std::optional<std::string> plain_decimal(std::string_view text, char group, char decimal) {
    std::string_view whole = text;
    std::string_view fraction;
    const std::size_t mark = text.find(decimal);
    if (mark != std::string_view::npos) {
        whole = text.substr(0, mark);
        fraction = text.substr(mark + 1);
        if (!all_digits(fraction)) return std::nullopt;
    }
    std::string digits;
    std::size_t group_at = whole.find(group);
    if (group_at == std::string_view::npos) {
        if (!all_digits(whole)) return std::nullopt;
        digits = whole;
    } else {
        const std::string_view first = whole.substr(0, group_at);
        if (first.size() > 3 || !all_digits(first)) return std::nullopt;
        digits = first;
        while (group_at != std::string_view::npos) {
            const std::string_view rest = whole.substr(group_at + 1);
            const std::size_t next = rest.find(group);
            const std::string_view part = rest.substr(0, next);
            if (part.size() != 3 || !all_digits(part)) return std::nullopt;
            digits += part;
            group_at = next == std::string_view::npos ? next : group_at + 1 + next;
        }
    }
    if (mark != std::string_view::npos) {
        digits += '.';
        digits += fraction;
    }
    return digits;
}

// The text without blanks, a euro sign and a minus: `€ -1.234,56` → `1.234,56`.
struct SplitAmount {
    bool negative = false;
    std::string_view body;
};

std::optional<SplitAmount> split_amount(std::string_view text) {
    SplitAmount amount;
    text = trim(text);
    const auto take_minus = [&] {
        if (!text.empty() && text.front() == '-') {
            if (amount.negative) return false;
            amount.negative = true;
            text.remove_prefix(1);
        }
        return true;
    };
    if (!take_minus()) return std::nullopt;
    if (text.starts_with(euro_sign)) {
        text.remove_prefix(euro_sign.size());
        while (true) {
            if (!text.empty() && is_blank(text.front())) {
                text.remove_prefix(1);
            } else if (text.starts_with(no_break_space)) {
                text.remove_prefix(no_break_space.size());
            } else {
                break;
            }
        }
        if (!take_minus()) return std::nullopt;
    }
    amount.body = text;
    return amount;
}

// For a `;` file: the decimal mark most number-like fields agree on; a decimal
// comma unless more fields can only be read with a decimal point.
char detect_decimal_mark(const std::vector<CsvRow>& rows) {
    long comma_votes = 0;
    long point_votes = 0;
    for (const auto& row : rows) {
        for (const auto& field : row.fields) {
            const auto amount = split_amount(field);
            if (!amount || amount->body.empty() || !is_digit(amount->body.front())) continue;
            const bool as_comma = plain_decimal(amount->body, '.', ',').has_value();
            const bool as_point = plain_decimal(amount->body, ',', '.').has_value();
            if (as_comma && !as_point) ++comma_votes;
            if (as_point && !as_comma) ++point_votes;
        }
    }
    return point_votes > comma_votes ? '.' : ',';
}

// What a spreadsheet saved in another format looks like, for a clearer refusal.
void refuse_other_formats(std::string_view text, engine::FileName file) {
    if (text.starts_with("PK\x03\x04"))
        throw InputError(SourcePos{file, 1, 1},
                         engine::msg("this is a spreadsheet workbook (.xlsx), not a CSV file; save it as CSV"));
    if (text.starts_with("\xFF\xFE") || text.starts_with("\xFE\xFF"))
        throw InputError(SourcePos{file, 1, 1}, engine::msg("the file is UTF-16 text; save it as CSV UTF-8"));
}

}  // namespace

engine::Message CsvDialect::describe() const {
    using engine::arg;
    using engine::msg;
    return msg("{separator}, {decimal_mark}{byte_order_mark}{encoding}",
               {arg("separator", separator == ';' ? msg("semicolon-separated") : msg("comma-separated")),
                arg("decimal_mark", decimal_mark == ',' ? msg("decimal comma") : msg("decimal point")),
                arg("byte_order_mark", byte_order_mark ? msg(", with a byte-order mark") : engine::Message()),
                arg("encoding", encoding == CsvEncoding::windows_1252 ? ", Windows-1252" : "")});
}

std::optional<std::size_t> CsvTable::column(const std::vector<std::string>& names) const {
    return find_header(header, names);
}

namespace {

// The first field of `record` that cannot be shown, named by its column; a quoted
// field may hold line ends.
std::optional<engine::Message> unprintable_field(const Record& record, const std::vector<std::string>& header) {
    for (std::size_t i = 0; i < record.fields.size(); ++i)
        if (auto why = engine::unprintable(record.fields[i], true))
            return engine::msg("the {column} {why}", {engine::arg("column", header[i]), engine::arg("why", *why)});
    return std::nullopt;
}

}  // namespace

CsvTable parse_csv(const std::string& text_in, const std::string& file_name) {
    const auto file = engine::make_file_name(file_name);
    CsvTable table;
    table.file = file_name;
    table.sha256 = sha256_hex(text_in);

    std::string_view raw = text_in;
    refuse_other_formats(raw, file);
    if (raw.starts_with(utf8_bom)) {
        table.dialect.byte_order_mark = true;
        raw.remove_prefix(utf8_bom.size());
    }
    // A file that says it is UTF-8 stays UTF-8: its broken lines are reported.
    const std::optional<std::string> transcoded =
        table.dialect.byte_order_mark ? std::nullopt : from_windows_1252(raw, file);
    if (transcoded) table.dialect.encoding = CsvEncoding::windows_1252;
    std::string_view text = transcoded ? std::string_view(*transcoded) : raw;
    // `# ` lines before the header are comments, as our own CSV writes its
    // fingerprint and scenario: a list exported by `tariff` reads back.
    int first_line = 1;
    while (text.starts_with('#')) {
        const auto end = text.find('\n');
        text.remove_prefix(end == std::string_view::npos ? text.size() : end + 1);
        ++first_line;
    }
    table.dialect.separator = detect_separator(text);

    const std::string separators(1, table.dialect.separator);
    Scanner scanner(text, separators, first_line);
    bool have_header = false;
    while (!scanner.at_end()) {
        Record record = scanner.next();
        const SourcePos pos{file, record.line, 1};
        if (record.unclosed_quote_line > 0) {
            // Located where the quote opens, which may be a line below the record's start.
            const SourcePos quote{file, record.unclosed_quote_line, record.unclosed_quote_column};
            const engine::Message opens =
                record.unclosed_quote_line == record.line
                    ? engine::Message()
                    : engine::msg(" (the quote opens on line {line})", {engine::arg("line", record.unclosed_quote_line)});
            const std::vector<engine::MessageArg> args{engine::arg("line", record.line), engine::arg("opens", opens)};
            if (!have_header)
                throw InputError(quote, engine::msg("the header (line {line}) has a quoted field that is never closed{opens}", args));
            table.problems.add(quote, engine::msg("line {line} has a quoted field that is never closed{opens}", args));
            continue;
        }
        if (record.empty()) continue;
        if (!have_header) {
            for (const auto& name : record.fields)
                if (auto why = engine::unprintable(name, false))
                    throw InputError(pos, engine::msg("the header (line {line}) {why}", {engine::arg("line", record.line), engine::arg("why", *why)}));
            table.header = std::move(record.fields);
            table.header_line = record.line;
            have_header = true;
            continue;
        }
        if (record.fields.size() != table.header.size()) {
            const std::vector<engine::MessageArg> args{
                engine::arg("line", record.line), engine::arg("count", static_cast<long long>(record.fields.size())),
                engine::arg("header", static_cast<long long>(table.header.size()))};
            table.problems.add(pos, record.fields.size() == 1
                                        ? engine::msg("line {line} has {count} field, the header has {header}", args)
                                        : engine::msg("line {line} has {count} fields, the header has {header}", args));
            continue;
        }
        // Fields are shown in reports and messages: a terminal escape or invalid
        // UTF-8 must not reach them from any column.
        if (auto problem = unprintable_field(record, table.header)) {
            table.problems.add(pos, engine::msg("line {line}: {problem}", {engine::arg("line", record.line), engine::arg("problem", *problem)}));
            continue;
        }
        table.rows.push_back({record.line, std::move(record.fields)});
    }
    if (!have_header) throw InputError(SourcePos{file, 1, 1}, engine::msg("the file is empty"));
    if (table.rows.empty() && table.problems.empty())
        throw InputError(SourcePos{file, 1, 1},
                         engine::msg("the file has a header but no lines: there is nothing to check"));

    table.dialect.decimal_mark = table.dialect.separator == ';' ? detect_decimal_mark(table.rows) : '.';
    return table;
}

CsvTable load_csv(const std::string& path) { return parse_csv(engine::read_input_file(path), path); }

std::optional<engine::Number> parse_csv_number(const std::string& text, const CsvDialect& dialect) {
    const auto amount = split_amount(text);
    if (!amount) return std::nullopt;
    const char decimal = dialect.decimal_mark == ',' ? ',' : '.';
    const char group = decimal == ',' ? '.' : ',';
    const auto digits = plain_decimal(amount->body, group, decimal);
    if (!digits) return std::nullopt;
    return engine::Number::parse((amount->negative ? "-" : "") + *digits);
}

namespace {

// `a and b and c`.
engine::Message joined_with_and(const std::vector<engine::Message>& parts) {
    engine::Message text = parts.front();
    for (std::size_t i = 1; i < parts.size(); ++i)
        text = engine::msg("{items} and {last}", {engine::arg("items", text), engine::arg("last", parts[i])});
    return text;
}

// `tariff, tarief, price, …`: the names a column is accepted under.
std::string accepted_names(const RequiredColumn& column) {
    std::string text;
    for (const auto& name : column.names) text += (text.empty() ? "" : ", ") + name;
    return text;
}

}  // namespace

std::vector<std::size_t> require_columns(const CsvTable& table, const std::vector<RequiredColumn>& columns,
                                         const engine::Message& what) {
    std::vector<std::size_t> found;
    engine::Diagnostics problems;
    const SourcePos at{engine::make_file_name(table.file), table.header_line, 1};
    for (const auto& column : columns) {
        const std::vector<std::size_t> matches = headers_like(table.header, column.names);
        if (matches.empty()) {
            problems.add(at, engine::msg("{what} needs a `{column}` column, headed {names} (case, accents, spaces, a "
                                         "unit in brackets, a currency and a year aside)",
                                         {engine::arg("what", what), engine::arg("column", column.label),
                                          engine::arg("names", accepted_names(column))}));
            continue;
        }
        if (matches.size() > 1) {
            std::vector<engine::Message> which;
            for (std::size_t i : matches)
                which.push_back(engine::msg("`{header}` (column {number})",
                                            {engine::arg("header", table.header[i]),
                                             engine::arg("number", static_cast<long long>(i + 1))}));
            problems.add(at, engine::msg("{what} has more than one `{column}` column: {which}; keep one, or rename the "
                                         "others",
                                         {engine::arg("what", what), engine::arg("column", column.label),
                                          engine::arg("which", joined_with_and(which))}));
            continue;
        }
        found.push_back(matches.front());
    }
    if (!problems.empty()) throw engine::InputError(problems);
    return found;
}

}  // namespace tariffs
