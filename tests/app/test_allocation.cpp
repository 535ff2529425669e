// The allocation use case: one key in one year, or the forecast; the budget
// it splits named by what it is.
#include "tariffs/app/allocation.hpp"
#include "tariffs/app/request_error.hpp"

#include "app_models.hpp"
#include "numbers.hpp"

#include <catch2/catch.hpp>

using test::exact;

namespace {

tariffs::app::AllocationOptions insurance(int year) {
    tariffs::app::AllocationOptions options;
    options.key = tariffs::AllocationKey::insurance;
    options.year = year;
    return options;
}

}  // namespace

TEST_CASE("all providers' budget of 2026 split by insurance, as the worked example's allocation", "[app][allocate]") {
    const auto loaded = test::loaded(test::worked_example());
    const tariffs::app::AllocationResult result = tariffs::app::allocate(*loaded, insurance(2026));
    REQUIRE(result.allocation);
    CHECK_FALSE(result.forecast);
    CHECK(exact(result.allocation->total) == "4062945.88");
    REQUIRE(result.allocation->shares.size() == 4);
    const tariffs::AllocationShare& noordmeer = result.allocation->shares[0];
    CHECK(noordmeer.name == "Noordmeer");
    CHECK(exact(noordmeer.premium) == "1878730.62");
    CHECK(exact(noordmeer.amount) == "1794365.31");
}

TEST_CASE("an amount to split is split as it is", "[app][allocate]") {
    const auto loaded = test::loaded(test::worked_example());
    tariffs::app::AllocationOptions options = insurance(2026);
    options.key = tariffs::AllocationKey::moving_average;
    options.budget = "1000000.00";
    const tariffs::app::AllocationResult result = tariffs::app::allocate(*loaded, options);
    REQUIRE(result.allocation);
    CHECK(exact(result.allocation->total) == "1000000");
}

TEST_CASE("every key, or one asked as a forecast, is the forecast of the years", "[app][allocate]") {
    const auto loaded = test::loaded(test::worked_example());
    tariffs::app::AllocationOptions every = insurance(2026);
    every.key.reset();
    every.year.reset();
    const tariffs::app::AllocationResult all = tariffs::app::allocate(*loaded, every);
    REQUIRE(all.forecast);
    CHECK(all.forecast->keys.size() == 4);
    CHECK(all.forecast->years.front().year == 2026);
    CHECK(all.forecast->years.back().year == 2027);

    tariffs::app::AllocationOptions one = insurance(2026);
    one.forecast = true;
    const tariffs::app::AllocationResult forecast = tariffs::app::allocate(*loaded, one);
    CHECK_FALSE(forecast.allocation);
    REQUIRE(forecast.forecast);
    REQUIRE(forecast.forecast->years.size() == 1);
    CHECK(exact(forecast.forecast->years[0].total) == "4062945.88");
}

TEST_CASE("a budget the model does not name is a wrong request naming the nearest", "[app][allocate]") {
    const auto loaded = test::loaded(test::worked_example());
    tariffs::app::AllocationOptions options = insurance(2026);
    options.budget = "Horizon Jeugdzrg";
    CHECK_THROWS_WITH(tariffs::app::allocate(*loaded, options),
                      Catch::Contains("--budget `Horizon Jeugdzrg` is not `total`, a provider, a lot or an amount "
                                      "(did you mean `Horizon Jeugdzorg`?)"));
    options.budget = "-5";
    CHECK_THROWS_AS(tariffs::app::allocate(*loaded, options), tariffs::app::RequestError);
}

TEST_CASE("a year and a range together are a wrong request", "[app][allocate]") {
    const auto loaded = test::loaded(test::worked_example());
    tariffs::app::AllocationOptions options = insurance(2026);
    options.to = 2027;
    CHECK_THROWS_WITH(tariffs::app::allocate(*loaded, options),
                      "--year is one year; --from and --to a range: give one or the other");
}

TEST_CASE("the allocation's report is the whole report with the allocation, or with the forecast", "[app][allocate]") {
    const auto loaded = test::loaded(test::worked_example());
    const tariffs::ReportData with_allocation =
        tariffs::app::allocation_report(*loaded, tariffs::app::allocate(*loaded, insurance(2026)));
    CHECK(with_allocation.allocation);
    CHECK_FALSE(with_allocation.forecast);
    CHECK(with_allocation.budgets);

    tariffs::app::AllocationOptions one = insurance(2026);
    one.forecast = true;
    const tariffs::ReportData with_forecast = tariffs::app::allocation_report(*loaded, tariffs::app::allocate(*loaded, one));
    CHECK_FALSE(with_forecast.allocation);
    REQUIRE(with_forecast.forecast);
    CHECK(with_forecast.forecast->budget == "total");
}
