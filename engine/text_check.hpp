// Whether a text can be shown as it is: valid UTF-8 without control characters.
// A name with an escape sequence would drive the terminal it is printed on, and
// one that is not UTF-8 would make the JSON we write invalid.
#pragma once

#include "engine/message.hpp"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace engine {

// Why `text` cannot be shown, e.g. "holds the control character U+001B at
// character 4"; nothing when it can. Tabs and line ends are allowed only where
// `line_ends` (a note may span lines; a name, code or path may not). A
// direction mark (U+202E) is refused everywhere, an invisible character
// (U+200B) in a name, code or path.
std::optional<Message> unprintable(std::string_view text, bool line_ends);

// `text` made safe to show on a terminal: control characters other than line
// ends and tabs as `\x1B` (C1 controls, direction marks and invisible
// characters as `\u009B`, `\u202E`, `\u200B`), bytes that are not UTF-8
// as `\xFF`, everything else as it is. For text we echo but did not check,
// such as a command-line argument in an error message.
std::string shown(std::string_view text);

// How many characters of a value read from input a message quotes: enough to
// recognise it, never a whole file read as one value.
inline constexpr std::size_t quoted_characters = 40;

// A value read from a file or the command line as a message quotes it:
// between backticks, made safe as by `shown` (a line end as `\n`), and cut
// after `quoted_characters` characters with `…`. Every message that echoes
// such a value quotes it through here.
std::string quote(std::string_view text);
// The same without the backticks, for a value a message shows as it is.
std::string excerpt(std::string_view text);

// `text` with each character drawn like an ASCII one (a Cyrillic `А`, a
// non-breaking space, an en dash, a full-width `Ａ`) replaced by it: two codes
// with the same look-alike form and different text look the same and differ.
std::string look_alike_form(std::string_view text);

}  // namespace engine
