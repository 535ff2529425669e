// The `tariff` command: the program's help, the commands of the registry
// (cli/registry) on the command line, and the run of the one asked for. What
// each command does is in cli/commands/; the work itself in tariffs/app/.
#include "cli/diagnostics_output.hpp"
#include "cli/exit_code.hpp"
#include "cli/progress.hpp"
#include "cli/registry.hpp"
#include "cli/unknown_words.hpp"
#include "engine/diagnostic.hpp"
#include "engine/text_check.hpp"
#include "tariffs/model/fingerprint.hpp"

#include <CLI/CLI.hpp>

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <iostream>
#include <sstream>

namespace {

const char* const description =
    "tariff: substantiated tariffs and budgets for youth care from YAML cost models.\n\n"
    "Every tariff is computed exactly from the model's staff levels, hours, overhead,\n"
    "client-bound costs and surcharges under the standard method (models/standard.yaml),\n"
    "indexed year by year, and every figure can be traced back to a line of the model.";

const char* const footer =
    "Examples:\n"
    "  tariff price models/examples/region.yaml                    the price sheet\n"
    "  tariff price models/examples/region.yaml --format json      the same for other tools\n"
    "  tariff explain models/examples/worked-example.yaml VBL      how a tariff is built up\n"
    "  tariff index models/examples/region.yaml --from 2025 --to 2028\n"
    "  tariff budget models/examples/worked-example.yaml --strict  budgets against the frames\n"
    "  tariff allocate models/examples/worked-example.yaml --key insurance --year 2026\n"
    "  tariff scenarios models/examples/region.yaml               tariffs under each scenario of the model\n"
    "  tariff price models/examples/region.yaml --set overhead_surcharge=22%\n"
    "  tariff compare models/examples/region.yaml models/examples/region-cao.yaml   what changed, and why\n"
    "  tariff sensitivity models/examples/worked-example.yaml AMB-U   which input moves the tariff most\n"
    "  tariff solve models/examples/worked-example.yaml VBL --target 300.00 --vary VBL.occupancy\n"
    "  tariff check-bids models/examples/region.yaml models/examples/region-bids.csv\n"
    "  tariff check-index models/examples/region.yaml models/examples/region-provider-tariffs.csv\n"
    "  tariff check-buildup models/examples/region.yaml models/examples/region-buildup.yaml\n"
    "  tariff validate my-region.yaml                              every problem, with file:line:column\n"
    "  tariff parameters                                           what the standard method asks of a model\n\n"
    "Exit codes: 0 ok, 1 problems in the input, 2 wrong usage, 3 findings (budget --strict over a frame;\n"
    "a bid outside its bounds, an indexed tariff that differs, a build-up that does not add up;\n"
    "solve: no value in the input's range reaches the target).";

}  // namespace

int main(int argc, char** argv) {
    CLI::App app(description, "tariff");
    app.footer(footer);
    app.require_subcommand(1);
    app.set_version_flag("--version", tariffs::program_version());

    const std::vector<cli::Command> commands = cli::commands();
    for (const cli::Command& command : commands) {
        CLI::App& options = *app.add_subcommand(command.name, command.description);
        command.setup(options);
        options.footer(command.examples.empty() ? std::string() : "Examples:\n" + command.examples);
    }

    if (auto unknown = cli::unknown_word(app, argc, argv)) {
        cli::print_usage_error(*unknown, cli::locale_asked(argc, argv));
        return cli::usage;
    }
    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        // CLI11 echoes the argument it could not use: shown escaped, so an
        // argument cannot drive the terminal.
        std::ostringstream out, err;
        const int code = app.exit(e, out, err);
        std::cout << out.str();
        std::cerr << engine::shown(err.str());
        return code == 0 ? cli::ok : cli::usage;
    }
    const std::string name = app.get_subcommands().front()->get_name();
    const cli::Command& command =
        *std::find_if(commands.begin(), commands.end(), [&](const cli::Command& c) { return c.name == name; });

    // A closed pipe is an error to report, not a signal that ends the process unseen.
    std::signal(SIGPIPE, SIG_IGN);
    const int exit_code = [&]() -> int {
        try {
            const cli::Progress progress("tariff " + name);
            return command.run();
        } catch (const engine::InputError& e) {
            return cli::print_problems(e, command.output());
        } catch (const cli::UsageError& e) {
            return cli::print_usage_error(e, command.output());
        } catch (const std::exception& e) {
            return cli::print_failure(e, command.output());
        }
    }();
    // Output that did not arrive (a full disk, a closed pipe) is a failure.
    std::cout.flush();
    if (!std::cout) {
        std::cerr << "tariff: cannot write to standard output: " << std::strerror(errno) << '\n';
        return cli::problems;
    }
    return exit_code;
}
