// A message quotes at most a short prefix of a value read from a file or the
// command line: a model with `extends: /etc/passwd` must not print the whole
// file back, nor a 2,000-character name or a 990-digit number in full.
//
// The sweep writes each input once for every word in it, with that word
// replaced by a long value, and runs `tariff validate` on each: no line of what
// it prints may hold more than a short run of the long value.
#include "engine/text_check.hpp"

#include "cli_runner.hpp"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>
#include <string>
#include <tuple>
#include <vector>

namespace {

const std::string long_name(2000, 'z');
const std::string long_number(990, '9');  // a number as the model reads it: at most 1,000 characters

void write(const std::string& path, const std::string& text) { std::ofstream(path, std::ios::binary) << text; }

// Each variant of `text` with one word (outside comments) replaced by `by`;
// numbers only by a number, when `numbers_only`.
std::vector<std::string> variants(const std::string& text, const std::string& by, bool numbers_only) {
    static const std::regex word(R"([A-Za-z0-9_.%€-]+)");
    static const std::regex number(R"(-?[0-9][0-9.]*%?)");
    std::vector<std::string> out;
    std::size_t line_start = 0;
    while (line_start < text.size()) {
        std::size_t line_end = text.find('\n', line_start);
        if (line_end == std::string::npos) line_end = text.size();
        const std::string line = text.substr(line_start, line_end - line_start);
        const std::string code = line.substr(0, line.find(" #"));
        for (auto it = std::sregex_iterator(code.begin(), code.end(), word); it != std::sregex_iterator(); ++it) {
            if (numbers_only && !std::regex_match(it->str(), number)) continue;
            std::string changed = text;
            changed.replace(line_start + static_cast<std::size_t>(it->position()), static_cast<std::size_t>(it->length()), by);
            out.push_back(std::move(changed));
        }
        line_start = line_end + 1;
    }
    return out;
}

struct Run {
    std::string what;       // which variant
    std::string longest;    // its longest line of output
    bool echoed = false;    // whether a line holds a long run of the long value
};

// Runs `tariff ARGS` for each entry, in one shell, and reads back every standard
// error and standard output line.
std::vector<Run> run_all(const std::string& dir, const std::vector<std::pair<std::string, std::string>>& commands) {
    std::ostringstream script;
    for (const auto& [what, arguments] : commands)
        script << "echo '=== " << what << "'; \"$T\" " << arguments << " 2>&1 </dev/null\n";
    write(dir + "/sweep.sh", script.str());
    const std::string command = "cd '" + dir + "' && T='" + TARIFF_BINARY + "' sh sweep.sh > out.txt 2>&1";
    REQUIRE(std::system(command.c_str()) != -1);
    std::vector<Run> runs;
    std::istringstream all(test::read_text(dir + "/out.txt"));
    const std::string name_run(60, 'z'), number_run(60, '9');
    for (std::string line; std::getline(all, line);) {
        if (line.rfind("=== ", 0) == 0) {
            runs.push_back({line.substr(4), "", false});
            continue;
        }
        if (runs.empty()) continue;
        Run& run = runs.back();
        if (line.size() > run.longest.size()) run.longest = line;
        if (line.find(name_run) != std::string::npos || line.find(number_run) != std::string::npos) run.echoed = true;
    }
    return runs;
}

void check_none_echoed(const std::vector<Run>& runs, std::size_t expected) {
    CHECK(runs.size() == expected);
    std::size_t echoed = 0;
    for (const auto& run : runs) {
        if (!run.echoed && run.longest.size() <= 1000) continue;
        ++echoed;
        if (echoed <= 20) UNSCOPED_INFO(run.what << ": " << engine::excerpt(run.longest) << " (" << run.longest.size() << " characters)");
    }
    CHECK(echoed == 0);
}

// Every word of `file` (in `dir`) replaced in turn, `arguments` run on each.
std::vector<std::pair<std::string, std::string>> sweep(const std::string& dir, const std::string& file,
                                                       const std::string& text, const std::string& arguments) {
    std::vector<std::pair<std::string, std::string>> commands;
    int n = 0;
    for (const auto& [by, numbers] : {std::pair{long_name, false}, std::pair{long_number, true}})
        for (const auto& changed : variants(text, by, numbers)) {
            const std::string variant_dir = dir + "/v" + std::to_string(++n);
            std::filesystem::create_directory(variant_dir);
            for (const auto& entry : std::filesystem::directory_iterator(dir))
                if (entry.is_regular_file() && entry.path().extension() == ".yaml")
                    std::filesystem::copy_file(entry.path(), variant_dir + "/" + entry.path().filename().string());
            write(variant_dir + "/" + file, changed);
            commands.emplace_back(file + " variant " + std::to_string(n), "validate v" + std::to_string(n) + "/" + arguments);
        }
    return commands;
}

const char* const small_method = R"YAML(library: a small method
counts: [FTE]
parameters:
  salary: {range: "(0, )", unit: EUR/month, about: gross monthly salary}
  hours: {range: "(0, )", unit: hour/year, default: 1500, about: hours a year}
  surcharge: {range: "[0, 1]", usual: "[0, 0.3]", usual_source: common practice, unit: 1, default: 10%, about: a surcharge}
rules:
  tariff:
    formula: salary * 12 month/year / hours * (1 + surcharge)
    unit: EUR/hour
    round: {places: 2, mode: half_up}
kinds:
  individual:
    units: {hour: tariff}
)YAML";

