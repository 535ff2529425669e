// The registry of `tariff`'s commands: each with its name, what it does, its
// examples, the setup of its options on the command line, and its run. Each
// command has its own options struct, which the setup binds and the run reads.
#pragma once

#include "cli/output.hpp"

#include <functional>
#include <string>
#include <vector>

namespace CLI {
class App;
}

namespace cli {

struct Command {
    std::string name;
    std::string description;
    std::string examples;                   // the lines under `Examples:` in its --help
    std::function<void(CLI::App&)> setup;   // declares its options, bound to its options struct
    std::function<int()> run;               // runs it on what was parsed: the exit code
    std::function<const Output&()> output;  // its --format, --output and --locale as parsed
};

// Every command, in the order `tariff --help` lists them.
std::vector<Command> commands();

}  // namespace cli
