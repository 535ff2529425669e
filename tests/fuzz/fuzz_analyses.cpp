// Fuzz target `analyses`: `--set` overrides and the analyses on a model
// (`tariff compare --set`, `sensitivity`, `scenarios`, `solve`), with their
// reports.
//
// The input is a model, then optionally a line `#%set` and up to 8 lines
// after it: each a `--set` argument (`NAME=VALUE`), or one line
// `solve CODE INPUT TARGET [YEAR]`. The model is written to
// `examples/model.yaml` (beside the files the `model` target provides) and
// read as the commands read it: once as written and once with the overrides
// (parse_set_argument, then apply_scenario's check_overrides and
// apply_overrides). Then, each bounded so that one input takes well under a
// second: the model compared with itself under the overrides
// (compare_models); the sensitivity of its first product and first trajectory
// (1%, or 0.5 points); its named scenarios compared (compare_scenarios);
// and a goal seek (solve_tariff, or solve_by_bisection for a YEAR after the
// base year): the `solve` line's, else the first product's tariff plus one
// euro by the input that moves it most. Every report of these is written in
// each format into memory, and a name with `<` must never show unescaped in
// the Markdown ones (`==fuzz finding==` otherwise).
#include "engine/diagnostic.hpp"
#include "engine/number.hpp"
#include "tariffs/analyses/model_comparison.hpp"
#include "tariffs/analyses/scenario_check.hpp"
#include "tariffs/analyses/scenario_comparison.hpp"
#include "tariffs/analyses/sensitivity.hpp"
#include "tariffs/analyses/solve.hpp"
#include "tariffs/model/overrides.hpp"
#include "tariffs/reports/text/comparison_report.hpp"
#include "tariffs/reports/i18n/locale.hpp"
#include "tariffs/reports/report_format.hpp"
#include "tariffs/reports/text/scenario_report.hpp"
#include "tariffs/reports/text/sensitivity_report.hpp"
#include "tariffs/reports/text/solve_report.hpp"

#include "fuzz_loaded.hpp"
#include "fuzz_support.hpp"

#include <charconv>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

