// The checks' use cases: bids, a provider's indexed tariffs and a bid's
// build-up against the region's reference, each with its outcome as a whole.
#include "tariffs/app/checks.hpp"

#include "app_models.hpp"

#include <catch2/catch.hpp>

#include <fstream>

namespace {

std::unique_ptr<tariffs::app::LoadedModel> region() { return test::loaded({test::example("region.yaml"), "", {}, false}); }

}  // namespace

TEST_CASE("the region's example bids have findings, and the bids file is in the fingerprint", "[app][checks]") {
    const auto loaded = region();
    const tariffs::app::BidCheckResult result = tariffs::app::check_bids(*loaded, {test::example("region-bids.csv"), {}});
    CHECK(result.outcome == tariffs::app::CheckOutcome::findings);
    CHECK(result.review.unreadable.empty());
    CHECK(result.provenance.fingerprint.size() == 64);
    CHECK(result.provenance.fingerprint != loaded->model.fingerprint);
}

TEST_CASE("a bids file with a line that cannot be read: the input is broken, after every other line is checked",
          "[app][checks]") {
    const auto loaded = region();
    const test::TempDir dir;
    const std::string bids = dir.path + "/bids.csv";
    std::ofstream(bids) << "provider,product,tariff\nNoorderkim,AMB-BEG-U,89.00\nNoorderkim,AMB-BEG-U,negentig\n";
    const tariffs::app::BidCheckResult result = tariffs::app::check_bids(*loaded, {bids, {}});
    CHECK(result.outcome == tariffs::app::CheckOutcome::unreadable_lines);
    CHECK(result.review.unreadable.size() == 1);
}

TEST_CASE("a provider's tariff list and a build-up, checked: findings", "[app][checks]") {
    const auto loaded = region();
    const tariffs::app::IndexCheckResult index =
        tariffs::app::check_index(*loaded, {test::example("region-provider-tariffs.csv")});
    CHECK(index.outcome == tariffs::app::CheckOutcome::findings);
    const tariffs::app::BuildUpCheckResult buildup =
        tariffs::app::check_buildup(*loaded, {test::example("region-buildup.yaml")});
    CHECK(buildup.outcome == tariffs::app::CheckOutcome::findings);
    CHECK(buildup.provenance.fingerprint != index.provenance.fingerprint);
}
