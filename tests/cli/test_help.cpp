// Each command's --help teaches by its own examples, and every example runs as
// written (a model called my-region.yaml stands for the worked example; files
// are written to a temporary directory): help that does not work is worse
// than none.
#include "cli_runner.hpp"

#include <catch2/catch.hpp>

#include <sstream>
#include <string>
#include <vector>

using Catch::Matchers::Contains;

namespace {

const std::vector<std::string> commands{"price",       "explain",     "index",        "budget",     "allocate",
                                        "scenarios",   "compare",     "check-bids",   "check-index", "check-buildup",
                                        "sensitivity", "solve",       "fingerprint",  "parameters", "validate"};

// The example lines of a help text: `  tariff ...`, without the note after two spaces.
std::vector<std::vector<std::string>> examples_in(const std::string& help) {
    std::vector<std::vector<std::string>> examples;
    std::istringstream lines(help.substr(help.find("Examples:")));
    for (std::string line; std::getline(lines, line);) {
        if (line.rfind("  tariff ", 0) != 0) continue;
        line = line.substr(2);
        if (const auto note = line.find("   "); note != std::string::npos) line = line.substr(0, note);
        std::istringstream words(line);
        std::vector<std::string> arguments;
        for (std::string word; words >> word;) arguments.push_back(word);
        examples.push_back({arguments.begin() + 1, arguments.end()});
    }
    return examples;
}

}  // namespace

TEST_CASE("each command's --help shows its own examples, not every command's", "[cli][help]") {
    for (const auto& command : commands) {
        INFO(command);
        const auto help = test::run_tariff({command, "--help"});
        CHECK(help.exit_code == 0);
        REQUIRE_THAT(help.out, Contains("Examples:"));
        const auto examples = examples_in(help.out);
        CHECK_FALSE(examples.empty());
        for (const auto& example : examples) CHECK(example.front() == command);
    }
}

TEST_CASE("every example in the commands' help runs as written", "[cli][help]") {
    const test::TempDir dir;
    for (const auto& command : commands) {
        for (auto example : examples_in(test::run_tariff({command, "--help"}).out)) {
            for (std::size_t i = 0; i < example.size(); ++i) {
                if (example[i] == "my-region.yaml") example[i] = "models/examples/worked-example.yaml";
                if (i > 0 && (example[i - 1] == "-o" || example[i - 1] == "--output")) example[i] = dir.path + "/" + example[i];
            }
            std::string shown;
            for (const auto& word : example) shown += word + " ";
            INFO("tariff " + shown);
            const auto result = test::run_tariff(example);
            INFO(result.err);
            CHECK((result.exit_code == 0 || result.exit_code == 3));  // 3: a check's findings
        }
    }
}

TEST_CASE("the help of --output names only the formats its command writes", "[cli][help]") {
    for (const auto& command : commands) {
        INFO(command);
        const auto help = test::run_tariff({command, "--help"});
        const auto output = help.out.find("-o,--output");
        if (output == std::string::npos) continue;
        const std::string line = help.out.substr(output, help.out.find('\n', output) - output);
        const auto format = help.out.find("-f,--format");
        REQUIRE(format != std::string::npos);
        const std::string formats = help.out.substr(format, help.out.find('\n', format) - format);
        const bool workbook = formats.find("xlsx") != std::string::npos;
        CHECK((line.find("xlsx") != std::string::npos) == workbook);
        CHECK((line.find(".html") != std::string::npos) == (formats.find("html") != std::string::npos));
        CHECK((line.find(".csv") != std::string::npos) == (formats.find("csv") != std::string::npos));
    }
}
