// Goal seek: the input at which a tariff is a target, as an exact fraction,
// and the interval of inputs whose rounded tariff is the target.
#include "tariffs/analyses/budget_solve.hpp"
#include "tariffs/analyses/sensitivity.hpp"
#include "tariffs/analyses/solve.hpp"
#include "tariffs/analyses/variant.hpp"
#include "tariffs/pricing/budgets.hpp"
#include "tariffs/pricing/indexed_tariffs.hpp"
#include "tariffs/model/model_loader.hpp"
#include "tariffs/model/overrides.hpp"
#include "tariffs/pricing/cost_model.hpp"

#include "cli_runner.hpp"

#include "compiled.hpp"

#include <catch2/catch.hpp>

#include <fstream>

using Catch::Matchers::Contains;
using engine::Number;

namespace {

tariffs::Model load(const std::string& path) { return tariffs::load_model(test::source_dir() + "/" + path); }

// VBL's exact and rounded tariff in the worked example with its occupancy at `occupancy`.
std::pair<Number, Number> vbl_at(const Number& occupancy) {
    tariffs::Model model = load("models/examples/worked-example.yaml");
    tariffs::Override override;
    override.target = "VBL.occupancy";
    override.value.name = "occupancy";
    override.value.value = occupancy;
    override.value.text = occupancy.to_fraction_string();
    tariffs::apply_overrides(model, {override});
    tariffs::CostModel cost(model);
    const auto price = cost.price(*model.find_product("VBL"));
    return {price.tariff_exact->value, price.tariff.value};
}

}  // namespace

TEST_CASE("solve finds the occupancy that gives VBL a tariff of exactly 300.00", "[solve]") {
    const tariffs::Model model = load("models/examples/worked-example.yaml");
    const Number target = *Number::parse("300.00");
    const auto solution = tariffs::solve_tariff(test::compiled(model)->cost, "VBL", "VBL.occupancy", target);
    REQUIRE(solution.exact);
    CHECK(solution.in_range);
    CHECK(vbl_at(*solution.exact).first == target);  // the unrounded tariff, exactly
    // Every occupancy between the bounds rounds to 300.00; just outside them, it does not.
    REQUIRE(solution.from);
    REQUIRE(solution.to);
    CHECK(solution.from->value < *solution.exact);
    CHECK(*solution.exact < solution.to->value);
    const Number tiny = Number::fraction(1, 1000000000);
    CHECK(vbl_at(solution.from->value + tiny).second == target);
    CHECK(vbl_at(solution.to->value - tiny).second == target);
    CHECK(vbl_at(solution.from->value - tiny).second != target);
    CHECK(vbl_at(solution.to->value + tiny).second != target);
    CHECK((vbl_at(solution.from->value).second == target) == solution.from->closed);
    CHECK((vbl_at(solution.to->value).second == target) == solution.to->closed);
}

TEST_CASE("solve says when the target needs an input outside its range", "[solve]") {
    const tariffs::Model model = load("models/examples/worked-example.yaml");
    const auto solution = tariffs::solve_tariff(test::compiled(model)->cost, "VBL", "VBL.occupancy", *Number::parse("250.00"));
    REQUIRE(solution.exact);
    CHECK(*solution.exact > Number(1));  // an occupancy above 100%
    CHECK(!solution.in_range);
    REQUIRE(solution.range_ends.size() == 1);  // (0, 1]: only 1 is an end a value can take
    CHECK(solution.range_ends.front().first == Number(1));
    CHECK(solution.range_ends.front().second == vbl_at(Number(1)).second);
    const auto result = test::run_tariff({"solve", "models/examples/worked-example.yaml", "VBL", "--target", "250",
                                          "--vary", "VBL.occupancy"});
    CHECK(result.exit_code == 3);
    CHECK_THAT(result.out, Contains("OUT OF RANGE"));
}

TEST_CASE("solve works for any input the tariff is a ratio of linear functions of", "[solve]") {
    const tariffs::Model model = load("models/examples/worked-example.yaml");
    for (const char* input : {"overhead_surcharge", "jeugdzorgwerker.monthly_salary", "leave_hours", "direct_share"}) {
        INFO(input);
        const Number target = *Number::parse("90.00");
        const auto solution = tariffs::solve_tariff(test::compiled(model)->cost, "AMB-U", input, target);
        REQUIRE(solution.exact);
        tariffs::Model changed = model;
        tariffs::Override override;
        override.target = input;
        override.value.value = *solution.exact;
        override.value.text = solution.exact->to_fraction_string();
        if (solution.in_range) {
            tariffs::apply_overrides(changed, {override});
            tariffs::CostModel cost(changed);
            CHECK(cost.price(*changed.find_product("AMB-U")).tariff_exact->value == target);
        }
    }
}

