// Scenarios: `--set NAME=VALUE`, named scenarios in a model, and `tariff
// scenarios`. An override must give exactly the tariffs of the model edited
// by hand, be checked as the model's own value would be, and be named in the output.
#include "engine/decimal.hpp"
#include "tariffs/analyses/scenario_comparison.hpp"
#include "tariffs/analyses/variant.hpp"
#include "tariffs/model/model_loader.hpp"
#include "tariffs/model/overrides.hpp"

#include "cli_runner.hpp"

#include "compiled.hpp"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

using Catch::Matchers::Contains;
using Catch::Matchers::StartsWith;

namespace {

const std::string worked_example = "models/examples/worked-example.yaml";
const std::string region = "models/examples/region.yaml";

std::string replaced(std::string text, const std::string& from, const std::string& to) {
    const auto at = text.find(from);
    REQUIRE(at != std::string::npos);
    return text.replace(at, from.size(), to);
}

// The JSON from `"products"` on: what is computed, without the header naming the file and scenario.
std::string products_json(const std::string& json) {
    const auto at = json.find("\"products\"");
    REQUIRE(at != std::string::npos);
    return json.substr(at);
}

std::string price_json(const std::vector<std::string>& arguments) {
    std::vector<std::string> all{"price"};
    all.insert(all.end(), arguments.begin(), arguments.end());
    all.insert(all.end(), {"--format", "json"});
    const auto result = test::run_tariff(all);
    REQUIRE(result.exit_code == 0);
    return result.out;
}

std::string two_places(const engine::Number& value) { return engine::format_decimal(value, 2); }

tariffs::Model load(const std::string& path) { return tariffs::load_model(test::source_dir() + "/" + path); }

tariffs::Override set(const std::string& argument) { return tariffs::parse_set_argument(argument); }

}  // namespace

TEST_CASE("an override gives exactly the tariffs of the model edited by hand") {
    const std::string text = test::read_text(test::source_dir() + "/" + worked_example);
    struct Case {
        std::string set, from, to;
    };
    const std::vector<Case> cases{
        {"overhead_surcharge=22%", "overhead_surcharge: 20%", "overhead_surcharge: 22%"},
        {"jeugdzorgwerker.monthly_salary=3759.50", "{monthly_salary: 3650.00}", "{monthly_salary: 3759.50}"},
        {"DAG.direct_share=80%", "    direct_share: 85%", "    direct_share: 80%"},
    };
    for (const auto& c : cases) {
        DYNAMIC_SECTION(c.set) {
            const test::TempDir dir;
            const std::string edited = dir.path + "/edited.yaml";
            std::ofstream(edited) << replaced(text, c.from, c.to);
            // The edited copy names the standard method, so it prices the same from another directory.
            const std::string by_hand = products_json(price_json({edited}));
            const std::string by_override = products_json(price_json({worked_example, "--set", c.set}));
            CHECK(by_override == by_hand);
            CHECK(by_override != products_json(price_json({worked_example})));
        }
    }
}

TEST_CASE("an override of a product input the product inherits gives that product its own value") {
    tariffs::Model model = load(worked_example);
    tariffs::apply_overrides(model, {set("AMB-U.direct_share=75%")});
    test::FromScratch variant(model);
    const tariffs::Model& changed = variant.model();
    // AMB-M is priced from the same inputs as AMB-U but keeps the model's 70%.
    test::FromScratch base(load(worked_example));
    CHECK(variant.price("AMB-U", changed.year) != base.price("AMB-U", changed.year));
    CHECK(variant.price("AMB-M", changed.year) == base.price("AMB-M", changed.year));
    REQUIRE(changed.scenario.overrides.size() == 1);
    CHECK(changed.scenario.overrides[0].was == "70%");
    CHECK(changed.scenario.overrides[0].value == "75%");
}

TEST_CASE("the model's value beside an override is the one the input had, looked up as the product sees it") {
    tariffs::Model model = load(worked_example);
    tariffs::apply_overrides(model, {set("DAG.direct_share=80%"), set("holiday_allowance=8.5%"),
                                     set("DAG.direct_share=90%")});
    const auto& overrides = model.scenario.overrides;
    REQUIRE(overrides.size() == 2);  // the second override of DAG's direct share replaces the first
    CHECK(overrides[0].target == "DAG.direct_share");
    CHECK(overrides[0].value == "90%");
    CHECK(overrides[0].was == "85%");  // DAG's own, not the model's 70%
    CHECK(overrides[1].was == "8%");   // the standard method's default
    CHECK(overrides[1].was_pos.file);
}

