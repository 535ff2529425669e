// Where something stands in a file: 1-based line and column.
#pragma once

#include <memory>
#include <string>
#include <vector>

namespace engine {

// A file's name, interned: one copy per name for the life of the process, so a
// position copies a pointer.
using FileName = const std::string*;

struct SourcePos {
    FileName file = nullptr;  // interned: thousands of positions, few files
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

// Where each character of a text (a formula) stands in its file: from a start
// on one line, or character by character for a text written over several lines.
class TextPlaces {
public:
    TextPlaces(SourcePos start) : start_(std::move(start)) {}  // NOLINT: a start on one line reads naturally
    explicit TextPlaces(std::vector<SourcePos> each) : each_(std::move(each)) {}

    // The place of the character at `offset`; past the end, the last place known.
    SourcePos at(int offset) const;

private:
    SourcePos start_;
    std::vector<SourcePos> each_;  // one per character and one past the end, or empty
};

FileName make_file_name(std::string name);

}  // namespace engine
