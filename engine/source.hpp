// Where something stands in a file: 1-based line and column.
#pragma once

#include <memory>
#include <string>

namespace engine {

struct SourcePos {
    std::shared_ptr<const std::string> file;  // shared: thousands of positions, few files
    int line = 0;    // 1-based; 0 when unknown
    int column = 0;  // 1-based

    bool known() const { return file && line > 0; }
    // `file:line:column`, or `file` when only the file is known.
    std::string to_string() const;
    // `file:line`, for derivations where the column is noise.
    std::string file_line() const;
    // The same position moved `offset` characters to the right on its line.
    SourcePos shifted(int offset) const;
};

std::shared_ptr<const std::string> make_file_name(std::string name);

}  // namespace engine