namespace {

constexpr std::size_t max_input = 64 * 1024;
constexpr std::size_t max_lines = 8;

const fuzz::WorkDir& work_dir() { return fuzz::model_work_dir("analyses"); }

struct Request {
    std::vector<std::string> sets;
    std::vector<std::string> solve;  // CODE INPUT TARGET [YEAR]; empty: the default goal seek
};

Request request_of(std::string_view text) {
    Request request;
    std::istringstream lines{std::string(text)};
    std::string line;
    for (std::size_t n = 0; n < max_lines && std::getline(lines, line); ++n) {
        if (line.empty()) continue;
        if (line.rfind("solve ", 0) == 0) {
            std::istringstream words(line.substr(6));
            request.solve.clear();
            for (std::string word; request.solve.size() < 4 && words >> word;) request.solve.push_back(word);
        } else {
            request.sets.push_back(line);
        }
    }
    return request;
}

const tariffs::Locale english{}, dutch{true};

// Each format of one report into memory, in both languages; Markdown checked for names.
template <typename Write>
void write_all(const tariffs::Model& model, const char* what, Write write) {
    for (const auto format : {tariffs::ReportFormat::table, tariffs::ReportFormat::csv, tariffs::ReportFormat::json,
                              tariffs::ReportFormat::markdown})
        for (const auto* locale : {&english, &dutch}) {
            std::ostringstream out;
            write(format, out, *locale);
            if (format == tariffs::ReportFormat::markdown)
                fuzz::require_escaped(out.str(), fuzz::shown_names(model), true, what);
        }
}

void compare(fuzz::Loaded& base, fuzz::Loaded& changed) {
    if (changed.model.year != base.model.year) return;  // `compare` refuses it
    const tariffs::ModelComparison comparison = tariffs::compare_models(*base.cost, *changed.cost, base.model.year);
    write_all(changed.model, "the comparison", [&](auto format, std::ostream& out, const tariffs::Locale& locale) {
        tariffs::write_model_comparison(changed.model, comparison, format, out, locale);
    });
}

std::optional<tariffs::Sensitivity> sensitivity(fuzz::Loaded& loaded) {
    const tariffs::Model& model = loaded.model;
    std::vector<std::string> codes;
    if (!model.products.empty()) codes.push_back(model.products.front().code);
    if (!model.trajectories.empty()) codes.push_back(model.trajectories.front().code);
    if (codes.empty()) return std::nullopt;  // with no code, every product would be analysed
    std::optional<tariffs::Sensitivity> last;
    for (const auto& step : {tariffs::Step{}, tariffs::Step{engine::Number::fraction(1, 100), engine::Number::fraction(1, 2)}}) {
        last = tariffs::analyse_sensitivity(*loaded.cost, codes, step, model.year);
        write_all(model, "the sensitivity", [&](auto format, std::ostream& out, const tariffs::Locale& locale) {
            tariffs::write_sensitivity(model, *last, format, out, locale);
        });
    }
    return last;
}

void scenarios(fuzz::Loaded& loaded) {
    if (loaded.model.scenarios.empty()) return;
    tariffs::check_named_scenarios(*loaded.cost);
    const tariffs::ScenarioComparison comparison = tariffs::compare_scenarios(*loaded.cost, {}, loaded.model.year);
    write_all(loaded.model, "the scenarios", [&](auto format, std::ostream& out, const tariffs::Locale& locale) {
        tariffs::write_scenario_comparison(loaded.model, comparison, format, out, locale);
    });
}

void solve(fuzz::Loaded& loaded, const std::vector<std::string>& words, const std::optional<tariffs::Sensitivity>& sens) {
    const tariffs::Model& model = loaded.model;
    std::string code, input;
    std::optional<engine::Number> target;
    int year = model.year;
    if (words.size() >= 3) {
        code = words[0];
        input = words[1];
        target = engine::Number::parse(words[2]);
        if (words.size() == 4 &&
            std::from_chars(words[3].data(), words[3].data() + words[3].size(), year).ec != std::errc{})
            return;
    } else if (sens && !sens->products.empty() && !sens->products.front().inputs.empty()) {
        code = sens->products.front().code;
        input = sens->products.front().inputs.front().input;
        target = sens->products.front().tariff + engine::Number(1LL);
    }
    // run_solve's checks: a target above 0, a product or trajectory of the model, a contract year.
    if (!target || target->sign() <= 0) return;
    if (!model.find_product(code) && !model.find_trajectory(code)) return;
    if (year < model.year || year > model.until) return;
    tariffs::Solution solution;
    try {
        solution = year > model.year ? tariffs::solve_by_bisection(*loaded.cost, code, input, *target, year)
                                     : tariffs::solve_tariff(*loaded.cost, code, input, *target);
    } catch (const std::invalid_argument&) {
        return;  // a message for the user (`--vary INPUT: …`), as run_solve says it
    }
    for (const bool json : {false, true})
        for (const auto* locale : {&english, &dutch}) {
            std::ostringstream out;
            tariffs::write_solution(model, solution, json, out, *locale);
        }
}

void analyse(const std::string& path, const Request& request) {
    std::vector<tariffs::Override> overrides;
    for (const auto& set : request.sets) overrides.push_back(tariffs::parse_set_argument(set));
    const auto base = fuzz::load(path);
    if (!overrides.empty()) {
        const auto changed = fuzz::load(path, overrides);
        compare(*base, *changed);
    }
    const auto sens = sensitivity(*base);
    scenarios(*base);
    solve(*base, request.solve, sens);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size > max_input) return 0;
    const auto parts = fuzz::split_at_lines(fuzz::text_of(data, size), "#%set", 2);
    const std::string path = work_dir().write("examples/model.yaml", parts[0]);
    const Request request = parts.size() > 1 ? request_of(parts[1]) : Request{};
    try {
        analyse(path, request);
    } catch (const engine::InputError&) {
        // a located error: the right answer to broken input
    }
    return 0;
}
