// Reading an input file whole, bounded: only a regular file (a FIFO or a device
// would block or never end), and only up to a size limit.
#pragma once

#include <cstddef>
#include <string>

namespace engine {

// Large enough for a national model in the documented style (about 7 MB) many
// times over; small enough that no input can exhaust memory.
inline constexpr std::size_t max_input_bytes = std::size_t{64} << 20;

// Whether `path` leads through symbolic links that lead back to one another
// (or more than the system follows): it names no file, though each link exists.
bool is_link_loop(const std::string& path);

// The file's bytes. Throws InputError, located at the file, when it cannot be
// opened, is not a regular file, or is larger than `max_bytes`.
std::string read_input_file(const std::string& path, std::size_t max_bytes = max_input_bytes);

}  // namespace engine
