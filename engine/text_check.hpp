// Whether a text can be shown as it is: valid UTF-8 without control characters.
// A name with an escape sequence would drive the terminal it is printed on, and
// one that is not UTF-8 would make the JSON we write invalid.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace engine {

// Why `text` cannot be shown, e.g. "holds the control character U+001B at
// character 4"; nothing when it can. Tabs and line ends are allowed only where
// `line_ends` (a note may span lines; a name, code or path may not).
std::optional<std::string> unprintable(std::string_view text, bool line_ends);

// `text` made safe to show on a terminal: control characters other than line
// ends and tabs as `\x1B` (C1 controls as `\u009B`), bytes that are not UTF-8
// as `\xFF`, everything else as it is. For text we echo but did not check,
// such as a command-line argument in an error message.
std::string shown(std::string_view text);

}  // namespace engine
