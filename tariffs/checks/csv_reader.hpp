// Reading the CSV files providers and spreadsheets produce: comma or semicolon
// separated, decimal point or decimal comma (Dutch exports write `;` and `82,92`),
// detected per file; UTF-8 (with or without a byte-order mark) or Windows-1252,
// quoted fields and empty lines are fine. A line that cannot be read is reported with its number, and the other
// lines are still read.
#pragma once

#include "engine/diagnostic.hpp"
#include "engine/number.hpp"
#include "tariffs/checks/csv_columns.hpp"
#include "tariffs/checks/csv_encoding.hpp"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace tariffs {

struct CsvDialect {
    char separator = ',';      // ',' or ';'
    char decimal_mark = '.';   // '.' or ','
    bool byte_order_mark = false;
    CsvEncoding encoding = CsvEncoding::utf8;

    bool operator==(const CsvDialect&) const = default;
    // `semicolon-separated, decimal comma`, for messages; a report words the
    // dialect itself, in its language.
    engine::Message describe() const;
};

struct CsvRow {
    int line = 0;  // 1-based line number in the file where the row starts
    std::vector<std::string> fields;
};

struct CsvTable {
    std::string file;
    std::string sha256;  // of the file's bytes, for the fingerprint
    CsvDialect dialect;
    std::vector<std::string> header;  // as written, trimmed
    int header_line = 1;
    std::vector<CsvRow> rows;         // data rows that could be read (empty lines skipped)
    engine::Diagnostics problems;     // one per line that could not be read, `file:line:1`

    // The index of the header that matches the earliest of `names` (compared
    // as header_key() compares them), if any.
    std::optional<std::size_t> column(const std::vector<std::string>& names) const;
};

// The index of each required column, in order. Throws engine::InputError at
// the header naming every column `what` (e.g. `the bids file`) lacks, with the
// headers it accepts, and every column two headers name.
std::vector<std::size_t> require_columns(const CsvTable& table, const std::vector<RequiredColumn>& columns,
                                         const engine::Message& what);

// Parses `text`. Throws engine::InputError only when the file as a whole cannot
// be read (empty, or no header); problems with single lines go in `problems`.
CsvTable parse_csv(const std::string& text, const std::string& file_name);
// Reads and parses a file: a regular file up to engine::max_input_bytes.
CsvTable load_csv(const std::string& path);

// A decimal written in the table's dialect (`82,92` with a decimal comma,
// `1.234,56` with thousands dots, `€ 82,92`), read exactly; nothing if it is not one.
std::optional<engine::Number> parse_csv_number(const std::string& text, const CsvDialect& dialect);

}  // namespace tariffs
