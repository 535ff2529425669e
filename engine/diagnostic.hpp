// Problems found in input, each with its position, collected so that a user
// sees all of them at once.
#pragma once

#include "engine/source.hpp"

#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace engine {

struct Diagnostic {
    SourcePos pos;
    std::string message;

    // `file:line:column: error: message` (or `warning:`)
    std::string to_string(std::string_view severity = "error") const;
};

class Diagnostics {
public:
    void add(SourcePos pos, std::string message);
    void append(const Diagnostics& other);
    bool empty() const { return items_.empty(); }
    std::size_t size() const { return items_.size(); }
    const std::vector<Diagnostic>& items() const { return items_; }
    // Sorted by file, line and column, duplicates removed: stable output.
    std::vector<Diagnostic> sorted() const;

private:
    std::vector<Diagnostic> items_;
};

// Thrown when input cannot be used; carries every problem found.
class InputError : public std::runtime_error {
public:
    explicit InputError(Diagnostics diagnostics);
    InputError(SourcePos pos, std::string message);
    const Diagnostics& diagnostics() const { return diagnostics_; }

private:
    Diagnostics diagnostics_;
};

}  // namespace engine
