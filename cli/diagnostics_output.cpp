#include "cli/diagnostics_output.hpp"

#include "engine/text_check.hpp"

#include <iostream>

namespace cli {

int print_problems(const engine::Diagnostics& problems, const Output& /*output: its locale*/) {
    const auto sorted = problems.sorted();
    for (const auto& diagnostic : sorted) std::cerr << engine::shown(diagnostic.to_string()) << '\n';
    std::cerr << sorted.size() << (sorted.size() == 1 ? " problem" : " problems") << '\n';
    return cli::problems;
}

int print_problems(const engine::InputError& error, const Output& output) {
    return print_problems(error.diagnostics(), output);
}

void print_warnings(const engine::Diagnostics& warnings, const Output& /*output: its locale*/) {
    if (warnings.empty()) return;
    const auto sorted = warnings.sorted();
    for (const auto& warning : sorted) std::cerr << engine::shown(warning.to_string("warning")) << '\n';
    std::cerr << sorted.size() << (sorted.size() == 1 ? " warning" : " warnings") << "; --strict makes them errors\n";
}

void print_unreadable(const engine::Diagnostics& lines, const Output& /*output: its locale*/) {
    for (const auto& line : lines.sorted()) std::cerr << engine::shown(line.to_string()) << '\n';
}

int print_usage_error(const UsageError& error, const Output& /*output: its locale*/) {
    std::cerr << "tariff: " << engine::shown(error.what()) << '\n';
    return usage;
}

int print_failure(const std::exception& error, const Output& /*output: its locale*/) {
    std::cerr << "tariff: " << engine::shown(error.what()) << '\n';
    return cli::problems;
}

}  // namespace cli
