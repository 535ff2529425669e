// Whether a text can be shown as it is: valid UTF-8 without control characters.
// A name with an escape sequence would drive the terminal it is printed on, and
// one that is not UTF-8 would make the JSON we write invalid.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace engine {

// Why `text` cannot be shown, e.g. "holds the control character U+001B at
// character 4"; nothing when it can. Tabs are allowed, and line ends where
// `line_ends` (a formula or a note may span lines; a name may not).
std::optional<std::string> unprintable(std::string_view text, bool line_ends);

}  // namespace engine
