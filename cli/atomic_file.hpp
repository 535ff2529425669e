// Files we write appear whole or not at all.
#pragma once

#include <functional>
#include <string>
#include <string_view>

namespace cli {

// Writes `content` to a temporary file beside `path`, flushes it, then renames
// it over `path`. Throws std::runtime_error, leaving nothing behind, on failure.
// An existing file keeps its permissions; a symbolic link is written through to
// the file it points at; a directory, device or pipe is refused.
void write_file_atomically(const std::string& path, std::string_view content);

// For a library that writes files itself (an XLSX workbook): `write` writes to
// the temporary path it is given, which is then renamed over `path`; on any
// failure nothing is left behind.
void write_file_atomically_with(const std::string& path, const std::function<void(const std::string&)>& write);

}  // namespace cli
