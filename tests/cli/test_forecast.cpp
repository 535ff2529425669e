// The multi-year contribution forecast: every key and year side by side, each
// year's parts adding up exactly, figures the model lacks carried forward as
// it says and listed, never silently.
#include "tariffs/model/model_loader.hpp"
#include "tariffs/pricing/budgets.hpp"
#include "tariffs/pricing/cost_model.hpp"
#include "tariffs/pricing/forecast.hpp"
#include "tariffs/pricing/indexed_tariffs.hpp"
#include "tariffs/reports/allocation_wording.hpp"
#include "tariffs/reports/text/forecast_report.hpp"
#include "engine/decimal.hpp"

#include "cli_runner.hpp"

#include <catch2/catch.hpp>

#include <regex>
#include <sstream>

using Catch::Matchers::Contains;
using engine::Number;
using tariffs::AllocationKey;

namespace {

const std::vector<AllocationKey> all_keys{AllocationKey::moving_average, AllocationKey::objective, AllocationKey::usage,
                                          AllocationKey::insurance};

struct Region {
    tariffs::Model model = tariffs::load_model(test::source_dir() + "/models/examples/region.yaml");
    std::vector<Number> totals() {
        tariffs::CostModel cost(model);
        const auto budgets = tariffs::compute_budgets(model, tariffs::index_tariffs(cost, model.until));
        std::vector<Number> result;
        for (int year = model.year; year <= model.until; ++year) result.push_back(budgets.frame(year)->total);
        return result;
    }
};

}  // namespace

TEST_CASE("the region's forecast computes every key in every contract year, each adding up exactly", "[forecast]") {
    Region region;
    const auto forecast =
        tariffs::forecast_allocation(region.model, all_keys, region.model.year, region.model.until, region.totals());
    REQUIRE(forecast.years.size() == 8);
    for (const auto& year : forecast.years)
        for (const auto& cell : year.keys) {
            INFO(year.year << " " << tariffs::to_string(cell.key) << ": " << cell.why_not.english());
            REQUIRE(cell.allocation);
            Number sum;
            for (const auto& share : cell.allocation->shares) sum += share.amount;
            switch (cell.key) {
                case AllocationKey::moving_average:
                case AllocationKey::objective: CHECK(sum == year.total); break;
                case AllocationKey::usage: CHECK(sum == cell.allocation->total); break;  // the use, each its own
                case AllocationKey::insurance:
                    CHECK(sum == cell.allocation->total - cell.allocation->pool + cell.allocation->deficit);
                    break;
            }
        }
}

TEST_CASE("a key that reads a carried figure is marked, and every carried figure is listed", "[forecast]") {
    Region region;
    const auto forecast =
        tariffs::forecast_allocation(region.model, all_keys, region.model.year, region.model.until, region.totals());
    const auto cell = [&](int year, AllocationKey key) {
        for (const auto& y : forecast.years)
            if (y.year == year)
                for (const auto& c : y.keys)
                    if (c.key == key) return c;
        FAIL("no cell");
        return tariffs::KeyYear{};
    };
    // 2026 reads young people 2023–2025, the 2026 objective and the 2026 use: all given.
    for (const auto key : all_keys) CHECK(!cell(2026, key).carried);
    // 2027 reads young people of 2026 and the objective and use of 2027: carried.
    for (const auto key : all_keys) CHECK(cell(2027, key).carried);
    // Six municipalities: young people 2026–2031, objective and use 2027–2032.
    CHECK(forecast.carried.size() == 6 * (6 + 6 + 6));
    for (const auto& figure : forecast.carried) CHECK_THAT(tariffs::carried_how(figure), Contains("last given ("));
}

TEST_CASE("carried as a moving average, a figure is the average of the years before it", "[forecast]") {
    tariffs::Model model;
    model.allocation.metric = "young_people";
    model.allocation.years = 3;
    model.allocation.carry_forward = tariffs::CarryForward::moving_average;
    for (const char* name : {"A", "B"}) {
        tariffs::Municipality municipality;
        municipality.name = name;
        municipality.metrics["young_people"] = {{2022, {Number(10), {}}}, {2023, {Number(20), {}}}, {2024, {Number(30), {}}}};
        model.municipalities.push_back(municipality);
    }
    // 2027 reads 2024–2026: 2025 and 2026 are carried for each municipality.
    const auto forecast = tariffs::forecast_allocation(model, {AllocationKey::moving_average}, 2027, 2027, {Number(100)});
    REQUIRE(forecast.carried.size() == 4);
    CHECK(forecast.carried[0].year == 2025);
    CHECK(forecast.carried[0].value == Number(20));
    CHECK(tariffs::carried_how(forecast.carried[0]) == "moving average of 2022–2024");
    CHECK(forecast.carried[1].year == 2026);
    CHECK(forecast.carried[1].value == (Number(20) + Number(30) + Number(20)) / Number(3));  // 2025's carried one included
    REQUIRE(forecast.years.front().keys.front().allocation);
}