TEST_CASE("an override is checked as the model's own value: its name, its number, its range") {
    tariffs::Model model = load(worked_example);
    const auto problem = [&](const std::string& argument) -> std::string {
        try {
            tariffs::apply_overrides(model, {set(argument)});
        } catch (const engine::InputError& error) {
            return error.diagnostics().sorted().front().to_string();
        }
        return "no problem";
    };
    CHECK_THAT(problem("overhead_surchage=22%"), Contains("did you mean `overhead_surcharge`"));
    CHECK_THAT(problem("absence_rate=1"), Contains("outside its range [0, 1)"));
    CHECK_THAT(problem("jeugdzorgwerker.salary=3900"), Contains("not an input of staff level `jeugdzorgwerker`"));
    CHECK_THAT(problem("XYZ.direct_share=75%"), Contains("neither a staff level nor a product"));
    CHECK_THAT(problem("absence_rate=1"), StartsWith("--set absence_rate=1: error:"));
    CHECK_THROWS_AS(set("overhead_surcharge=twenty"), engine::InputError);
    CHECK_THROWS_AS(set("overhead_surcharge=2,5"), engine::InputError);
    CHECK_THROWS_AS(set("overhead_surcharge"), engine::InputError);
    CHECK_THROWS_AS(set("=5"), engine::InputError);
    CHECK(problem("overhead_surcharge=0") == "no problem");
}

TEST_CASE("every report says that a scenario applies and lists each override beside the model's value") {
    const std::vector<std::vector<std::string>> commands{
        {"price", region}, {"price", region, "--format", "markdown"}, {"price", region, "--format", "csv"},
        {"explain", region, "VBL-Z"}, {"index", region}, {"budget", region}, {"allocate", region, "--key", "insurance"},
        {"check-bids", region, "models/examples/region-bids.csv"},
        {"check-index", region, "models/examples/region-provider-tariffs.csv"},
        {"check-buildup", region, "models/examples/region-buildup.yaml"}};
    for (auto arguments : commands) {
        DYNAMIC_SECTION(arguments[0] << " " << (arguments.size() > 2 ? arguments[2] : "")) {
            arguments.insert(arguments.end(), {"--set", "overhead_surcharge=22%"});
            const auto result = test::run_tariff(arguments);
            CHECK((result.exit_code == 0 || result.exit_code == 3));
            CHECK_THAT(result.out, Contains("Scenario: the model with these inputs changed"));
            CHECK_THAT(result.out, Contains("overhead_surcharge = 22% (model: 20%)"));
        }
    }
    const auto json = test::run_tariff({"budget", region, "--scenario", "lean-overhead", "--format", "json"});
    CHECK_THAT(json.out, Contains("\"name\": \"lean-overhead\""));
    CHECK_THAT(json.out, Contains("\"model_value\": \"20%\""));
    const auto plain = test::run_tariff({"price", region});
    CHECK_THAT(plain.out, !Contains("Scenario"));
}

TEST_CASE("a named scenario gives the same tariffs as its overrides on the command line") {
    const std::string named = products_json(price_json({region, "--scenario", "lean-overhead"}));
    CHECK(named == products_json(price_json({region, "--set", "overhead_surcharge=18%"})));
    // --set after --scenario changes the scenario further.
    CHECK(products_json(price_json({region, "--scenario", "lean-overhead", "--set", "overhead_surcharge=20%"})) ==
          products_json(price_json({region})));
}

