// What the reports of the checks share (bid review, index check, build-up
// review), for their files in this room only: numbers as people and tools
// read them, headings and tables, and how a CSV file was read.
#pragma once

#include "engine/decimal.hpp"
#include "engine/diagnostic.hpp"
#include "tariffs/checks/csv_reader.hpp"
#include "tariffs/reports/i18n/locale.hpp"
#include "tariffs/reports/json.hpp"
#include "tariffs/reports/table.hpp"

#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace tariffs::check_parts {

using engine::DisplayedValue;
using engine::Number;

// For people: `≈` before a value shown with fewer digits than it has.
std::string marked(const DisplayedValue& shown);
// An amount (a tariff, a bid, a difference): all its digits, at least two
// decimals, at most six (then `approximate`).
DisplayedValue amount(const Number& value);
// A fraction as a percentage with two decimals: 0.0385 is `3.85`.
std::string percent_of_fraction(const Number& fraction);
// A difference in cents: 0.01 is `1`, 0.005 is `0.5`.
DisplayedValue in_cents(const Number& difference);
// `+` before a positive value's text (one that shows a digit other than zero).
std::string plus(const std::string& text);
// For people: a signed amount, `+1.23`, `-0.40`, `0.00`, `≈+0.333333`.
std::string signed_amount(const Number& value);
std::string people_amount(const Number& value);
std::string join(const std::vector<std::string>& parts, const std::string& separator);
// A value as a model or a bid writes it (`6.5%`, `5230.00`) in the locale's
// numbers (`6,5%`); other text as it is.
std::string localised_value(const std::string& text, const Locale& locale);
void heading(const std::string& text, bool markdown, std::ostream& out);
void write_table(const Table& table, bool markdown, std::ostream& out, const Locale& locale);
// `semicolon-separated, decimal comma, Windows-1252`: what the reader detected, in the locale.
std::string dialect_text(const CsvDialect& dialect, const Locale& locale);
// `file (read as semicolon-separated, decimal comma)`.
std::string file_read_as(const std::string& file, const CsvDialect& dialect, const Locale& locale);
void json_dialect(JsonWriter& json, const CsvDialect& dialect);
// Each line that could not be read, `file:line:1: message`.
void write_unreadable(const engine::Diagnostics& unreadable, bool markdown, std::ostream& out, const Locale& locale);
void json_unreadable(JsonWriter& json, const engine::Diagnostics& unreadable);
void json_optional(JsonWriter& json, std::string_view name, const std::optional<std::string>& value);

}  // namespace tariffs::check_parts
