#include "cli/diagnostics_output.hpp"

#include "engine/text_check.hpp"

#include <iostream>
#include <string>
#include <vector>

namespace cli {

namespace {

// `1 problem`, `3 problems`: Dutch and English choose the same form.
std::string counted(std::size_t n, const tariffs::Locale& locale, bool warnings) {
    if (warnings) return n == 1 ? locale.text("1 warning") : locale.text("{n} warnings", {{"{n}", std::to_string(n)}});
    return n == 1 ? locale.text("1 problem") : locale.text("{n} problems", {{"{n}", std::to_string(n)}});
}

void print_each(const std::vector<engine::Diagnostic>& sorted, std::string_view severity, const tariffs::Locale& locale) {
    for (const auto& diagnostic : sorted) std::cerr << engine::shown(locale.diagnostic(diagnostic, severity)) << '\n';
}

}  // namespace

int print_problems(const engine::Diagnostics& problems, const Output& output) {
    const tariffs::Locale locale = locale_of(output);
    const auto sorted = problems.sorted();
    print_each(sorted, "error", locale);
    std::cerr << counted(sorted.size(), locale, false) << '\n';
    return cli::problems;
}

int print_problems(const engine::InputError& error, const Output& output) {
    return print_problems(error.diagnostics(), output);
}

void print_warnings(const engine::Diagnostics& warnings, const Output& output) {
    if (warnings.empty()) return;
    const tariffs::Locale locale = locale_of(output);
    const auto sorted = warnings.sorted();
    print_each(sorted, "warning", locale);
    std::cerr << counted(sorted.size(), locale, true) << locale.text("; --strict makes them errors") << '\n';
}

void print_unreadable(const engine::Diagnostics& lines, const Output& output) {
    print_each(lines.sorted(), "error", locale_of(output));
}

int print_usage_error(const UsageError& error, const Output& output) {
    print_usage_error(error.message(), locale_of(output));
    return usage;
}

void print_usage_error(const engine::Message& message, const tariffs::Locale& locale) {
    std::cerr << "tariff: " << engine::shown(locale.say(message)) << '\n';
}

int print_failure(const std::exception& error, const Output& /*output: its locale*/) {
    std::cerr << "tariff: " << engine::shown(error.what()) << '\n';
    return cli::problems;
}

}  // namespace cli