TEST_CASE("without carry_forward, a key that lacks a figure is not computed and says why", "[forecast]") {
    const auto model = tariffs::load_model(test::source_dir() + "/models/examples/worked-example.yaml");
    const auto forecast = tariffs::forecast_allocation(model, {AllocationKey::objective}, 2027, 2027, {Number(1000)});
    REQUIRE(forecast.years.front().keys.size() == 1);
    const auto& cell = forecast.years.front().keys.front();
    CHECK(!cell.allocation);
    CHECK_THAT(cell.why_not.english(), Contains("has no objective amount for 2027"));
    CHECK(forecast.carried.empty());
}

TEST_CASE("allocate --key all over a range of years, on the command line", "[forecast]") {
    const auto result = test::run_tariff({"allocate", "models/examples/region.yaml", "--key", "all", "--from", "2025",
                                          "--to", "2032", "--format", "json"});
    REQUIRE(result.exit_code == 0);
    CHECK_THAT(result.out, Contains("\"carried\": true"));
    CHECK_THAT(result.out, !Contains("not_computed"));
    const auto both = test::run_tariff({"allocate", "models/examples/region.yaml", "--key", "all", "--year", "2026",
                                        "--from", "2026"});
    CHECK(both.exit_code == 2);
    const auto one_key = test::run_tariff({"allocate", "models/examples/region.yaml", "--key", "objective", "--from",
                                           "2026", "--to", "2027"});
    REQUIRE(one_key.exit_code == 0);
    CHECK_THAT(one_key.out, Contains("objective *"));
}

TEST_CASE("the forecast page draws each municipality's contributions per key, self-contained", "[forecast][html]") {
    const auto result = test::run_tariff({"allocate", "models/examples/region.yaml", "--key", "all", "--from", "2025",
                                          "--format", "html"});
    REQUIRE(result.exit_code == 0);
    const std::string& html = result.out;
    for (const char* outside : {"http://", "https://", "src=", "<script", "url("}) CHECK(html.find(outside) == std::string::npos);
    std::size_t lines = 0;
    for (std::size_t at = html.find("<polyline "); at != std::string::npos; at = html.find("<polyline ", at + 1)) ++lines;
    CHECK(lines == 6 * 4);  // six municipalities, four keys
    CHECK_THAT(html, Contains("Figures carried forward"));
    CHECK_THAT(html, Contains("<td class=\"num\">18692556.82</td>"));  // Havenstede 2025 by moving average
}

TEST_CASE("a use carried as a moving average is rounded to the cent, so the keys that settle it compute", "[forecast]") {
    tariffs::Model model = tariffs::load_model(test::source_dir() + "/models/examples/region.yaml");
    model.allocation.carry_forward = tariffs::CarryForward::moving_average;
    const auto forecast = tariffs::forecast_allocation(model, all_keys, 2027, 2028, {Number(30000000), Number(30000000)});
    for (const auto& year : forecast.years)
        for (const auto& cell : year.keys) {
            INFO(year.year << " " << tariffs::to_string(cell.key) << ": " << cell.why_not.english());
            CHECK(cell.allocation);
        }
    for (const auto& figure : forecast.carried)
        if (figure.figure == "usage (projected)") {
            CHECK((figure.value * Number(100)).is_integer());
            CHECK_THAT(tariffs::carried_how(figure), Contains(", to the cent"));
        }
}

