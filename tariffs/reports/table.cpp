#include "tariffs/reports/table.hpp"

#include <algorithm>
#include <cctype>
#include <string_view>

namespace tariffs {

namespace {

std::size_t display_width(const std::string& text) {
    // Count UTF-8 lead bytes, so `€` and `≈` take one column.
    return static_cast<std::size_t>(std::count_if(text.begin(), text.end(), [](char c) {
        return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    }));
}

// The table as people in `locale` read it: translated headers, localised numbers.
Table localised(const Table& table, const Locale& locale, bool for_people) {
    if (!locale.dutch) return table;
    Table out = table;
    for (auto& column : out.columns) column.header = locale.text(column.header);
    for (auto& row : out.rows)
        for (std::size_t i = 0; i < row.size() && i < out.columns.size(); ++i) {
            if (!out.columns[i].numeric) continue;
            row[i] = for_people && out.columns[i].money ? locale.money(row[i]) : locale.number(row[i]);
        }
    return out;
}

std::vector<std::size_t> column_widths(const Table& table) {
    std::vector<std::size_t> widths;
    for (const auto& column : table.columns) widths.push_back(display_width(column.header));
    for (const auto& row : table.rows)
        for (std::size_t i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = std::max(widths[i], display_width(row[i]));
    return widths;
}

void write_text_row(const Table& table, const std::vector<std::string>& cells,
                    const std::vector<std::size_t>& widths, std::ostream& out) {
    std::string line;
    for (std::size_t i = 0; i < table.columns.size(); ++i) {
        const std::string& cell = i < cells.size() ? cells[i] : std::string();
        const std::string padding(widths[i] - display_width(cell), ' ');
        if (i > 0) line += "  ";
        line += table.columns[i].numeric ? padding + cell : cell + padding;
    }
    line.erase(line.find_last_not_of(' ') + 1);
    out << line << '\n';
}

// A signed amount as the reports write it: `-46019.94`, `+1,25`, `-3.85%`.
bool is_signed_number(std::string_view text) {
    if (text.size() < 2 || (text[0] != '-' && text[0] != '+')) return false;
    bool digits = false;
    for (std::size_t i = 1; i < text.size(); ++i) {
        const char c = text[i];
        if (c >= '0' && c <= '9') digits = true;
        else if (c == '%' && i + 1 == text.size()) continue;
        else if (c != '.' && c != ',') return false;
    }
    return digits;
}

// A spreadsheet runs a cell that starts with = + - @, a tab or a carriage return
// as a formula (OWASP's CSV injection): a name such as `=1+1` from a model or a
// bids file must arrive as text. A leading apostrophe makes it text; numbers and
// a lone sign stay as they are.
bool spreadsheet_would_run(const std::string& text) {
    if (text.empty() || std::string_view("=+-@\t\r").find(text[0]) == std::string_view::npos) return false;
    if (text == "-" || text == "+") return false;
    return !is_signed_number(text);
}

std::string csv_field(const std::string& text, char separator) {
    const std::string cell = spreadsheet_would_run(text) ? "'" + text : text;
    if (cell.find_first_of(std::string(1, separator) + "\"\n\r") == std::string::npos) return cell;
    std::string quoted = "\"";
    for (char c : cell) quoted += c == '"' ? std::string("\"\"") : std::string(1, c);
    return quoted + "\"";
}

bool word_character(char c) { return std::isalnum(static_cast<unsigned char>(c)) || (c & 0x80); }

// Inside a word between two letters or digits an underscore is plain text in CommonMark.
bool intraword_underscore(std::string_view text, std::size_t i) {
    return i > 0 && i + 1 < text.size() && word_character(text[i - 1]) && word_character(text[i + 1]);
}

// A code span (`name`) shows its text literally already: kept as it is, but for a
// table's `|` and a line break.
std::string code_span(std::string_view span) {
    std::string kept;
    for (char c : span) kept += c == '|' ? std::string("\\|") : std::string(1, c == '\n' || c == '\r' ? ' ' : c);
    return kept;
}

}  // namespace

void Table::strong_cells(std::initializer_list<std::size_t> columns) {
    for (std::size_t column : columns) strong.insert({rows.size() - 1, column});
}

std::string markdown_text(std::string_view text) {
    static constexpr std::string_view markup = "\\`*_[]<>&|#!";
    std::string escaped;
    escaped.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (const auto close = c == '`' ? text.find('`', i + 1) : std::string_view::npos;
            close != std::string_view::npos) {
            escaped += code_span(text.substr(i, close + 1 - i));
            i = close;
            continue;
        }
        const bool escape = markup.find(c) != std::string_view::npos && !(c == '_' && intraword_underscore(text, i));
        if (escape) escaped += '\\';
        escaped += c == '\n' || c == '\r' ? ' ' : c;  // a line break would end a table row or a heading
    }
    return escaped;
}

void write_text(const Table& original, std::ostream& out, const Locale& locale) {
    const Table table = localised(original, locale, true);
    const auto widths = column_widths(table);
    std::vector<std::string> headers;
    for (const auto& column : table.columns) headers.push_back(column.header);
    write_text_row(table, headers, widths, out);
    std::vector<std::string> rule;
    for (std::size_t width : widths) rule.emplace_back(width, '-');
    write_text_row(table, rule, widths, out);
    for (const auto& row : table.rows) write_text_row(table, row, widths, out);
}

void write_csv(const Table& original, std::ostream& out, const Locale& locale) {
    const Table table = localised(original, locale, false);
    const char separator = locale.csv_separator();
    auto write_row = [&](const std::vector<std::string>& cells) {
        for (std::size_t i = 0; i < cells.size(); ++i)
            out << (i ? std::string(1, separator) : "") << csv_field(cells[i], separator);
        out << '\n';
    };
    std::vector<std::string> headers;
    for (const auto& column : table.columns) headers.push_back(column.header);
    write_row(headers);
    for (const auto& row : table.rows) write_row(row);
}

void write_markdown(const Table& original, std::ostream& out, const Locale& locale) {
    const Table table = localised(original, locale, true);
    out << '|';
    for (const auto& column : table.columns) out << ' ' << markdown_text(column.header) << " |";
    out << "\n|";
    for (const auto& column : table.columns) out << (column.numeric ? "---:|" : "---|");
    out << '\n';
    for (std::size_t r = 0; r < table.rows.size(); ++r) {
        out << '|';
        for (std::size_t c = 0; c < table.rows[r].size(); ++c) {
            const std::string& cell = table.rows[r][c];
            const bool strong = !cell.empty() && table.strong.count({r, c});
            out << ' ' << (strong ? "**" + markdown_text(cell) + "**" : markdown_text(cell)) << " |";
        }
        out << '\n';
    }
}

}  // namespace tariffs
