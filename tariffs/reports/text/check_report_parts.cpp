#include "tariffs/reports/text/check_report_parts.hpp"

#include <algorithm>

namespace tariffs::check_parts {

// --- Text of numbers ----------------------------------------------------------

// For people: `≈` before a value shown with fewer digits than it has.
std::string marked(const DisplayedValue& shown) { return shown.approximate ? "≈" + shown.text : shown.text; }

// An amount (a tariff, a bid, a difference): all its digits, at least two
// decimals, at most six (then `approximate`).
DisplayedValue amount(const Number& value) { return engine::display_amount(value); }

// A fraction as a percentage with two decimals: 0.0385 is `3.85`.
std::string percent_of_fraction(const Number& fraction) { return engine::format_decimal(fraction * Number(100), 2); }

// A difference in cents: 0.01 is `1`, 0.005 is `0.5`.
DisplayedValue in_cents(const Number& difference) { return engine::display_value(difference * Number(100), 6); }

// `+` before a positive value's text (one that shows a digit other than zero).
std::string plus(const std::string& text) {
    const bool nonzero = text.find_first_of("123456789") != std::string::npos;
    return nonzero && text.find('-') == std::string::npos ? "+" + text : text;
}

// For people: a signed amount, `+1.23`, `-0.40`, `0.00`, `≈+0.333333`.
std::string signed_amount(const Number& value) {
    const DisplayedValue shown = amount(value);
    return marked({plus(shown.text), shown.approximate});
}

std::string people_amount(const Number& value) { return marked(amount(value)); }

std::string join(const std::vector<std::string>& parts, const std::string& separator) {
    std::string text;
    for (const auto& part : parts) text += (text.empty() ? "" : separator) + part;
    return text;
}

// A value as a model or a bid writes it (`6.5%`, `5230.00`) in the locale's
// numbers (`6,5%`); other text as it is.
std::string localised_value(const std::string& text, const Locale& locale) {
    if (!text.empty() && text.back() == '%') return locale.number(text.substr(0, text.size() - 1)) + "%";
    return locale.number(text);
}

// --- Layout ---------------------------------------------------------------------

void heading(const std::string& text, bool markdown, std::ostream& out) {
    out << (markdown ? "## " + markdown_text(text) : text) << "\n\n";
}

void write_table(const Table& table, bool markdown, std::ostream& out, const Locale& locale) {
    if (markdown) {
        write_markdown(table, out, locale);
    } else {
        write_text(table, out, locale);
    }
}

// `semicolon-separated, decimal comma, Windows-1252`: what the reader detected, in the locale.
std::string dialect_text(const CsvDialect& dialect, const Locale& locale) {
    std::vector<std::string> words{locale.text(dialect.separator == ';' ? "semicolon-separated" : "comma-separated"),
                                   locale.text(dialect.decimal_mark == ',' ? "decimal comma" : "decimal point")};
    if (dialect.byte_order_mark) words.push_back(locale.text("with a byte-order mark"));
    if (dialect.encoding == CsvEncoding::windows_1252) words.push_back(locale.text("Windows-1252 (not UTF-8)"));
    return join(words, ", ");
}

// `file (read as semicolon-separated, decimal comma)`.
std::string file_read_as(const std::string& file, const CsvDialect& dialect, const Locale& locale) {
    return file + " (" + locale.text("read as") + " " + dialect_text(dialect, locale) + ")";
}

void json_dialect(JsonWriter& json, const CsvDialect& dialect) {
    json.field("dialect", dialect_text(dialect, default_locale))
        .field("encoding", dialect.encoding == CsvEncoding::windows_1252 ? "Windows-1252" : "UTF-8");
}

// Each line that could not be read, `file:line:1: message`.
void write_unreadable(const engine::Diagnostics& unreadable, bool markdown, std::ostream& out, const Locale& locale) {
    if (unreadable.empty()) return;
    const auto items = unreadable.sorted();
    heading(locale.text("Lines that could not be read") + " (" + std::to_string(items.size()) + ")", markdown, out);
    for (const auto& item : items) {
        const std::string line = item.pos.to_string() + ": " + locale.say(item.message);
        out << (markdown ? "- " + markdown_text(line) : "  " + line) << "\n";
    }
    out << "\n";
}

void json_unreadable(JsonWriter& json, const engine::Diagnostics& unreadable) {
    json.key("unreadable").begin_array();
    for (const auto& item : unreadable.sorted())
        json.begin_object().field("at", item.pos.to_string()).field("message", item.message.english()).end_object();
    json.end_array();
}

void json_optional(JsonWriter& json, std::string_view name, const std::optional<std::string>& value) {
    json.key(name);
    if (value) {
        json.string(*value);
    } else {
        json.null();
    }
}

}  // namespace tariffs::check_parts
