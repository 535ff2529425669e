// The price-sheet use case: the worked example's tariffs, exactly as its price
// sheet (tests/golden/price-worked-example.txt) shows them, and the
// fingerprint of what they were computed from.
#include "tariffs/app/price_sheet.hpp"
#include "tariffs/app/whole_report.hpp"

#include "app_models.hpp"
#include "numbers.hpp"

#include <catch2/catch.hpp>

#include <map>

using test::exact;

TEST_CASE("the price sheet of the worked example gives each product's tariff exactly", "[app][price]") {
    const auto loaded = test::loaded(test::worked_example());
    const tariffs::app::PriceSheetResult result = tariffs::app::price_sheet(*loaded);
    std::map<std::string, std::string> tariffs;
    for (const auto& line : result.sheet.lines) tariffs[line.code] = exact(line.tariff);
    CHECK(tariffs == std::map<std::string, std::string>{
                         {"AMB-U", "82.92"}, {"AMB-M", "1.38"}, {"DAG", "81.35"}, {"VBL", "295.99"}});
    REQUIRE(result.sheet.trajectories.size() == 1);
    CHECK(exact(result.sheet.trajectories[0].price) == "3745.47");
    CHECK(exact(result.sheet.trajectories[0].expected_cost) == "3567.114");
}

TEST_CASE("a price sheet carries the model's fingerprint and no warnings for a plausible model", "[app][price]") {
    const auto loaded = test::loaded(test::worked_example());
    const tariffs::app::PriceSheetResult result = tariffs::app::price_sheet(*loaded);
    CHECK(result.provenance.fingerprint.size() == 64);
    CHECK(result.provenance.fingerprint == loaded->model.fingerprint);
    CHECK(result.provenance.warnings.empty());
}

TEST_CASE("a changed input changes the tariffs it reaches and the fingerprint, and is warned of when implausible",
          "[app][price]") {
    const auto plain = test::loaded(test::worked_example());
    const auto changed = test::loaded(test::worked_example({"overhead_surcharge=60%"}));
    const tariffs::app::PriceSheetResult before = tariffs::app::price_sheet(*plain);
    const tariffs::app::PriceSheetResult after = tariffs::app::price_sheet(*changed);
    CHECK(exact(before.sheet.lines[0].tariff) == "82.92");
    CHECK(after.sheet.lines[0].tariff > before.sheet.lines[0].tariff);
    CHECK(after.provenance.fingerprint != before.provenance.fingerprint);
    REQUIRE(after.provenance.warnings.size() == 1);
    CHECK(after.provenance.warnings.items()[0].message.english().find("overhead_surcharge") != std::string::npos);
}

TEST_CASE("the whole report of the worked example holds its prices, every contract year and its budgets",
          "[app][price]") {
    const auto loaded = test::loaded(test::worked_example());
    const tariffs::ReportData data = tariffs::app::whole_report(*loaded);
    CHECK(data.model == &loaded->model);
    CHECK(data.prices.size() == 4);
    REQUIRE(data.indexed);
    CHECK(data.indexed->last_year == 2027);
    REQUIRE(data.budgets);
    CHECK(exact(data.budgets->frames.back().total) == "4046019.94");
    CHECK_FALSE(data.allocation);
    CHECK_FALSE(data.forecast);
}
