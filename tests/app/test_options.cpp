// Each use case's options, defaulted as the command line's are when an option
// is not given: a request that names only its model asks what the command
// asks without options.
#include "tariffs/app/allocation.hpp"
#include "tariffs/app/budgets.hpp"
#include "tariffs/app/checks.hpp"
#include "tariffs/app/comparison.hpp"
#include "tariffs/app/explanation.hpp"
#include "tariffs/app/index.hpp"
#include "tariffs/app/model_input.hpp"
#include "tariffs/app/scenarios.hpp"
#include "tariffs/app/sensitivity.hpp"
#include "tariffs/app/solve.hpp"

#include "app_models.hpp"
#include "numbers.hpp"

#include <catch2/catch.hpp>

using test::num;

TEST_CASE("a model is read as written: no scenario, no change, warnings only warned of", "[app][options]") {
    const tariffs::app::ModelInput input;
    CHECK(input.scenario.empty());
    CHECK(input.sets.empty());
    CHECK_FALSE(input.strict);
}

TEST_CASE("without options a use case asks for the base year, every product and every scenario", "[app][options]") {
    CHECK_FALSE(tariffs::app::ExplainOptions{}.year);
    CHECK_FALSE(tariffs::app::BudgetOptions{}.year);
    CHECK(tariffs::app::ScenarioOptions{}.names.empty());
    CHECK_FALSE(tariffs::app::ScenarioOptions{}.year);
    CHECK_FALSE(tariffs::app::CompareOptions{}.year);
    CHECK(tariffs::app::CompareOptions{}.explain.empty());
    CHECK_FALSE(tariffs::app::BidCheckOptions{}.year);
    const tariffs::app::SensitivityOptions sensitivity;
    CHECK(sensitivity.codes.empty());
    CHECK(sensitivity.step.by == num("1%"));
    CHECK_FALSE(sensitivity.step.points);
    const tariffs::app::SolveOptions solve;
    CHECK_FALSE(solve.year);
    CHECK_FALSE(solve.budget_year);
}

TEST_CASE("an allocation without options splits all providers' budget by every key", "[app][options]") {
    const tariffs::app::AllocationOptions allocation;
    CHECK(allocation.budget == "total");
    CHECK_FALSE(allocation.key);
    CHECK_FALSE(allocation.year);
    CHECK_FALSE(allocation.forecast);
}

TEST_CASE("the index without options runs from the base year to the last contract year", "[app][options]") {
    const auto loaded = test::loaded({test::example("region.yaml"), "", {}, false});
    const tariffs::app::YearRange years = tariffs::app::index_years(loaded->model, {});
    CHECK(years.first == 2025);
    CHECK(years.last == 2032);
    CHECK_THROWS_WITH(tariffs::app::index_years(loaded->model, {2028, 2025}), "--to 2025 is before --from 2028");
}

TEST_CASE("a check's outcome is fine until something is found", "[app][options]") {
    CHECK(tariffs::app::BidCheckResult{}.outcome == tariffs::app::CheckOutcome::fine);
    CHECK(tariffs::app::IndexCheckResult{}.outcome == tariffs::app::CheckOutcome::fine);
    CHECK(tariffs::app::BuildUpCheckResult{}.outcome == tariffs::app::CheckOutcome::fine);
}
