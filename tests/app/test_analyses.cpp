// The use cases of explain, scenarios, sensitivity and solve: each asked by
// its options, answered with data, a wrong request refused with its reason.
#include "tariffs/app/explanation.hpp"
#include "tariffs/app/request_error.hpp"
#include "tariffs/app/scenarios.hpp"
#include "tariffs/app/sensitivity.hpp"
#include "tariffs/app/solve.hpp"

#include "app_models.hpp"
#include "numbers.hpp"

#include <catch2/catch.hpp>

using test::exact;
using test::num;

TEST_CASE("explain VBL in 2026: the base-year derivation indexed to 307.39", "[app][explain]") {
    const auto loaded = test::loaded(test::worked_example());
    const tariffs::app::ExplainResult result = tariffs::app::explain(*loaded, {"VBL", 2026});
    REQUIRE(result.product);
    CHECK_FALSE(result.trajectory);
    CHECK(result.product->year == 2026);
    CHECK(exact(result.product->final_price()) == "307.39");
    REQUIRE(result.product->indexation.size() == 1);
    REQUIRE(result.indexed);  // what the indexation refers into, kept with it
}

TEST_CASE("explain a trajectory: its price in the year asked for", "[app][explain]") {
    const auto loaded = test::loaded(test::worked_example());
    const tariffs::app::ExplainResult base = tariffs::app::explain(*loaded, {"TRJ", std::nullopt});
    REQUIRE(base.trajectory);
    CHECK(exact(base.trajectory->price) == "3745.47");
    const tariffs::app::ExplainResult later = tariffs::app::explain(*loaded, {"TRJ", 2026});
    REQUIRE(later.trajectory);
    CHECK(exact(later.trajectory->price) == "3889.59");
}

TEST_CASE("explain a code the model does not have: a wrong request naming its codes", "[app][explain]") {
    const auto loaded = test::loaded(test::worked_example());
    CHECK_THROWS_WITH(tariffs::app::explain(*loaded, {"NOPE", std::nullopt}),
                      "no product or trajectory `NOPE` in " + test::example("worked-example.yaml") +
                          "; its products are AMB-U, AMB-M, DAG, VBL, its trajectories TRJ");
    CHECK_THROWS_AS(tariffs::app::explain(*loaded, {"VBL", 2024}), tariffs::app::RequestError);
}

TEST_CASE("the region's tariffs under each of its scenarios, in the base year", "[app][scenarios]") {
    const auto loaded = test::loaded({test::example("region.yaml"), "", {}, false});
    const tariffs::app::ScenarioResult all = tariffs::app::compare_scenarios(*loaded, {});
    CHECK(all.comparison.year == 2025);
    REQUIRE(all.comparison.scenarios.size() == 2);
    CHECK(all.comparison.scenarios[0].scenario.name == "cao-2026");
    const tariffs::app::ScenarioResult one = tariffs::app::compare_scenarios(*loaded, {{"cao-2026"}, 2026});
    CHECK(one.comparison.year == 2026);
    CHECK(one.comparison.scenarios.size() == 1);
}

TEST_CASE("scenarios of a model that names none: a wrong request", "[app][scenarios]") {
    const auto loaded = test::loaded(test::worked_example());
    CHECK_THROWS_WITH(tariffs::app::compare_scenarios(*loaded, {}),
                      Catch::StartsWith(test::example("worked-example.yaml") + " names no `scenarios`"));
}

TEST_CASE("the sensitivity of AMB-U: its tariff and each input it reads, moved by the default 1%",
          "[app][sensitivity]") {
    const auto loaded = test::loaded(test::worked_example());
    tariffs::app::SensitivityOptions options;
    options.codes = {"AMB-U"};
    const tariffs::app::SensitivityResult result = tariffs::app::analyse_sensitivity(*loaded, options);
    CHECK(result.sensitivity.step.by == num("0.01"));
    REQUIRE(result.sensitivity.products.size() == 1);
    CHECK(exact(result.sensitivity.products[0].tariff) == "82.92");
    CHECK_FALSE(result.sensitivity.products[0].inputs.empty());
    options.codes = {"NOPE"};
    CHECK_THROWS_AS(tariffs::app::analyse_sensitivity(*loaded, options), tariffs::app::RequestError);
}

TEST_CASE("solve AMB-U for 90.00 by the overhead: the exact value, and that it is reached", "[app][solve]") {
    const auto loaded = test::loaded(test::worked_example());
    tariffs::app::SolveOptions options;
    options.code = "AMB-U";
    options.target = num("90.00");
    options.vary = "overhead_surcharge";
    const tariffs::app::SolveResult result = tariffs::app::solve(*loaded, options);
    REQUIRE(result.tariff);
    REQUIRE(result.tariff->exact);
    CHECK(result.tariff->exact->to_fraction_string() == "1122201083/3710873917");
    CHECK(result.reaches);
}

TEST_CASE("solve for a target beyond the input's range: not reached", "[app][solve]") {
    const auto loaded = test::loaded(test::worked_example());
    tariffs::app::SolveOptions options;
    options.code = "VBL";
    options.target = num("10.00");
    options.vary = "VBL.occupancy";
    const tariffs::app::SolveResult result = tariffs::app::solve(*loaded, options);
    CHECK_FALSE(result.reaches);
}

TEST_CASE("solve a year's budget by a provider's availability", "[app][solve]") {
    const auto loaded = test::loaded(test::worked_example());
    tariffs::app::SolveOptions options;
    options.target = num("4000000");
    options.vary = "availability";
    options.budget_year = 2026;
    options.provider = "Horizon Jeugdzorg";
    const tariffs::app::SolveResult result = tariffs::app::solve(*loaded, options);
    REQUIRE(result.budget);
    CHECK(result.budget_input.provider == "Horizon Jeugdzorg");
    CHECK(result.budget_input.code.empty());
    CHECK(exact(result.budget->total) == "4062945.88");
    CHECK(result.reaches);
    options.code = "VBL";
    CHECK_THROWS_WITH(tariffs::app::solve(*loaded, options),
                      "--vary availability is the provider's, not a product's: leave out VBL");
}
