// A table of text cells, written as an aligned terminal table, CSV or Markdown.
#pragma once

#include <ostream>
#include <string>
#include <vector>

namespace tariffs {

struct Column {
    std::string header;
    bool numeric = false;  // right-aligned
};

struct Table {
    std::vector<Column> columns;
    std::vector<std::vector<std::string>> rows;
};

// Columns padded to their widest cell (counting UTF-8 characters), numbers
// right-aligned, a rule under the header.
void write_text(const Table& table, std::ostream& out);
// RFC 4180: comma-separated, fields quoted where they must be, CRLF-free (\n).
void write_csv(const Table& table, std::ostream& out);
// A GitHub-flavoured Markdown table; `|` in cells is escaped.
void write_markdown(const Table& table, std::ostream& out);

}  // namespace tariffs