TEST_CASE("a product's own input may be named without its code", "[solve]") {
    const tariffs::Model model = load("models/examples/worked-example.yaml");
    const Number target = *Number::parse("300.00");
    const auto named = tariffs::solve_tariff(test::compiled(model)->cost, "VBL", "occupancy", target);
    REQUIRE(named.exact);
    CHECK(*named.exact == *tariffs::solve_tariff(test::compiled(model)->cost, "VBL", "VBL.occupancy", target).exact);
    CHECK(named.input == "VBL.occupancy");
}

TEST_CASE("solve refuses an input the tariff does not use", "[solve]") {
    const tariffs::Model model = load("models/examples/worked-example.yaml");
    CHECK_THROWS_AS(tariffs::solve_tariff(test::compiled(model)->cost, "AMB-U", "VBL.occupancy", Number(90)), std::invalid_argument);
    const auto result = test::run_tariff({"solve", "models/examples/worked-example.yaml", "AMB-U", "--target", "90",
                                          "--vary", "VBL.occupancy"});
    CHECK(result.exit_code == 2);
    CHECK_THAT(result.err, Contains("the tariff of AMB-U does not use `VBL.occupancy`; it uses"));
}

namespace {

// The worked example's all-provider budget of `year` with Horizon's availability at `availability`.
Number total_with_availability(const Number& availability, int year) {
    tariffs::Model model = load("models/examples/worked-example.yaml");
    model.budgets.providers.front().availability->value = availability;
    tariffs::CostModel cost(model);
    const auto budgets = tariffs::compute_budgets(model, tariffs::index_tariffs(cost, model.until));
    return budgets.frame(year)->total;
}

}  // namespace

TEST_CASE("solve finds the availability at which a year's budget is a target, by exact bisection", "[solve]") {
    const tariffs::Model model = load("models/examples/worked-example.yaml");
    tariffs::CostModel cost(model);
    const auto indexed = tariffs::index_tariffs(cost, model.until);
    const Number target = *Number::parse("4100000.00");
    const auto solution =
        tariffs::solve_budget(model, indexed, tariffs::BudgetInput{"Horizon Jeugdzorg", ""}, 2026, target);
    REQUIRE(solution.reaches);
    REQUIRE(solution.exact);
    CHECK(total_with_availability(*solution.reaches, 2026) == target);
    CHECK(total_with_availability(*solution.reaches - solution.precision, 2026) < target);
    CHECK(total_with_availability(*solution.passes - solution.precision, 2026) == target);
    CHECK(total_with_availability(*solution.passes, 2026) > target);
    CHECK_THROWS_AS(tariffs::solve_budget(model, indexed, tariffs::BudgetInput{"Horizon", ""}, 2026, target),
                    std::invalid_argument);
    CHECK_THROWS_AS(tariffs::solve_budget(model, indexed, tariffs::BudgetInput{"Horizon Jeugdzorg", "DAG"}, 2026, target),
                    std::invalid_argument);
}

TEST_CASE("a budget target below what the other lines cost is reached by no availability", "[solve]") {
    const auto result = test::run_tariff({"solve", "models/examples/worked-example.yaml", "--budget-year", "2026",
                                          "--target", "1000", "--vary", "availability", "--provider", "Horizon Jeugdzorg"});
    CHECK(result.exit_code == 3);
    CHECK_THAT(result.out, Contains("no value of the availability of Horizon Jeugdzorg of 0 or more gives a total of 1000.00"));
}

TEST_CASE("where a rule between the input and the tariff rounds, no exact answer is claimed and solve bisects", "[solve][sensitivity]") {
    const test::TempDir dir;
    std::ofstream(dir.path + "/rounded.yaml")
        << test::read_text(test::source_dir() + "/models/examples/worked-example.yaml")
        << "rounding:\n  wage_cost_per_fte: {step: 600, mode: half_up}\n";
    const tariffs::Model model = tariffs::load_model(dir.path + "/rounded.yaml");
    // Solved by bisection instead: the rounded wage cost steps, so 90.00 lies in a step.
    const auto solution = tariffs::solve_tariff(test::compiled(model)->cost, "AMB-U", "jeugdzorgwerker.monthly_salary", Number(90));
    CHECK(!solution.exact);
    CHECK(solution.precision);
    CHECK(!solution.indexed);
    REQUIRE(solution.from);
    REQUIRE(solution.step);
    CHECK(solution.step->first < Number(90));
    CHECK(solution.step->second > Number(90));
    const auto sensitivity = tariffs::analyse_sensitivity(test::compiled(model)->cost, {"AMB-U"}, tariffs::Step{}, model.year);
    for (const auto& input : sensitivity.products.front().inputs)
        if (input.input == "jeugdzorgwerker.monthly_salary" || input.input == "employer_charges") CHECK(!input.elasticity);
        else if (input.input == "overhead_surcharge") CHECK(input.elasticity == Number::fraction(1, 6));
}

