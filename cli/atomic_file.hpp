// Files we write appear whole or not at all.
#pragma once

#include <string>
#include <string_view>

namespace cli {

// Writes `content` to a temporary file beside `path`, flushes it, then renames
// it over `path`. Throws std::runtime_error, leaving nothing behind, on failure.
void write_file_atomically(const std::string& path, std::string_view content);

}  // namespace cli
