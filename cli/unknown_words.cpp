#include "cli/unknown_words.hpp"

#include "engine/suggest.hpp"
#include "engine/text_check.hpp"

#include <CLI/CLI.hpp>

#include <algorithm>
#include <string_view>
#include <vector>

namespace cli {

namespace {

std::vector<std::string> command_names(const CLI::App& app) {
    std::vector<std::string> names;
    for (const CLI::App* command : app.get_subcommands([](const CLI::App*) { return true; }))
        names.push_back(command->get_name());
    return names;
}

// `--format`, `--output`, … of `command` and of the program (`--help`).
std::vector<std::string> long_options(const CLI::App& app, const CLI::App& command) {
    std::vector<std::string> names;
    for (const CLI::App* owner : {&app, &command})
        for (const CLI::Option* option : owner->get_options())
            for (const std::string& name : option->get_lnames()) names.push_back("--" + name);
    return names;
}

// What a Dutch user may type for a command: `tariff prijs` is meant as `tariff price`.
std::optional<std::string> dutch_command(const std::string& word) {
    static const std::vector<std::pair<std::string, std::string>> words{
        {"prijs", "price"},          {"prijzen", "price"},        {"tarief", "price"},
        {"tarieven", "price"},       {"prijslijst", "price"},     {"uitleg", "explain"},
        {"verklaar", "explain"},     {"indexeer", "index"},       {"indexatie", "index"},
        {"begroting", "budget"},     {"budgetten", "budget"},     {"verdeel", "allocate"},
        {"verdeling", "allocate"},   {"scenario", "scenarios"},   {"vergelijk", "compare"},
        {"gevoeligheid", "sensitivity"}, {"valideer", "validate"},
        {"controleer", "validate"},  {"vingerafdruk", "fingerprint"},
        {"los-op", "solve"},         {"oplossen", "solve"},
    };
    for (const auto& [dutch, command] : words)
        if (dutch == word) return command;
    return std::nullopt;
}

}  // namespace

std::optional<engine::Message> unknown_word(const CLI::App& app, int argc, const char* const* argv) {
    if (argc < 2 || argv[1][0] == '-') return std::nullopt;  // `--help`, `--version`: CLI11 answers
    const std::string name = argv[1];
    const std::vector<std::string> commands = command_names(app);
    if (std::find(commands.begin(), commands.end(), name) == commands.end()) {
        const auto meant = dutch_command(name);
        const bool exists = meant && std::find(commands.begin(), commands.end(), *meant) != commands.end();
        const engine::Message suggestion = exists ? engine::msg(" (did you mean {name}?)", {engine::arg("name", engine::quote(*meant))})
                                                  : engine::suggestion(name, commands);
        return engine::msg("unknown command `{name}`{suggestion}; run `tariff --help` for the commands",
                           {engine::arg("name", engine::shown(name)), engine::arg("suggestion", suggestion)});
    }
    const CLI::App& command = *app.get_subcommand(name);
    const std::vector<std::string> options = long_options(app, command);
    for (int i = 2; i < argc; ++i) {
        const std::string_view word = argv[i];
        if (word == "--") break;  // what follows is not an option
        if (word.size() < 3 || word.substr(0, 2) != "--") continue;
        const std::string option(word.substr(0, word.find('=')));
        if (std::find(options.begin(), options.end(), option) != options.end()) continue;
        return engine::msg("unknown option `{option}` for `{command}`{suggestion}; run `tariff {command} --help` for its "
                           "options",
                           {engine::arg("option", engine::shown(option)), engine::arg("command", name),
                            engine::arg("suggestion", engine::suggestion(option, options))});
    }
    return std::nullopt;
}

tariffs::Locale locale_asked(int argc, const char* const* argv) {
    for (int i = 1; i < argc; ++i) {
        const std::string_view word = argv[i];
        if (word == "--") break;
        if (word == "--locale=nl" || (word == "--locale" && i + 1 < argc && std::string_view(argv[i + 1]) == "nl"))
            return tariffs::Locale{true};
    }
    return tariffs::Locale{false};
}

}  // namespace cli