TEST_CASE("tariff scenarios sets each scenario's tariffs beside the model's, with the difference") {
    const tariffs::Model model = load(region);
    const int year = 2027;
    const tariffs::ScenarioComparison comparison = tariffs::compare_scenarios(test::compiled(model)->cost, {}, year);
    REQUIRE(comparison.scenarios.size() == model.scenarios.size());
    test::FromScratch base(model);
    for (std::size_t s = 0; s < comparison.scenarios.size(); ++s) {
        tariffs::Model changed = model;
        tariffs::apply_scenario(changed, comparison.scenarios[s].scenario.name, {});
        test::FromScratch variant(changed);
        for (const auto& line : comparison.products) {
            CHECK(two_places(line.tariffs[s]) == two_places(variant.price(line.code, year)));
            CHECK(line.base == base.price(line.code, year));
            CHECK(line.difference(s) == line.tariffs[s] - line.base);
        }
    }
    // A budget year's totals are those of `tariff budget` under each scenario.
    REQUIRE(!comparison.budgets.empty());
    const auto budget = test::run_tariff({"budget", region, "--scenario", "cao-2026", "--year", "2032"});
    const std::string total = engine::format_decimal(comparison.budgets.back().totals[0], 2);
    CHECK_THAT(budget.out, Contains(total));
}

TEST_CASE("tariff scenarios picks scenarios by name and refuses one the model does not name") {
    const auto one = test::run_tariff({"scenarios", region, "--scenario", "lean-overhead", "--format", "csv"});
    REQUIRE(one.exit_code == 0);
    CHECK_THAT(one.out, Contains("lean-overhead_difference"));
    CHECK_THAT(one.out, !Contains("cao-2026"));
    const auto unknown = test::run_tariff({"scenarios", region, "--scenario", "cao"});
    CHECK(unknown.exit_code == 1);
    CHECK_THAT(unknown.err, Contains("no scenario `cao`; its scenarios are cao-2026, lean-overhead"));
}

TEST_CASE("an override that no tariff uses is an error, not a scenario that changes nothing", "[scenarios]") {
    // Every residential product gives its own occupancy: the model's changes nothing.
    const auto result = test::run_tariff({"price", region, "--set", "occupancy=80%"});
    CHECK(result.exit_code == 1);
    CHECK_THAT(result.err, Contains("--set occupancy=80%: error: `occupancy` = 80% changes no tariff"));
    const auto used = test::run_tariff({"price", region, "--set", "VBL-Z.occupancy=80%"});
    CHECK(used.exit_code == 0);
}

TEST_CASE("validate computes every named scenario and says which one fails", "[scenarios]") {
    const test::TempDir dir;
    const std::string text = test::read_text(test::source_dir() + "/" + worked_example);
    std::ofstream(dir.path + "/model.yaml") << text << "scenarios:\n  no-overhead:\n    set: {overhead_surcharge: 0}\n"
                                            << "  too-much-leave:\n    set: {leave_hours: 1870}\n";
    const auto result = test::run_tariff({"validate", dir.path + "/model.yaml"});
    CHECK(result.exit_code == 1);
    CHECK_THAT(result.err, Contains("under scenario `too-much-leave`: "));
    CHECK_THAT(result.err, !Contains("no-overhead"));
}

TEST_CASE("a scenario named twice is compared once", "[scenarios]") {
    const tariffs::Model model = load(region);
    const auto comparison = tariffs::compare_scenarios(test::compiled(model)->cost, {"lean-overhead", "lean-overhead"}, model.year);
    CHECK(comparison.scenarios.size() == 1);
}

TEST_CASE("a scenario's note over several lines stays comment lines in CSV", "[scenarios]") {
    const test::TempDir dir;
    const std::string text = test::read_text(test::source_dir() + "/" + worked_example);
    std::ofstream(dir.path + "/model.yaml") << text << "scenarios:\n  lean:\n    about: |\n      overhead at 18%\n"
                                            << "      as lean providers have\n    set: {overhead_surcharge: 18%}\n";
    const auto result = test::run_tariff({"price", dir.path + "/model.yaml", "--scenario", "lean", "--format", "csv"});
    REQUIRE(result.exit_code == 0);
    CHECK_THAT(result.out, Contains("# Scenario `lean`: overhead at 18% as lean providers have\n"));
    // Every line before the header row is a comment.
    const std::string before_header = result.out.substr(0, result.out.find("code,name"));
    std::size_t start = 0;
    while (start < before_header.size()) {
        CHECK(before_header[start] == '#');
        start = before_header.find('\n', start) + 1;
    }
}