TEST_CASE("a target the tariff's rounding cannot give is refused", "[solve]") {
    const tariffs::Model model = load("models/examples/worked-example.yaml");
    CHECK_THROWS_AS(tariffs::solve_tariff(test::compiled(model)->cost, "VBL", "VBL.occupancy", *Number::parse("300.005")),
                    std::invalid_argument);
}

TEST_CASE("where the budget runs on without a step, its goal seek is exact", "[solve]") {
    // In the base year the availability enters the total unindexed, unrounded.
    const tariffs::Model model = load("models/examples/worked-example.yaml");
    tariffs::CostModel cost(model);
    const auto solution = tariffs::solve_budget(model, tariffs::index_tariffs(cost, model.until),
                                                tariffs::BudgetInput{"Horizon Jeugdzorg", ""}, model.year,
                                                *Number::parse("4000000.00"));
    REQUIRE(solution.exact);
    CHECK(*solution.reaches == *Number::parse("95549.50"));
    CHECK(total_with_availability(*solution.reaches, model.year) == *Number::parse("4000000.00"));
}

TEST_CASE("after the base year, solve finds the inputs that give an indexed tariff by exact bisection", "[solve]") {
    const tariffs::Model model = load("models/examples/worked-example.yaml");
    const Number target = *Number::parse("320.00");
    const auto solution = tariffs::solve_by_bisection(test::compiled(model)->cost, "VBL", "VBL.occupancy", target, 2027);
    REQUIRE(solution.from);
    REQUIRE(solution.to);
    REQUIRE(solution.precision);
    CHECK(!solution.step);
    const auto indexed_at = [&](const Number& occupancy) {
        tariffs::Model changed = model;
        tariffs::Override override;
        override.target = "VBL.occupancy";
        override.value.value = occupancy;
        override.value.text = occupancy.to_fraction_string();
        tariffs::apply_overrides(changed, {override});
        test::FromScratch variant(changed);
        return variant.price("VBL", 2027);
    };
    // Occupancy up, tariff down: from `from` on the tariff is the target, up to (not including) `to`.
    CHECK(indexed_at(solution.from->value) == target);
    CHECK(indexed_at(solution.from->value - *solution.precision) != target);
    CHECK(indexed_at(solution.to->value - *solution.precision) == target);
    CHECK(indexed_at(solution.to->value) != target);
    const auto out_of_range = test::run_tariff({"solve", "models/examples/worked-example.yaml", "VBL", "--target", "250",
                                                "--vary", "VBL.occupancy", "--year", "2027"});
    CHECK(out_of_range.exit_code == 3);
    CHECK_THAT(out_of_range.out, Contains("OUT OF RANGE"));
    CHECK_THAT(out_of_range.out, Contains("at VBL.occupancy = 1 (100%) the tariff is"));
}

TEST_CASE("an answer past a pole of the tariff, where the hours turn negative, is out of range", "[solve]") {
    // With 40.00 of material per day-part, DAG's tariff reaches 39.32 only where productive hours are negative.
    tariffs::Model model = load("models/examples/worked-example.yaml");
    for (auto& definition : const_cast<tariffs::Product*>(model.find_product("DAG"))->definitions)
        if (definition.name == "material_per_daypart") definition.value = *Number::parse("40.00");
    const auto solution = tariffs::solve_tariff(test::compiled(model)->cost, "DAG", "training_hours", *Number::parse("39.32"));
    CHECK_FALSE(solution.in_range);
    REQUIRE(solution.impossible);
    CHECK_THAT(solution.impossible->message.english(), Contains("`productive_hours` is"));
    CHECK_THAT(solution.impossible->message.english(), Contains("outside its range (0, )"));

    test::TempDir dir;
    const std::string path = dir.path + "/material.yaml";
    std::string text = test::read_text(test::source_dir() + "/models/examples/worked-example.yaml");
    text.replace(text.find("material_per_daypart: 3.50"), 26, "material_per_daypart: 40.00");
    std::ofstream(path) << text;
    const auto result = test::run_tariff({"solve", path, "DAG", "--target", "39.32", "--vary", "training_hours"});
    CHECK(result.exit_code == 3);
    CHECK_THAT(result.out, Contains("no allowed value of training_hours gives 39.32 (OUT OF RANGE)"));
    CHECK_THAT(result.out, !Contains("exact:"));
    const auto json = test::run_tariff({"solve", path, "DAG", "--target", "39.32", "--vary", "training_hours", "--format", "json"});
    CHECK_THAT(json.out, Contains("\"exact\": null"));
    CHECK_THAT(json.out, Contains("\"in_range\": false"));
}
