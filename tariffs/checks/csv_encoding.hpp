// The character encoding of a CSV file. Spreadsheets save UTF-8 ("CSV UTF-8"),
// but Dutch Excel's default, "CSV (gescheiden door lijstscheidingsteken)", is
// Windows-1252: its `€` is the single byte 0x80, its `é` the byte 0xE9.
#pragma once

#include "engine/source.hpp"

#include <optional>
#include <string>
#include <string_view>

namespace tariffs {

enum class CsvEncoding { utf8, windows_1252 };

// `text` transcoded to UTF-8 when it is Windows-1252: when it holds bytes that
// are not UTF-8 and not one multi-byte UTF-8 character. Nothing when it is to
// be read as it is: UTF-8, or UTF-8 with some broken bytes (the lines that hold
// them are reported one by one). Throws engine::InputError, once, at the first
// byte that Windows-1252 does not define either.
std::optional<std::string> from_windows_1252(std::string_view text, engine::FileName file);

}  // namespace tariffs
