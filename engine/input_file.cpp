#include "engine/input_file.hpp"

#include "engine/diagnostic.hpp"

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace engine {

namespace {

[[noreturn]] void refuse(const std::string& path, Message why) {
    throw InputError(SourcePos{make_file_name(path), 0, 0}, std::move(why));
}

[[noreturn]] void refuse_for_system(const std::string& path) {
    refuse(path, msg("cannot read the file: {reason}", {arg("reason", verbatim(std::strerror(errno)))}));
}

Message kind_of(mode_t mode) {
    if (S_ISDIR(mode)) return msg("a directory");
    if (S_ISFIFO(mode)) return msg("a pipe (FIFO)");
    if (S_ISCHR(mode) || S_ISBLK(mode)) return msg("a device");
    if (S_ISSOCK(mode)) return msg("a socket");
    return msg("not a regular file");
}

// Closes the descriptor however the reading ends.
struct Descriptor {
    int fd;
    ~Descriptor() { ::close(fd); }
};

}  // namespace

bool is_link_loop(const std::string& path) {
    struct stat status {};
    return ::stat(path.c_str(), &status) != 0 && errno == ELOOP;
}

std::string read_input_file(const std::string& path, std::size_t max_bytes) {
    // Without O_NONBLOCK, opening a FIFO waits for a writer that may never come.
    const int fd = ::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0 && errno == ELOOP) refuse(path, msg("cannot read the file: it is a loop of symbolic links, each naming the next"));
    if (fd < 0) refuse_for_system(path);
    const Descriptor descriptor{fd};
    struct stat status {};
    if (::fstat(fd, &status) != 0) refuse_for_system(path);
    if (!S_ISREG(status.st_mode))
        refuse(path, msg("cannot read the file: it is {kind}, not a regular file", {arg("kind", kind_of(status.st_mode))}));
    const Message too_large = msg("the file is larger than {count} bytes, the limit for one input file",
                                  {arg("count", static_cast<long long>(max_bytes))});
    if (static_cast<std::size_t>(status.st_size) > max_bytes) refuse(path, too_large);
    std::string text;
    text.reserve(static_cast<std::size_t>(status.st_size));
    char buffer[65536];
    for (;;) {
        const ssize_t got = ::read(fd, buffer, sizeof buffer);
        if (got < 0) {
            if (errno == EINTR) continue;
            refuse_for_system(path);
        }
        if (got == 0) break;
        text.append(buffer, static_cast<std::size_t>(got));
        if (text.size() > max_bytes) refuse(path, too_large);  // it grew while being read
    }
    return text;
}

}  // namespace engine
