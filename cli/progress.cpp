#include "cli/progress.hpp"

#include <iostream>

#include <unistd.h>

namespace cli {

namespace {
constexpr auto quiet_period = std::chrono::seconds(1);
constexpr auto redraw_every = std::chrono::milliseconds(100);
constexpr int bar_width = 20;
constexpr int lit_width = 5;
}  // namespace

std::string progress_line(const std::string& label, std::chrono::milliseconds elapsed) {
    if (elapsed < quiet_period) return "";
    // The lit part sweeps to the right and back, a step every 100 ms.
    const long long step = elapsed.count() / 100;
    const int span = bar_width - lit_width;
    const int position = static_cast<int>(step % (2 * span));
    const int start = position <= span ? position : 2 * span - position;
    std::string bar(bar_width, ' ');
    for (int i = start; i < start + lit_width; ++i) bar[static_cast<std::size_t>(i)] = '=';
    const long long tenths = elapsed.count() / 100;
    return label + " [" + bar + "] " + std::to_string(tenths / 10) + "." + std::to_string(tenths % 10) + " s";
}

Progress::Progress(std::string label) : Progress(std::move(label), std::cerr, ::isatty(STDERR_FILENO) == 1) {}

Progress::Progress(std::string label, std::ostream& out, bool terminal)
    : label_(std::move(label)), out_(out), terminal_(terminal) {
    if (terminal_) thread_ = std::thread([this] { run(); });
}

Progress::~Progress() {
    if (!terminal_) return;
    {
        std::lock_guard lock(mutex_);
        done_ = true;
    }
    wake_.notify_all();
    thread_.join();
    if (drawn_) out_ << "\r\033[K" << std::flush;  // clear the line
}

void Progress::run() {
    std::unique_lock lock(mutex_);
    while (!wake_.wait_for(lock, redraw_every, [this] { return done_; })) {
        const auto elapsed =
            std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - start_);
        const std::string line = progress_line(label_, elapsed);
        if (line.empty()) continue;
        out_ << "\r" << line << std::flush;
        drawn_ = true;
    }
}

}  // namespace cli
