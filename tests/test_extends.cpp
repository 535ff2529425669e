// A model that extends another: the other model with only what differs,
// each change checked and located in the file that holds it.
#include "engine/number.hpp"
#include "tariffs/model/model_loader.hpp"

#include "cli_runner.hpp"

#include <catch2/catch.hpp>

#include <fstream>

using Catch::Matchers::Contains;

namespace {

std::string products_json(const std::vector<std::string>& arguments) {
    std::vector<std::string> all{"price"};
    all.insert(all.end(), arguments.begin(), arguments.end());
    all.insert(all.end(), {"--format", "json"});
    const auto result = test::run_tariff(all);
    REQUIRE(result.exit_code == 0);
    return result.out.substr(result.out.find("\"products\""));
}

void write(const std::string& path, const std::string& text) { std::ofstream(path) << text; }

}  // namespace

TEST_CASE("a model that extends another prices as the other with its changes", "[extends]") {
    // region-cao.yaml changes what the region's scenario cao-2026 changes.
    CHECK(products_json({"models/examples/region-cao.yaml"}) ==
          products_json({"models/examples/region.yaml", "--scenario", "cao-2026"}));
}

TEST_CASE("a changed input is located in the file that changes it, the rest in the file extended", "[extends]") {
    const auto result = test::run_tariff({"explain", "models/examples/region-cao.yaml", "AMB-BEG-U"});
    REQUIRE(result.exit_code == 0);
    CHECK_THAT(result.out, Contains("[staff level jeugdzorgwerker, models/examples/region-cao.yaml:22]"));
    CHECK_THAT(result.out, Contains("year_end_bonus = 0.08964 (8.964%)   [model, models/examples/region.yaml:50]"));
    CHECK_THAT(result.out, !Contains("Scenario"));  // the changes are the model's own
}

TEST_CASE("a rule of the extending model replaces the rule of the model it extends", "[extends]") {
    const test::TempDir dir;
    write(dir.path + "/no-risk.yaml", "extends: " + test::source_dir() +
                                          "/models/examples/worked-example.yaml\nrules:\n  risk: cost_price * 0\n");
    CHECK(products_json({dir.path + "/no-risk.yaml"}) ==
          products_json({"models/examples/worked-example.yaml", "--set", "risk_surcharge=0"}));
}

TEST_CASE("a model may extend one that extends another; a cycle is an error at its `extends`", "[extends]") {
    const test::TempDir dir;
    write(dir.path + "/one.yaml",
          "extends: " + test::source_dir() + "/models/examples/worked-example.yaml\nparameters: {overhead_surcharge: 21%}\n");
    write(dir.path + "/two.yaml", "extends: one.yaml\nparameters: {risk_surcharge: 3%}\n");
    CHECK(products_json({dir.path + "/two.yaml"}) ==
          products_json({"models/examples/worked-example.yaml", "--set", "overhead_surcharge=21%", "--set",
                         "risk_surcharge=3%"}));
    write(dir.path + "/self.yaml", "extends: self.yaml\n");
    const auto self = test::run_tariff({"validate", dir.path + "/self.yaml"});
    CHECK(self.exit_code == 1);
    CHECK_THAT(self.err, Contains("self.yaml:1:10: error: `extends: self.yaml` makes a cycle"));
    write(dir.path + "/a.yaml", "extends: b.yaml\n");
    write(dir.path + "/b.yaml", "extends: c.yaml\n");
    write(dir.path + "/c.yaml", "extends: a.yaml\n");
    const auto cycle = test::run_tariff({"validate", dir.path + "/a.yaml"});
    CHECK(cycle.exit_code == 1);
    CHECK_THAT(cycle.err, Contains("c.yaml:1:10: error: `extends: a.yaml` makes a cycle"));
}

TEST_CASE("a model that extends another may change a provider's availability and a line's volume", "[extends]") {
    const test::TempDir dir;
    write(dir.path + "/volumes.yaml", "extends: " + test::source_dir() +
                                          "/models/examples/worked-example.yaml\n"
                                          "budgets:\n  Horizon Jeugdzorg: {availability: 160000.00, volumes: {VBL: 10000}}\n");
    const tariffs::Model model = tariffs::load_model(dir.path + "/volumes.yaml");
    const auto& provider = model.budgets.providers.front();
    CHECK(provider.availability->value == engine::Number(160000));
    CHECK(provider.lines.front().volume->value == engine::Number(10000));
    CHECK(provider.lines.front().history.empty());  // the volume given replaces the average of the history
    CHECK(provider.availability->pos.line == 3);

    write(dir.path + "/unknown.yaml", "extends: " + test::source_dir() +
                                          "/models/examples/worked-example.yaml\n"
                                          "budgets:\n  Horizon: {volumes: {VBL: 1}}\n"
                                          "  Horizon Jeugdzorg: {volumes: {VLB: 1}}\n");
    const auto result = test::run_tariff({"budget", dir.path + "/unknown.yaml"});
    CHECK(result.exit_code == 1);
    CHECK_THAT(result.err, Contains("unknown.yaml:3:3: error: no provider `Horizon` in the budgets"));
    CHECK_THAT(result.err, Contains("unknown.yaml:4:33: error: `Horizon Jeugdzorg` has no budget line for `VLB`"
                                    "; its lines are VBL, AMB-U"));
}
