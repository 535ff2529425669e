#include "cli/atomic_file.hpp"

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <optional>
#include <fstream>
#include <stdexcept>
#include <utility>

#include <fcntl.h>
#include <signal.h>
#include <pthread.h>
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
// what the umask leaves of 0666, as any other program's; an existing regular file keeps its own; a symbolic link is written
// through, to the file it points at, and stays a link. Anything else (a
// directory, a device, a pipe) is refused: renaming over it would replace it.
struct Target {
    std::string path;
    mode_t mode = 0644;
};

mode_t new_file_mode() {
    const mode_t mask = ::umask(0);  // reading the umask sets it: set it back at once
    ::umask(mask);
    return 0666 & ~mask;
}

Target resolve(const std::string& path) {
    std::error_code error;
    const std::filesystem::path followed = std::filesystem::weakly_canonical(path, error);
    Target target{error ? path : followed.string(), new_file_mode()};
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

// A temporary file is named `.NAME.tariff-tmp-PID.XXXXXX`: a run killed outright
// (SIGKILL, a power cut) cannot remove its own, so the next run that writes into the
// same directory removes each one whose process is gone.
const std::string temporary_marker = ".tariff-tmp-";

// The process id a temporary file's name holds, if it is one of ours.
std::optional<pid_t> writer_of(const std::string& name) {
    const auto marker = name.rfind(temporary_marker);
    if (name.empty() || name.front() != '.' || marker == std::string::npos) return std::nullopt;
    const std::string rest = name.substr(marker + temporary_marker.size());
    const auto dot = rest.find('.');
    if (dot == std::string::npos || dot == 0 || rest.size() - dot - 1 != 6) return std::nullopt;
    const auto digit = [](char c) { return c >= '0' && c <= '9'; };
    if (dot > 9 || !std::all_of(rest.begin(), rest.begin() + static_cast<std::ptrdiff_t>(dot), digit)) return std::nullopt;
    return static_cast<pid_t>(std::stol(rest.substr(0, dot)));
}

bool process_gone(pid_t pid) { return pid > 0 && ::kill(pid, 0) != 0 && errno == ESRCH; }

void remove_stale_temporaries(const std::filesystem::path& directory) {
    std::error_code error;
    for (const auto& entry : std::filesystem::directory_iterator(directory, error)) {
        const auto pid = writer_of(entry.path().filename().string());
        struct stat status {};
        if (!pid || ::lstat(entry.path().c_str(), &status) != 0) continue;
        if (S_ISREG(status.st_mode) && status.st_uid == ::getuid() && process_gone(*pid)) ::unlink(entry.path().c_str());
    }
}

// The temporary file beside the target, removed unless it is renamed over the
// target. While it exists, an interrupt (Ctrl-C, SIGTERM, SIGHUP) removes it
// before the process ends, so a killed run leaves nothing behind either.
class Temporary {
public:
    explicit Temporary(const std::string& target_path) : target_(target_path) {
        const std::filesystem::path target(target_path);
        const std::filesystem::path directory = target.has_parent_path() ? target.parent_path() : ".";
        remove_stale_temporaries(directory);
        path_ = (directory / ("." + target.filename().string() + temporary_marker + std::to_string(::getpid()) +
                              ".XXXXXX"))
                    .string();
        // A signal between creating the file and watching it would leave the
        // file behind: it waits until the handler knows the file.
        sigset_t interrupting, before;
        sigemptyset(&interrupting);
        for (int signal : {SIGINT, SIGTERM, SIGHUP}) sigaddset(&interrupting, signal);
        pthread_sigmask(SIG_BLOCK, &interrupting, &before);
        fd_ = ::mkstemp(path_.data());
        if (fd_ >= 0) watch(path_);
        pthread_sigmask(SIG_SETMASK, &before, nullptr);
        if (fd_ < 0) throw failure(target_, "create a temporary file");
    }
    Temporary(const Temporary&) = delete;
    Temporary& operator=(const Temporary&) = delete;
    ~Temporary() {
        if (fd_ >= 0) ::close(fd_);
        if (!committed_) ::unlink(path_.c_str());
        unwatch();
    }

    const std::string& path() const { return path_; }
    int fd() const { return fd_; }
    void close() {
        const int fd = std::exchange(fd_, -1);
        if (::close(fd) != 0) throw failure(target_, "close");
    }
    void commit(mode_t mode) {
        if (fd_ >= 0) close();
        if (::chmod(path_.c_str(), mode) != 0) throw failure(target_, "set permissions");
        if (std::rename(path_.c_str(), target_.c_str()) != 0) throw failure(target_, "rename");
        committed_ = true;
    }

private:
    // What a signal handler may touch: a fixed buffer and a flag.
    static inline char pending_[4096];
    static inline volatile std::sig_atomic_t has_pending_ = 0;

    static void on_signal(int signal) {
        if (has_pending_) ::unlink(pending_);
        std::signal(signal, SIG_DFL);
        std::raise(signal);
    }
    static void watch(const std::string& path) {
        static const bool installed = [] {
            // A signal the process was started to ignore (nohup, a background job) stays ignored.
            for (int signal : {SIGINT, SIGTERM, SIGHUP})
                if (std::signal(signal, on_signal) == SIG_IGN) std::signal(signal, SIG_IGN);
            return true;
        }();
        (void)installed;
        if (path.size() >= sizeof pending_) return;  // too long to remember; the destructor still removes it
        std::memcpy(pending_, path.c_str(), path.size() + 1);
        has_pending_ = 1;
    }
    static void unwatch() { has_pending_ = 0; }

    std::string target_, path_;
    int fd_ = -1;
    bool committed_ = false;
};

}  // namespace

void write_file_atomically(const std::string& requested, std::string_view content) {
    const Target resolved = resolve(requested);
    Temporary temporary(resolved.path);
    write_all(temporary.fd(), content, resolved.path);
    if (::fsync(temporary.fd()) != 0) throw failure(resolved.path, "flush");
    temporary.commit(resolved.mode);
}

void write_file_atomically_with(const std::string& requested, const std::function<void(const std::string&)>& write) {
    const Target resolved = resolve(requested);
    Temporary temporary(resolved.path);
    temporary.close();  // the library opens the file itself
    try {
        write(temporary.path());
    } catch (const std::exception& error) {
        // The user named the target: a message names it, never the temporary file.
        std::string message = error.what();
        for (auto at = message.find(temporary.path()); at != std::string::npos; at = message.find(temporary.path()))
            message.replace(at, temporary.path().size(), requested);
        throw std::runtime_error(message);
    }
    temporary.commit(resolved.mode);
}

void write_file_atomically_streamed(const std::string& requested, const std::function<void(std::ostream&)>& write) {
    const Target resolved = resolve(requested);
    Temporary temporary(resolved.path);
    std::ofstream out(temporary.path(), std::ios::binary | std::ios::trunc);
    errno = 0;
    write(out);
    out.flush();
    if (!out) throw failure(requested, "write");  // errno says why: a full disk, a file too large
    out.close();
    if (!out) throw failure(requested, "close");
    temporary.commit(resolved.mode);
}

}  // namespace cli
