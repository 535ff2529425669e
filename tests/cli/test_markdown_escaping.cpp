// A Markdown report shows names as they are written, whoever wrote them: a product,
// municipality or provider name from someone else's file is text, never HTML, a link
// or emphasis, in every command that writes Markdown.
#include "tariffs/reports/table.hpp"

#include "cli_runner.hpp"

#include <catch2/catch.hpp>

#include <fstream>
#include <string>
#include <vector>

namespace {

const std::string script_name = "<script>alert(1)</script>";
const std::string image_name = "<img src=x onerror=alert(1)>";
const std::string link_name = "[md](javascript:alert(1))";

std::string replaced(std::string text, const std::string& from, const std::string& to) {
    const auto at = text.find(from);
    REQUIRE(at != std::string::npos);
    return text.replace(at, from.size(), to);
}

// The worked example with a hostile product, municipality and provider name.
std::string hostile_model(const std::string& dir) {
    std::string text = test::read_text(test::source_dir() + "/models/examples/worked-example.yaml");
    text = replaced(text, "name: Ambulante begeleiding (uur)", "name: \"" + script_name + "\"");
    text = replaced(text, "name: Noordmeer", "name: \"" + image_name + "\"");
    text = replaced(text, "name: Horizon Jeugdzorg", "name: \"" + link_name + " *x* _y_\"");
    const std::string path = dir + "/hostile.yaml";
    std::ofstream(path) << text;
    return path;
}

// Each `<`, `>`, `[`, `]` and `*` of the text is escaped by a backslash before it.
std::vector<std::string> unescaped(const std::string& markdown) {
    std::vector<std::string> found;
    for (std::size_t i = 0; i < markdown.size(); ++i) {
        const char c = markdown[i];
        if (c != '<' && c != '>' && c != '[' && c != ']') continue;
        if (i > 0 && markdown[i - 1] == '\\') continue;
        const std::size_t start = markdown.rfind('\n', i) == std::string::npos ? 0 : markdown.rfind('\n', i) + 1;
        found.push_back(markdown.substr(start, markdown.find('\n', i) - start));
    }
    return found;
}

}  // namespace

TEST_CASE("markdown_text escapes markup and keeps an underscore inside a word", "[markdown]") {
    CHECK(tariffs::markdown_text(script_name) == "\\<script\\>alert(1)\\</script\\>");
    CHECK(tariffs::markdown_text(link_name) == "\\[md\\](javascript:alert(1))");
    CHECK(tariffs::markdown_text("young_people *bold* _em_ a|b &amp; !") ==
          "young_people \\*bold\\* \\_em\\_ a\\|b \\&amp; \\!");
    CHECK(tariffs::markdown_text("two\nlines") == "two lines");
    // A code span is literal already: kept, but for a table's `|`; a lone backtick is escaped.
    CHECK(tariffs::markdown_text("`<b>|x` and <b>") == "`<b>\\|x` and \\<b\\>");
    CHECK(tariffs::markdown_text("a ` b") == "a \\` b");
    CHECK(tariffs::markdown_text("Ambulante begeleiding (uur) € 86,39 ≈") == "Ambulante begeleiding (uur) € 86,39 ≈");
}

TEST_CASE("names from a model are text in every Markdown report, never HTML or a link_name", "[markdown][cli]") {
    const test::TempDir dir;
    const std::string model = hostile_model(dir.path);
    const std::vector<std::vector<std::string>> commands{
        {"price", model},
        {"index", model},
        {"budget", model},
        {"allocate", model, "--key", "moving_average", "--year", "2026"},
        {"allocate", model, "--key", "all"},
        {"explain", model, "AMB-U"},
        {"sensitivity", model, "AMB-U"},
        {"price", model, "--set", "overhead_surcharge=22%"},
    };
    for (auto arguments : commands) {
        arguments.insert(arguments.end(), {"--format", "markdown"});
        const auto result = test::run_tariff(arguments);
        std::string shown;
        for (const auto& word : arguments) shown += word + " ";
        INFO(shown << "\n" << result.err);
        if (result.exit_code == 2) continue;  // a command that writes no Markdown
        REQUIRE((result.exit_code == 0 || result.exit_code == 3));
        const auto lines = unescaped(result.out);
        std::string report;
        for (const auto& line : lines) report += line + "\n";
        INFO(report);
        CHECK(lines.empty());
    }
}
