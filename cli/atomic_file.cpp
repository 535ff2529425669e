#include "cli/atomic_file.hpp"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <stdexcept>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace cli {

namespace {

std::runtime_error failure(const std::string& path, const char* what) {
    return std::runtime_error("cannot write " + path + ": " + what + ": " + std::strerror(errno));
}

void write_all(int fd, std::string_view content, const std::string& path) {
    while (!content.empty()) {
        const ssize_t written = ::write(fd, content.data(), content.size());
        if (written < 0) {
            if (errno == EINTR) continue;
            throw failure(path, "write");
        }
        content.remove_prefix(static_cast<std::size_t>(written));
    }
}

// Where a write to `path` goes, and with which permissions: a new file gets
// 0644; an existing regular file keeps its own; a symbolic link is written
// through, to the file it points at, and stays a link. Anything else (a
// directory, a device, a pipe) is refused: renaming over it would replace it.
struct Target {
    std::string path;
    mode_t mode = 0644;
};

Target resolve(const std::string& path) {
    std::error_code error;
    const std::filesystem::path followed = std::filesystem::weakly_canonical(path, error);
    Target target{error ? path : followed.string(), 0644};
    struct stat status {};
    if (::stat(target.path.c_str(), &status) != 0) {
        if (errno == ENOENT) return target;  // a new file
        throw failure(path, "inspect the target");
    }
    if (!S_ISREG(status.st_mode))
        throw std::runtime_error("cannot write " + path + ": it is not a regular file; --output writes files, " +
                                 "not " + (S_ISDIR(status.st_mode) ? "directories" : "devices or pipes"));
    target.mode = status.st_mode & 07777;
    return target;
}

}  // namespace

void write_file_atomically(const std::string& requested, std::string_view content) {
    const Target resolved = resolve(requested);
    const std::string& path = resolved.path;
    const std::filesystem::path target(path);
    const std::filesystem::path directory = target.has_parent_path() ? target.parent_path() : ".";
    std::string temporary = (directory / ("." + target.filename().string() + ".XXXXXX")).string();
    const int fd = ::mkstemp(temporary.data());
    if (fd < 0) throw failure(path, "create a temporary file");
    try {
        write_all(fd, content, path);
        if (::fsync(fd) != 0) throw failure(path, "flush");
        if (::fchmod(fd, resolved.mode) != 0) throw failure(path, "set permissions");
    } catch (...) {
        ::close(fd);
        ::unlink(temporary.c_str());
        throw;
    }
    if (::close(fd) != 0) {
        const auto error = failure(path, "close");
        ::unlink(temporary.c_str());
        throw error;
    }
    if (std::rename(temporary.c_str(), path.c_str()) != 0) {
        const auto error = failure(path, "rename");
        ::unlink(temporary.c_str());
        throw error;
    }
}

void write_file_atomically_with(const std::string& requested, const std::function<void(const std::string&)>& write) {
    const Target resolved = resolve(requested);
    const std::string& path = resolved.path;
    const std::filesystem::path target(path);
    const std::filesystem::path directory = target.has_parent_path() ? target.parent_path() : ".";
    std::string temporary = (directory / ("." + target.filename().string() + ".XXXXXX")).string();
    const int fd = ::mkstemp(temporary.data());
    if (fd < 0) throw failure(path, "create a temporary file");
    ::close(fd);
    try {
        write(temporary);
        if (::chmod(temporary.c_str(), resolved.mode) != 0) throw failure(path, "set permissions");
        if (std::rename(temporary.c_str(), path.c_str()) != 0) throw failure(path, "rename");
    } catch (...) {
        ::unlink(temporary.c_str());
        throw;
    }
}

}  // namespace cli
