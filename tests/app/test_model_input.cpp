// Reading a model for a use case: problems as data in one round, warnings
// beside them, an override nothing reads refused.
#include "tariffs/app/model_input.hpp"

#include "app_models.hpp"

#include <catch2/catch.hpp>


TEST_CASE("a misspelt key and what the model lacks because of it are one problem, said once", "[app][model]") {
    const tariffs::app::ModelReading reading =
        tariffs::app::read_model({test::source_dir() + "/tests/models/broken/misspelt-key.yaml", "", {}, false});
    CHECK_FALSE(reading.loaded);
    REQUIRE(reading.problems.size() == 1);
    CHECK(reading.problems.items()[0].message.english().find("unknown key `materal_per_hour`") == 0);
}

TEST_CASE("load_model throws the problems read_model returns", "[app][model]") {
    const tariffs::app::ModelInput input{test::source_dir() + "/tests/models/broken/three-defects.yaml", "", {}, false};
    try {
        tariffs::app::load_model(input);
        FAIL("no problem thrown");
    } catch (const engine::InputError& error) {
        CHECK(error.diagnostics().sorted().size() == 3);
    }
}

TEST_CASE("a model read under a scenario and changed inputs keeps what the request named", "[app][model]") {
    const auto loaded = test::loaded({test::example("region.yaml"), "cao-2026", {"overhead_surcharge=22%"}, false});
    CHECK(loaded->input.path == test::example("region.yaml"));
    CHECK(loaded->model.scenario.name == "cao-2026");
    REQUIRE(loaded->model.scenario.overrides.size() > 1);  // the scenario's, then the one given
    CHECK(loaded->model.scenario.overrides.back().target == "overhead_surcharge");
    CHECK(loaded->model.scenario.overrides.back().value == "22%");
    CHECK(loaded->model.fingerprint.size() == 64);
}

TEST_CASE("an override that no tariff reads is a problem, not a scenario", "[app][model]") {
    const tariffs::app::ModelReading reading = tariffs::app::read_model(test::worked_example({"hours_per_piece=2"}));
    CHECK_FALSE(reading.loaded);
    REQUIRE(reading.problems.size() == 1);
    CHECK(reading.problems.items()[0].message.english().find("`hours_per_piece` = 2 changes no tariff") == 0);
}

TEST_CASE("the warnings of a model that has problems too are still returned", "[app][model]") {
    const tariffs::app::ModelReading reading = tariffs::app::read_model(
        {test::source_dir() + "/tests/models/broken/missing-parameter.yaml", "", {"overhead_surcharge=60%"}, false});
    CHECK(reading.problems.size() == 1);
    CHECK(reading.warnings.size() == 1);
}
