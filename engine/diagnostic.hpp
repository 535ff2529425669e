// Problems found in input, each with its position, collected so that a user
// sees all of them at once.
#pragma once

#include "engine/message.hpp"
#include "engine/source.hpp"

#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace engine {

struct Diagnostic {
    // What a problem is about, where another problem may explain it: the same
    // slip must not be said twice (`trainig_hours:` is an unknown key, and so
    // `training_hours` is missing).
    enum class Kind {
        other,
        unknown_key,    // `name`: the key it most likely meant, or empty
        missing_input,  // `name`: the input or name nothing gives
    };

    SourcePos pos;
    Message message;
    Kind kind = Kind::other;
    std::string name;

    // `file:line:column: error: message` (or `warning:`), in English.
    std::string to_string(std::string_view severity = "error") const;
};

class Diagnostics {
public:
    void add(SourcePos pos, Message message);
    void add(Diagnostic diagnostic);
    void append(const Diagnostics& other);
    bool empty() const { return items_.empty(); }
    std::size_t size() const { return items_.size(); }
    const std::vector<Diagnostic>& items() const { return items_; }
    // Whether every problem is an unknown key: what was read is sound without
    // them, so the problems found by using it can be said in the same round.
    bool only_unknown_keys() const;
    // Without the missing inputs that an unknown key's suggestion names.
    Diagnostics without_explained() const;
    // Sorted by file, line and column, duplicates removed: stable output.
    std::vector<Diagnostic> sorted() const;

private:
    std::vector<Diagnostic> items_;
};

// Thrown when input cannot be used; carries every problem found.
class InputError : public std::runtime_error {
public:
    explicit InputError(Diagnostics diagnostics);
    InputError(SourcePos pos, Message message);
    const Diagnostics& diagnostics() const { return diagnostics_; }

private:
    Diagnostics diagnostics_;
};

}  // namespace engine
