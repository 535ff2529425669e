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
