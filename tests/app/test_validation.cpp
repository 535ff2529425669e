// The validation use case returns what `tariff validate` says as data: every
// problem and every warning, none of it printed, so a server can show them as
// it likes.
#include "tariffs/app/validation.hpp"

#include "app_models.hpp"

#include <catch2/catch.hpp>

#include <iostream>
#include <sstream>

namespace {

// What is written to standard output and standard error while it lives.
class Captured {
public:
    Captured() : out_(std::cout.rdbuf(out.rdbuf())), err_(std::cerr.rdbuf(err.rdbuf())) {}
    ~Captured() {
        std::cout.rdbuf(out_);
        std::cerr.rdbuf(err_);
    }
    std::ostringstream out, err;

private:
    std::streambuf* out_;
    std::streambuf* err_;
};

tariffs::app::ModelInput bad_input(const std::string& name) {
    return {test::source_dir() + "/tests/bad_inputs/" + name + "/model.yaml", "", {}, false};
}

tariffs::app::ModelInput broken(const std::string& name, std::vector<std::string> sets = {}) {
    return {test::source_dir() + "/tests/models/broken/" + name, "", std::move(sets), false};
}

}  // namespace

TEST_CASE("validation returns a model's problems and warnings as data and prints nothing", "[app][validate]") {
    tariffs::app::ValidationResult result;
    {
        const Captured captured;
        result = tariffs::app::validate(broken("missing-parameter.yaml", {"overhead_surcharge=60%"}));
        CHECK(captured.out.str().empty());
        CHECK(captured.err.str().empty());
    }
    CHECK_FALSE(result.sound());
    REQUIRE(result.problems.size() == 1);
    const engine::Diagnostic& problem = result.problems.items()[0];
    CHECK(problem.pos.line == 22);
    CHECK(problem.message.english().find("missing parameter `fte_per_place` for product VBL") == 0);
    REQUIRE(result.warnings.size() == 1);
    CHECK(result.warnings.items()[0].message.english().find("`overhead_surcharge` is 60%, outside its usual range") == 0);
}

TEST_CASE("every problem found in reading comes in one round, the model then not loaded", "[app][validate]") {
    const tariffs::app::ValidationResult result = tariffs::app::validate(broken("three-defects.yaml"));
    CHECK(result.problems.sorted().size() == 3);
    CHECK(result.warnings.empty());
    CHECK_FALSE(result.loaded);
    CHECK(result.products == 0);
}

TEST_CASE("under strict a warning is a problem, and no longer a warning", "[app][validate]") {
    tariffs::app::ModelInput input = test::worked_example({"overhead_surcharge=60%"});
    input.strict = true;
    const tariffs::app::ValidationResult result = tariffs::app::validate(input);
    REQUIRE(result.problems.size() == 1);
    CHECK(result.problems.items()[0].message.english().find("`overhead_surcharge` is 60%") == 0);
    CHECK(result.warnings.empty());
}

TEST_CASE("a sound model: no problems, its products counted, the scenario it is priced under named",
          "[app][validate]") {
    const tariffs::app::ValidationResult result =
        tariffs::app::validate({test::example("region.yaml"), "cao-2026", {}, false});
    CHECK(result.sound());
    CHECK(result.warnings.empty());
    CHECK(result.products == 21);
    CHECK(result.scenario.name == "cao-2026");
    REQUIRE(result.loaded);
    CHECK(result.loaded->model.products.size() == 21);
}

TEST_CASE("validation finds what only pricing every contract year finds: a gap in a volume history",
          "[app][validate]") {
    const tariffs::app::ValidationResult result = tariffs::app::validate(bad_input("110-budget-history-year-missing"));
    REQUIRE(result.problems.size() == 1);
    CHECK(result.problems.items()[0].pos.line == 30);
    CHECK(result.problems.items()[0].message.english().find("the volume history of AMB has no figure for 2023") == 0);
    CHECK(result.loaded);  // it compiled: the gap is in its use
}

TEST_CASE("validation finds a gap in the key data, which allocate would refuse", "[app][validate]") {
    const tariffs::app::ValidationResult result = tariffs::app::validate(bad_input("370-validate-key-data-gap"));
    REQUIRE(result.problems.size() == 1);
    CHECK(result.problems.items()[0].pos.line == 40);
    CHECK(result.problems.items()[0].message.english().find("Oostwold has no young_people for 2024") == 0);
}

TEST_CASE("a problem a file's change causes in the model it extends is said at that change", "[app][validate]") {
    const tariffs::app::ValidationResult result =
        tariffs::app::validate(bad_input("348-extends-change-breaks-the-base"));
    REQUIRE(result.problems.size() == 1);
    const engine::Diagnostic& problem = result.problems.items()[0];
    REQUIRE(problem.pos.file);
    CHECK(*problem.pos.file == test::source_dir() + "/tests/bad_inputs/348-extends-change-breaks-the-base/model.yaml");
    CHECK(problem.pos.line == 3);
    CHECK(problem.message.english().find("with this change, ") == 0);
}
