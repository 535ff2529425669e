// The checks as a script sees them: exit 0 when every line is fine, 3 when
// there are findings, 1 when the input is broken; the example files of the
// region give the findings the README shows.
#include "cli_runner.hpp"

#include <catch2/catch.hpp>

#include <fstream>

namespace {

std::string write_temp(const std::string& name, const std::string& text) {
    const std::string path = test::make_temp_dir() + "/" + name;
    std::ofstream(path, std::ios::binary) << text;
    return path;
}

}  // namespace

TEST_CASE("check-bids exits 0 when every bid is within its bounds", "[checks][cli]") {
    const auto bids = write_temp("bids.csv", "provider,product,tariff\nA,AMB-U,82.92\nA,VBL,300.00\n");
    const auto result = test::run_tariff({"check-bids", "models/examples/worked-example.yaml", bids});
    CHECK(result.exit_code == 0);
    CHECK_THAT(result.out, Catch::Contains("comma-separated, decimal point"));
}

TEST_CASE("check-bids exits 3 on the example bids, with every status", "[checks][cli]") {
    const auto result = test::run_tariff({"check-bids", "models/examples/region.yaml", "models/examples/region-bids.csv"});
    CHECK(result.exit_code == 3);
    for (const char* status : {"within", "below_floor", "above_ceiling", "unknown_product", "unit_mismatch"})
        CHECK_THAT(result.out, Catch::Contains(status));
    CHECK_THAT(result.out, Catch::Contains("semicolon-separated, decimal comma, with a byte-order mark"));
}

TEST_CASE("check-bids exits 1 on an unreadable line and still checks the others", "[checks][cli]") {
    const auto bids = write_temp("bids.csv", "provider;product;tariff\nA;AMB-U;82,92\nA;VBL;drie\nA;DAG;81,35\n");
    const auto result = test::run_tariff({"check-bids", "models/examples/worked-example.yaml", bids, "--format", "json"});
    CHECK(result.exit_code == 1);
    CHECK_THAT(result.err, Catch::Contains(bids + ":3:1: error: line 3: the tariff `drie` is not a number"));
    CHECK_THAT(result.out, Catch::Contains("\"code\": \"DAG\""));
}

TEST_CASE("check-index names the causes in the example provider list and exits 3", "[checks][cli]") {
    const auto result = test::run_tariff(
        {"check-index", "models/examples/region.yaml", "models/examples/region-provider-tariffs.csv"});
    CHECK(result.exit_code == 3);
    CHECK_THAT(result.out, Catch::Contains("indexed directly from the base year instead of as a chain"));
    CHECK_THAT(result.out, Catch::Contains("without the correction for 2025"));
}

TEST_CASE("check-buildup flags the example's stated tariff that does not follow and exits 3", "[checks][cli]") {
    const auto result =
        test::run_tariff({"check-buildup", "models/examples/region.yaml", "models/examples/region-buildup.yaml"});
    CHECK(result.exit_code == 3);
    CHECK_THAT(result.out, Catch::Contains("does not follow from its own inputs: should be 134.22"));
}

TEST_CASE("allocate splits a provider's budget, a lot's, or a given amount", "[allocation][cli]") {
    const auto provider = test::run_tariff({"allocate", "models/examples/worked-example.yaml", "--key", "moving_average",
                                            "--year", "2026", "--budget", "Horizon Jeugdzorg", "--format", "json"});
    CHECK(provider.exit_code == 0);
    CHECK_THAT(provider.out, Catch::Contains("\"total\": \"4062945.88\""));
    const auto amount = test::run_tariff({"allocate", "models/examples/worked-example.yaml", "--key", "moving_average",
                                          "--year", "2026", "--budget", "100.00", "--format", "json"});
    CHECK(amount.exit_code == 0);
    // 100.00 by 123, 38, 81, 24 of 266: 46.24, 14.28, 30.45, 9.02 + one cent to the largest remainder
    CHECK_THAT(amount.out, Catch::Contains("\"total\": \"100.00\""));
    const auto unknown = test::run_tariff({"allocate", "models/examples/worked-example.yaml", "--key", "moving_average",
                                           "--budget", "Nobody"});
    CHECK(unknown.exit_code == 2);
    const auto lot = test::run_tariff({"allocate", "models/examples/region.yaml", "--key", "objective", "--budget",
                                       "Verblijf", "--format", "json"});
    CHECK(lot.exit_code == 0);
    CHECK_THAT(lot.out, Catch::Contains("\"total\": \"24143929.41\""));
}
