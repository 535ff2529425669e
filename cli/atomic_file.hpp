// Files we write appear whole or not at all.
#pragma once

#include <functional>
#include <ostream>
#include <string>
#include <string_view>

namespace cli {

// Writes `content` to a temporary file beside `path`, flushes it, then renames
// it over `path`. Throws std::runtime_error, leaving nothing behind, on failure.
// A new file gets what the umask leaves of 0666; an existing file keeps its permissions; a symbolic link is written through to
// the file it points at; a directory, device or pipe is refused.
void write_file_atomically(const std::string& path, std::string_view content);

// For a library that writes files itself (an XLSX workbook): `write` writes to
// the temporary path it is given, which is then renamed over `path`; on any
// failure nothing is left behind.
// A message of `write` names `path`, never the temporary file.
void write_file_atomically_with(const std::string& path, const std::function<void(const std::string&)>& write);

// For a report written as it is made (a national HTML report is hundreds of megabytes):
// `write` writes to the stream; a failure names `path` and the system's reason.
void write_file_atomically_streamed(const std::string& path, const std::function<void(std::ostream&)>& write);

}  // namespace cli
