// Every diagnostic a command prints on standard error: the problems of an
// input, the warnings of a model, the lines of a checked file that could not
// be read, and what stopped the command (`tariff: …`). Each takes the
// command's output, so its locale is at hand. (What CLI11 says of a command
// line it cannot parse, before any command runs, is said in main.)
#pragma once

#include "cli/exit_code.hpp"
#include "cli/output.hpp"
#include "engine/diagnostic.hpp"

#include <exception>

namespace cli {

// Every problem, sorted, one a line (`file:line:column: error: …`), then their
// count. Returns the exit code: problems.
int print_problems(const engine::Diagnostics& problems, const Output& output);
int print_problems(const engine::InputError& error, const Output& output);

// The model's warnings (`…: warning: …`) and that --strict makes them errors;
// nothing without any.
void print_warnings(const engine::Diagnostics& warnings, const Output& output);

// The lines of a checked file that could not be read (the report shows them too).
void print_unreadable(const engine::Diagnostics& lines, const Output& output);

// Wrong usage: `tariff: --year 2031 is outside …`. Returns the exit code: usage.
int print_usage_error(const UsageError& error, const Output& output);
// The same before a command's output is known: a word of the command line
// that names no command or option, in the locale `--locale` asks for.
void print_usage_error(const engine::Message& message, const tariffs::Locale& locale);

// Anything else that stopped the command (a file that cannot be written).
// Returns the exit code: problems.
int print_failure(const std::exception& error, const Output& output);

}  // namespace cli