const char* const small_model = R"YAML(model: A small model
year: 2025
until: 2026
method: method.yaml
parameters: {surcharge: 12%, salary: 3600}
staff_levels:
  worker: {salary: 3650.00 EUR/month}
products:
  - code: P1
    name: One
    kind: individual
    unit: hour
    group: g1
    inputs: {salary: 3700}
  - code: P2
    name: Two
    kind: individual
    unit: hour
    rules: {tariff: salary * 12 month/year / hours}
    round: {places: 0, mode: ceiling}
rounding:
  policies:
    whole: {groups: [g1], tariff: {places: 0, mode: up}}
indexation:
  series_file: series.yaml
  weights: {OVA: 100%}
  correction: points
  method: chain
bid_review: {floor: 90%, ceiling: 110%, maximum: {P1: 99.00}}
scenarios:
  higher: {about: a higher salary, set: {salary: 3800, P1.salary: 3900}}
)YAML";

const char* const series = R"YAML(about: one series
series:
  OVA:
    2024: {definitive: 4.00%}
    2025: {provisional: 3.00%, definitive: 3.20%}
    2026: {provisional: 2.50%}
)YAML";

const char* const extension = R"YAML(extends: model.yaml
model: A small model, changed
parameters: {surcharge: 14%}
staff_levels:
  worker: {salary: 3700.00}
products:
  P1: {salary: 3750}
rules:
  hours: 1400 hour/year
)YAML";

}  // namespace

TEST_CASE("no message quotes more than a short prefix of a long word in the worked example", "[bounds][quoting]") {
    const test::TempDir dir;
    const std::string text = test::read_text(test::source_dir() + "/models/examples/worked-example.yaml");
    write(dir.path + "/model.yaml", text);
    const auto commands = sweep(dir.path, "model.yaml", text, "model.yaml");
    check_none_echoed(run_all(dir.path, commands), commands.size());
}

TEST_CASE("no message quotes more than a short prefix of a long word in a method, series or extending file",
          "[bounds][quoting]") {
    const test::TempDir dir;
    write(dir.path + "/method.yaml", small_method);
    write(dir.path + "/model.yaml", small_model);
    write(dir.path + "/series.yaml", series);
    write(dir.path + "/child.yaml", extension);
    REQUIRE(test::run_tariff({"validate", dir.path + "/child.yaml"}).exit_code == 0);  // each file sound as written
    std::vector<std::pair<std::string, std::string>> commands;
    for (const auto& [file, text, run] : {std::tuple{"model.yaml", small_model, "model.yaml"},
                                          std::tuple{"method.yaml", small_method, "model.yaml"},
                                          std::tuple{"series.yaml", series, "model.yaml"},
                                          std::tuple{"child.yaml", extension, "child.yaml"}}) {
        const test::TempDir each;
        for (const auto& name : {"method.yaml", "model.yaml", "series.yaml", "child.yaml"})
            std::filesystem::copy_file(dir.path + "/" + name, each.path + "/" + name);
        const auto more = sweep(each.path, file, text, run);
        check_none_echoed(run_all(each.path, more), more.size());
    }
}

TEST_CASE("a file named where a model, method or series is expected is never printed back", "[bounds][quoting]") {
    const test::TempDir dir;
    // One long line of `key:value` words with no space: YAML reads the file as one long text.
    std::string file;
    for (int i = 0; i < 200; ++i) file += "root:x:0:0:root:/root:/bin/bash" + std::to_string(i) + "\n";
    write(dir.path + "/passwd", file);
    write(dir.path + "/extends.yaml", "extends: passwd\n");
    std::string text = test::read_text(test::source_dir() + "/models/examples/worked-example.yaml");
    write(dir.path + "/method.yaml", "method: passwd\n" + text.substr(text.find("year:")));
    const std::string with_series = text.substr(0, text.find("indexation:")) + "indexation:\n  series_file: passwd\n" +
                                    text.substr(text.find("budgets:"));
    write(dir.path + "/series.yaml", with_series);
    const auto runs = run_all(dir.path, {{"extends", "validate extends.yaml"},
                                         {"method", "validate method.yaml"},
                                         {"series_file", "validate series.yaml"},
                                         {"model", "validate passwd"}});
    check_none_echoed(runs, 4);
    for (const auto& run : runs) {
        INFO(run.what << ": " << run.longest);
        CHECK(run.longest.size() < 200);
        CHECK(run.longest.find("`root:x:0:0:root:/root:/bin/bash0 root:x:…`") != std::string::npos);
    }
}

TEST_CASE("a long value on the command line is quoted short", "[bounds][quoting]") {
    const test::TempDir dir;
    write(dir.path + "/model.yaml", test::read_text(test::source_dir() + "/models/examples/worked-example.yaml"));
    const std::string z = long_name, nine = long_number;
    const auto runs =
        run_all(dir.path, {{"--set NAME", "price model.yaml --set " + z + "=1"},
                           {"--set LEVEL.NAME", "price model.yaml --set " + z + ".monthly_salary=1"},
                           {"--set value", "price model.yaml --set overhead_surcharge=" + z},
                           {"--set number", "price model.yaml --set overhead_surcharge=" + nine},
                           {"--set unit", "price model.yaml --set 'overhead_surcharge=1 " + z + "'"},
                           {"--set without =", "price model.yaml --set " + z},
                           {"--scenario", "price model.yaml --scenario " + z}});
    check_none_echoed(runs, 7);
}
