// Problems in a YAML file's text that yaml-cpp reports poorly or not at all:
// checked on the raw text, so the user hears what is really wrong and where.
#pragma once

#include "engine/message.hpp"
#include "engine/source.hpp"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace engine {

struct TextProblem {
    int line = 1, column = 1;  // 1-based
    Message message;
};

// What makes `text` unreadable before any parsing: a NUL byte (not a text
// file; yaml-cpp would read it as a backslash), or old Mac line ends (a lone
// CR, which yaml-cpp reads as one long line).
std::optional<TextProblem> unreadable_text(std::string_view text);

// A clearer cause for a parse error at 0-based `error_line`: a line indented
// with a tab at or before it (YAML indents with spaces only).
std::optional<TextProblem> tab_indentation(std::string_view text, int error_line);

// Whether the quoted scalar that opens at byte `start` (a `"` or `'`) is closed
// before the end of the text; yaml-cpp takes an unclosed quote to run to the end.
bool quote_is_closed(std::string_view text, std::size_t start);

}  // namespace engine
