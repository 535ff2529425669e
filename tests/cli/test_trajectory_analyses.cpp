// Trajectories in every what-if: compare (and compare --explain), scenarios,
// sensitivity and solve give a trajectory's price as the model edited by hand
// prices it; a trajectory is one node over its components in the compiled
// model, so nesting costs a step per level.
#include "tariffs/analyses/model_comparison.hpp"
#include "tariffs/analyses/scenario_comparison.hpp"
#include "tariffs/analyses/sensitivity.hpp"
#include "tariffs/analyses/solve.hpp"
#include "tariffs/model/model_loader.hpp"
#include "tariffs/model/overrides.hpp"

#include "cli_runner.hpp"
#include "compiled.hpp"
#include "numbers.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <sstream>
#include <string>

using Catch::Matchers::Contains;
using engine::Number;

namespace {

const std::string worked_example = "models/examples/worked-example.yaml";

tariffs::Model load(const std::string& path) { return tariffs::load_model(test::source_dir() + "/" + path); }

tariffs::Model with(tariffs::Model model, const std::string& set) {
    tariffs::apply_overrides(model, {tariffs::parse_set_argument(set)});
    return model;
}

Number price_from_scratch(const tariffs::Model& model, const std::string& code, int year) {
    test::FromScratch scratch(model);
    return scratch.price(code, year);
}

template <typename Lines>
const auto& line_of(const Lines& lines, const std::string& code) {
    const auto it = std::find_if(lines.begin(), lines.end(), [&](const auto& line) { return line.code == code; });
    REQUIRE(it != lines.end());
    return *it;
}

}  // namespace

TEST_CASE("compare splits a trajectory's difference over the inputs that reach its components", "[trajectories][compare]") {
    const tariffs::Model old_model = load(worked_example);
    const tariffs::Model new_model = with(old_model, "overhead_surcharge=22%");
    for (const int year : {2025, 2026}) {
        INFO(year);
        const auto comparison = tariffs::compare_models(test::compiled(old_model)->cost, test::compiled(new_model)->cost, year);
        const auto& trajectory = line_of(comparison.products, "TRJ");
        CHECK(*trajectory.old_price == price_from_scratch(old_model, "TRJ", year));
        CHECK(*trajectory.new_price == price_from_scratch(new_model, "TRJ", year));
        REQUIRE(trajectory.parts.size() == 1);
        CHECK(trajectory.parts[0].input == "overhead_surcharge");
        CHECK(trajectory.parts[0].exact == trajectory.difference());
    }
    CHECK(test::exact(price_from_scratch(old_model, "TRJ", 2026)) == "3889.59");
}

TEST_CASE("compare --explain shows a trajectory's components, phases and paths under both models", "[trajectories][compare]") {
    const auto result = test::run_tariff({"compare", worked_example, "--set", "VBL.occupancy=80%", "--explain", "TRJ"});
    REQUIRE(result.exit_code == 0);
    CHECK_THAT(result.out, Contains("TRJ: Traject ambulant met op- en afschaling, old and new"));
    CHECK_THAT(result.out, Contains("residential: VBL tariff"));
    CHECK_THAT(result.out, Contains("trajectory_price          3745.47"));
    const auto unknown = test::run_tariff({"compare", worked_example, "--set", "VBL.occupancy=80%", "--explain", "TRX"});
    CHECK(unknown.exit_code == 2);
    CHECK_THAT(unknown.err, Contains("no product or trajectory `TRX`"));
}

TEST_CASE("scenarios price a trajectory under each scenario as the model edited by hand", "[trajectories][scenarios]") {
    tariffs::Model model = load(worked_example);
    tariffs::NamedScenario scenario;
    scenario.name = "lean";
    scenario.overrides = {tariffs::parse_set_argument("overhead_surcharge=15%"),
                          tariffs::parse_set_argument("DAG.occupancy=95%")};
    model.scenarios.push_back(scenario);
    const auto comparison = tariffs::compare_scenarios(test::compiled(model)->cost, {}, 2027);
    const auto& trajectory = line_of(comparison.products, "TRJ");
    tariffs::Model edited = model;
    tariffs::apply_scenario(edited, "lean", {});
    CHECK(trajectory.base == price_from_scratch(model, "TRJ", 2027));
    CHECK(trajectory.tariffs.at(0) == price_from_scratch(edited, "TRJ", 2027));
    CHECK(trajectory.tariffs.at(0) < trajectory.base);
}

TEST_CASE("sensitivity moves a trajectory by each input of its components", "[trajectories][sensitivity]") {
    const tariffs::Model model = load(worked_example);
    const auto sensitivity = tariffs::analyse_sensitivity(test::compiled(model)->cost, {"TRJ"}, tariffs::Step{}, 2025);
    REQUIRE(sensitivity.products.size() == 1);
    const auto& trajectory = sensitivity.products[0];
    CHECK(trajectory.unit == "output");
    CHECK(test::exact(trajectory.tariff) == "3745.47");
    const auto occupancy = std::find_if(trajectory.inputs.begin(), trajectory.inputs.end(),
                                        [](const tariffs::InputEffect& e) { return e.input == "VBL.occupancy"; });
    REQUIRE(occupancy != trajectory.inputs.end());
    CHECK(*occupancy->low_result == price_from_scratch(with(model, "VBL.occupancy=89.1%"), "TRJ", 2025));
    CHECK(*occupancy->high_result == price_from_scratch(with(model, "VBL.occupancy=90.9%"), "TRJ", 2025));
    CHECK_FALSE(occupancy->elasticity);  // each component's tariff is rounded
}

TEST_CASE("solve finds the value of an input that gives a trajectory its target price", "[trajectories][solve]") {
    const tariffs::Model model = load(worked_example);
    const Number target = *Number::parse("3800.17");
    const auto solution = tariffs::solve_tariff(test::compiled(model)->cost, "TRJ", "overhead_surcharge", target);
    REQUIRE(solution.from);
    const std::string from = solution.from->value.to_exact_decimal().value_or("");
    REQUIRE_FALSE(from.empty());
    tariffs::Model at = model;
    tariffs::Override override = tariffs::parse_set_argument("overhead_surcharge=" + from);
    tariffs::apply_overrides(at, {override});
    CHECK(price_from_scratch(at, "TRJ", 2025) == target);
}

TEST_CASE("trajectories nested 64 deep are priced level by level", "[trajectories][performance]") {
    std::ostringstream yaml;
    const std::string base = test::read_text(test::source_dir() + "/" + worked_example);
    const std::string head = base.substr(0, base.find("trajectories:"));
    yaml << head << "trajectories:\n  - code: L0\n    name: level 0\n    phases: {a: {AMB-U: 10 hour}}\n"
         << "    paths: {all: {share: 100%, phases: [a]}}\n";
    for (int level = 1; level <= 64; ++level)
        yaml << "  - code: L" << level << "\n    name: level " << level << "\n    coordination_surcharge: 1%\n"
             << "    phases: {a: {L" << level - 1 << ": 1}, b: {L" << level - 1 << ": 1}}\n"
             << "    paths: {all: {share: 100%, phases: [a, b]}}\n";
    const tariffs::Model model = tariffs::parse_model(yaml.str(), "nested.yaml");
    test::FromScratch priced(model);
    // Each level: two of the level below, plus 1%, rounded to cents.
    Number expected = Number(10) * *Number::parse("82.92");
    for (int level = 1; level <= 64; ++level)
        expected = engine::round_places(Number(2) * expected * *Number::parse("1.01"), 2, engine::RoundingMode::half_up);
    CHECK(priced.price("L64", 2025) == expected);
}
