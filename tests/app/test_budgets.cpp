// The budgets use case: the worked example's budgets per year (METHOD.md §8,
// tests/golden/budget-worked-example.txt) and the finding rule: a year over
// its frame is a finding under strict only.
#include "tariffs/app/budgets.hpp"
#include "tariffs/app/request_error.hpp"

#include "app_models.hpp"
#include "numbers.hpp"

#include <catch2/catch.hpp>

using test::exact;

TEST_CASE("the worked example's budgets: each year's total of all providers", "[app][budget]") {
    const auto loaded = test::loaded(test::worked_example());
    const tariffs::app::BudgetResult result = tariffs::app::budgets(*loaded, {});
    REQUIRE(result.budgets.frames.size() == 3);
    CHECK(exact(result.budgets.frames[0].total) == "4054450.5");
    CHECK(exact(result.budgets.frames[1].total) == "4062945.88");
    CHECK(exact(result.budgets.frames[2].total) == "4046019.94");
    CHECK(exact(*result.budgets.frames[2].headroom) == "-46019.94");
}

TEST_CASE("a year over its frame is over, and a finding only under strict", "[app][budget]") {
    const auto loaded = test::loaded(test::worked_example());
    const tariffs::app::BudgetResult all = tariffs::app::budgets(*loaded, {});
    CHECK(all.over_frame);  // 2027
    CHECK_FALSE(all.findings);

    tariffs::app::ModelInput strict = test::worked_example();
    strict.strict = true;
    const auto strictly = test::loaded(strict);
    CHECK(tariffs::app::budgets(*strictly, {}).findings);
    CHECK(tariffs::app::budget_report(*strictly, {}).findings);
}

TEST_CASE("a year within its frame is no finding, even under strict", "[app][budget]") {
    tariffs::app::ModelInput strict = test::worked_example();
    strict.strict = true;
    const auto loaded = test::loaded(strict);
    const tariffs::app::BudgetResult result = tariffs::app::budgets(*loaded, {2026});
    CHECK_FALSE(result.over_frame);
    CHECK_FALSE(result.findings);
    CHECK(result.budgets.frames.size() == 3);  // every year computed; the year chooses what is judged
}

TEST_CASE("the budgets of the whole report are the budgets alone", "[app][budget]") {
    const auto loaded = test::loaded(test::worked_example());
    const tariffs::app::BudgetReport report = tariffs::app::budget_report(*loaded, {2027});
    CHECK(report.over_frame);
    REQUIRE(report.report.budgets);
    const tariffs::Budgets alone = tariffs::app::budgets_alone(*loaded);
    for (std::size_t i = 0; i < alone.frames.size(); ++i)
        CHECK(exact(report.report.budgets->frames[i].total) == exact(alone.frames[i].total));
}

TEST_CASE("budgets of a model without them, or of a year outside its contract years, are a wrong request",
          "[app][budget]") {
    const auto loaded = test::loaded(test::worked_example());
    CHECK_THROWS_WITH(tariffs::app::budgets(*loaded, {2031}),
                      "--year 2031 is outside the model's contract years 2025–2027");
    const auto practice = test::loaded({test::example("practice/municipal-table.yaml"), "", {}, false});
    CHECK_THROWS_WITH(tariffs::app::budgets(*practice, {}),
                      test::example("practice/municipal-table.yaml") + " has no `budgets` section");
}
