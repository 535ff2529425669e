// A table of text cells, written as an aligned terminal table, CSV or Markdown.
#pragma once

#include "tariffs/reports/i18n/locale.hpp"

#include <cstddef>
#include <initializer_list>
#include <ostream>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace tariffs {

struct Column {
    std::string header;
    bool numeric = false;  // right-aligned, and written as a number in the locale
    bool money = false;    // an amount of euros: `€ 1.234,56` in Dutch tables
};

struct Table {
    std::vector<Column> columns;
    std::vector<std::vector<std::string>> rows;
    std::set<std::pair<std::size_t, std::size_t>> strong;  // (row, column): **strong** in Markdown, plain elsewhere

    // Marks the cells of the last row in `columns` strong.
    void strong_cells(std::initializer_list<std::size_t> columns);
};

// Columns padded to their widest cell (counting UTF-8 characters), numbers
// right-aligned, a rule under the header.
void write_text(const Table& table, std::ostream& out, const Locale& locale = default_locale);
// RFC 4180: comma-separated, fields quoted where they must be, lines ending in \n.
// With the Dutch locale: `;`-separated, decimal commas, no euro signs. A cell a
// spreadsheet would run as a formula (`=1+1`, `@SUM(…)`, `-2+3`) gets a leading
// apostrophe, so it opens as text; signed numbers are written as they are.
void write_csv(const Table& table, std::ostream& out, const Locale& locale = default_locale);
// A GitHub-flavoured Markdown table; every cell is `markdown_text`.
void write_markdown(const Table& table, std::ostream& out, const Locale& locale = default_locale);

// Text a Markdown reader shows as written, whoever wrote it (a product, municipality or
// provider name from someone else's file): markup characters are backslash-escaped, so
// `<script>`, `<img onerror=…>` or `[x](javascript:…)` stay text. An underscore inside a
// word (`young_people`) is left as it is, since it cannot start emphasis there.
std::string markdown_text(std::string_view text);

}  // namespace tariffs