TEST_CASE("a moving average carried forward gives a year the same figure whatever year the forecast starts",
          "[forecast]") {
    Region region;
    region.model.allocation.carry_forward = tariffs::CarryForward::moving_average;
    const auto totals = region.totals();
    const auto from = [&](int first) {
        const std::vector<Number> some(totals.begin() + (first - region.model.year), totals.end());
        return tariffs::forecast_allocation(region.model, all_keys, first, region.model.until, some);
    };
    const auto whole = from(2027), late = from(2029);
    const auto year_of = [](const tariffs::Forecast& forecast, int year) -> const tariffs::ForecastYear& {
        return *std::find_if(forecast.years.begin(), forecast.years.end(), [&](const auto& y) { return y.year == year; });
    };
    for (std::size_t k = 0; k < all_keys.size(); ++k) {
        INFO(tariffs::to_string(all_keys[k]));
        const auto& a = *year_of(whole, 2029).keys[k].allocation;
        const auto& b = *year_of(late, 2029).keys[k].allocation;
        for (std::size_t m = 0; m < a.shares.size(); ++m) CHECK(a.shares[m].amount == b.shares[m].amount);
    }
    // Havenstede's use of 2029 is the average of 2026 (given) and 2027–2028 (carried), not of the given years.
    const auto carried_2029 = std::find_if(late.carried.begin(), late.carried.end(), [](const tariffs::CarriedFigure& f) {
        return f.municipality == "Havenstede" && f.figure == "usage (projected)" && f.year == 2029;
    });
    REQUIRE(carried_2029 != late.carried.end());
    CHECK(carried_2029->from_years == std::vector<int>{2026, 2027, 2028});
}

TEST_CASE("allocate --year Y is --from Y --to Y, carried figures included", "[forecast]") {
    const auto one = test::run_tariff({"allocate", "models/examples/region.yaml", "--key", "usage", "--year", "2029"});
    const auto range = test::run_tariff(
        {"allocate", "models/examples/region.yaml", "--key", "usage", "--from", "2029", "--to", "2029"});
    REQUIRE(one.exit_code == 0);
    CHECK(one.out == range.out);
    CHECK_THAT(one.out, Contains("usage (projected)"));
}

TEST_CASE("the forecast's note explains * only where a key is marked with it", "[forecast]") {
    const auto given = test::run_tariff({"allocate", "models/examples/region.yaml", "--key", "all", "--from", "2025",
                                         "--to", "2025"});
    REQUIRE(given.exit_code == 0);
    CHECK_THAT(given.out, !Contains(" *"));
    CHECK_THAT(given.out, !Contains("marked *"));
    const auto carried = test::run_tariff({"allocate", "models/examples/region.yaml", "--key", "all", "--from", "2027",
                                           "--to", "2027"});
    REQUIRE(carried.exit_code == 0);
    CHECK_THAT(carried.out, Contains("objective *"));
    CHECK_THAT(carried.out, Contains("A key marked * is computed from a figure carried forward."));
}

TEST_CASE("a carried amount of money is written with its cents, in the table and as a JSON decimal", "[forecast]") {
    const auto table = test::run_tariff({"allocate", "models/examples/region.yaml", "--key", "all", "--from", "2027",
                                         "--to", "2027"});
    REQUIRE(table.exit_code == 0);
    CHECK_THAT(table.out, Contains("objective          2027  46800000.00  last given (2026)"));
    const auto json = test::run_tariff({"allocate", "models/examples/region.yaml", "--key", "all", "--from", "2027",
                                        "--to", "2027", "--format", "json"});
    REQUIRE(json.exit_code == 0);
    CHECK_THAT(json.out, Contains("\"value\": \"46800000.00\""));
    CHECK_THAT(json.out, Contains("\"value\": \"378\""));  // a count stays a count
    CHECK(!std::regex_search(json.out, std::regex(R"("value": "[-0-9]+/)")));  // no fraction a decimal holds
}

TEST_CASE("an average of counts six decimals cannot hold keeps its exact fraction beside its decimal", "[forecast]") {
    tariffs::Model model = tariffs::load_model(test::source_dir() + "/models/examples/region.yaml");
    model.allocation.carry_forward = tariffs::CarryForward::moving_average;
    const auto forecast = tariffs::forecast_allocation(model, all_keys, 2028, 2028, {Number(30000000)});
    std::ostringstream json;
    tariffs::write_forecast(model, forecast, "a total", tariffs::ReportFormat::json, json);
    std::size_t averaged_counts = 0;
    for (const auto& figure : forecast.carried) {
        const std::string exact = figure.value.to_fraction_string();
        if (figure.money) {
            CHECK((figure.value * Number(100)).is_integer());
        } else if (exact.find('/') != std::string::npos && engine::display_value(figure.value, 6).approximate) {
            ++averaged_counts;
            CHECK_THAT(json.str(), Contains("\"value\": \"" + engine::format_decimal(figure.value, 6) +
                                            "\",\n      \"value_exact\": \"" + exact + "\""));
        }
    }
    CHECK(averaged_counts > 0);
    CHECK(!std::regex_search(json.str(), std::regex(R"("value": "[-0-9]+/)")));
}
