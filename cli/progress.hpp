// A progress indicator on standard error for a command that runs longer than a
// second on a terminal; nothing at all when standard error is not a terminal
// (a pipe, a file, CI), so output stays clean for scripts.
#pragma once

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <ostream>
#include <string>
#include <thread>

namespace cli {

// What the indicator shows after `elapsed`: nothing in the first second, then
// `label [   ===      ] 2.4 s`, the bar sweeping while the work goes on.
std::string progress_line(const std::string& label, std::chrono::milliseconds elapsed);

class Progress {
public:
    // Draws on `out` only when `terminal` (by default: standard error is a terminal).
    explicit Progress(std::string label);
    Progress(std::string label, std::ostream& out, bool terminal);
    ~Progress();  // stops and clears the line
    Progress(const Progress&) = delete;
    Progress& operator=(const Progress&) = delete;

private:
    void run();

    std::string label_;
    std::ostream& out_;
    bool terminal_;
    std::chrono::steady_clock::time_point start_ = std::chrono::steady_clock::now();
    std::mutex mutex_;
    std::condition_variable wake_;
    bool done_ = false;
    bool drawn_ = false;
    std::thread thread_;
};

}  // namespace cli
