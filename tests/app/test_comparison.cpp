// The comparison use case: two versions of a model, what changed and why, or
// one product under both; its fingerprint covers both sides.
#include "tariffs/app/comparison.hpp"
#include "tariffs/app/request_error.hpp"

#include "app_models.hpp"
#include "numbers.hpp"

#include <catch2/catch.hpp>

#include <fstream>

using test::exact;

TEST_CASE("a model compared with its overhead raised: the tariffs that changed", "[app][compare]") {
    const auto old_model = test::loaded(test::worked_example());
    const auto new_model = test::loaded(test::worked_example({"overhead_surcharge=22%"}));
    const tariffs::app::CompareResult result = tariffs::app::compare(*old_model, *new_model, {});
    CHECK(result.year == 2025);
    REQUIRE(result.comparison);
    CHECK_FALSE(result.explained);
    CHECK_FALSE(result.comparison->products.empty());
}

TEST_CASE("one product under both models: its derivations, headed by a later year's prices", "[app][compare]") {
    const auto old_model = test::loaded(test::worked_example());
    const auto new_model = test::loaded(test::worked_example({"overhead_surcharge=22%"}));
    const tariffs::app::CompareResult result = tariffs::app::compare(*old_model, *new_model, {2027, "VBL"});
    REQUIRE(result.explained);
    const tariffs::app::ExplainedComparison& explained = *result.explained;
    REQUIRE(explained.product);
    CHECK(explained.product->code == "VBL");
    CHECK(explained.before);
    CHECK(explained.after);
    REQUIRE(explained.indexed);
    CHECK(explained.indexed->year == 2027);
    CHECK(exact(explained.indexed->old_price) == "316.92");
    CHECK(explained.indexed->new_price > explained.indexed->old_price);
}

TEST_CASE("a trajectory under both models: its price on each side", "[app][compare]") {
    const auto old_model = test::loaded(test::worked_example());
    const auto new_model = test::loaded(test::worked_example({"overhead_surcharge=22%"}));
    const tariffs::app::CompareResult result = tariffs::app::compare(*old_model, *new_model, {2026, "TRJ"});
    REQUIRE(result.explained);
    CHECK_FALSE(result.explained->product);
    REQUIRE(result.explained->trajectory_before);
    CHECK(exact(result.explained->trajectory_before->price) == "3889.59");
    CHECK(result.explained->trajectory_after->price > result.explained->trajectory_before->price);
}

TEST_CASE("the comparison's fingerprint covers the old model's files too", "[app][compare]") {
    const test::TempDir dir;
    const std::string same = dir.path + "/same.yaml", edited = dir.path + "/edited.yaml";
    const std::string text = test::read_text(test::example("worked-example.yaml"));
    std::ofstream(same) << text;
    std::ofstream(edited) << text << "# a comment: the same model, another file\n";
    const auto new_model = test::loaded(test::worked_example({"overhead_surcharge=22%"}));
    const auto original = test::loaded(test::worked_example());
    const auto copy = test::loaded({same, "", {}, false});
    const auto commented = test::loaded({edited, "", {}, false});
    const std::string of_original = tariffs::app::compare(*original, *new_model, {}).provenance.fingerprint;
    CHECK(of_original != new_model->model.fingerprint);
    CHECK(tariffs::app::compare(*copy, *new_model, {}).provenance.fingerprint == of_original);  // content, not path
    CHECK(tariffs::app::compare(*commented, *new_model, {}).provenance.fingerprint != of_original);
}

TEST_CASE("what compare needs: a new model or a change, one base year, a code in both", "[app][compare]") {
    CHECK_THROWS_WITH(tariffs::app::compared_input("old.yaml", {}),
                      "compare needs a NEW model, or --scenario or --set to compare the model with");
    CHECK(tariffs::app::compared_input("old.yaml", {"", "", {"overhead_surcharge=22%"}, false}).path == "old.yaml");
    const auto worked = test::loaded(test::worked_example());
    const auto region = test::loaded({test::example("region.yaml"), "", {}, false});
    CHECK_THROWS_AS(tariffs::app::compare(*worked, *region, {2031, ""}), tariffs::app::RequestError);
    CHECK_THROWS_WITH(tariffs::app::compare(*worked, *worked, {std::nullopt, "NOPE"}),
                      Catch::StartsWith("--explain NOPE: no product or trajectory `NOPE`"));
}
