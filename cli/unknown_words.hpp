// A misspelt command or option is named, with the nearest one that exists:
// CLI11 alone says only that a subcommand is required, or that an argument
// was not expected (and a misspelt `--format` makes its value look like a model).
#pragma once

#include "engine/message.hpp"
#include "tariffs/reports/i18n/locale.hpp"

#include <optional>
#include <string>

namespace CLI {
class App;
}

namespace cli {

// What is wrong with the first word of `argv` that names no command, or the
// first `--option` that the command does not have; nothing when all are known.
std::optional<engine::Message> unknown_word(const CLI::App& app, int argc, const char* const* argv);

// The locale `--locale nl` (or `--locale=nl`) asks for, read from `argv` before
// it is parsed, so that an unknown word is said in it too.
tariffs::Locale locale_asked(int argc, const char* const* argv);

}  // namespace cli
