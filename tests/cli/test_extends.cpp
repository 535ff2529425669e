// A model that extends another: the other model with only what differs,
// each change checked and located in the file that holds it.
#include "engine/number.hpp"
#include "engine/text_check.hpp"
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

TEST_CASE("a chain of `extends` holds at most 32 files; a longer one is an error at the `extends` that makes it so",
          "[extends][bounds]") {
    const test::TempDir dir;
    const auto chain = [&](int files) {  // m1 extends m2 … extends the worked example
        for (int i = 1; i < files; ++i)
            write(dir.path + "/m" + std::to_string(i) + ".yaml",
                  "extends: m" + std::to_string(i + 1) + ".yaml\nparameters: {risk_surcharge: " + std::to_string(i % 5) +
                      "%}\n");
        write(dir.path + "/m" + std::to_string(files) + ".yaml",
              "extends: " + test::source_dir() + "/models/examples/worked-example.yaml\n");
    };
    chain(31);  // and the worked example: 32 files
    CHECK(products_json({dir.path + "/m1.yaml"}) ==
          products_json({"models/examples/worked-example.yaml", "--set", "risk_surcharge=1%"}));
    chain(32);
    const auto result = test::run_tariff({"validate", dir.path + "/m1.yaml"});
    CHECK(result.exit_code == 1);
    CHECK(result.err == dir.path + "/m32.yaml:1:10: error: `extends: " +
                            engine::excerpt(test::source_dir() + "/models/examples/worked-example.yaml") +
                            "` makes a chain of more than 32 models, each extending the next; a chain holds at most 32\n"
                            "1 problem\n");
}

TEST_CASE("a chain of 5,000 `extends` is refused at once, without running the stack out", "[extends][bounds]") {
    const test::TempDir dir;
    for (int i = 1; i <= 5000; ++i)
        write(dir.path + "/m" + std::to_string(i) + ".yaml", "extends: m" + std::to_string(i + 1) + ".yaml\n");
    const auto result = test::run_tariff({"validate", dir.path + "/m1.yaml"});
    CHECK(result.exit_code == 1);
    CHECK_THAT(result.err, Contains("m32.yaml:1:10: error: `extends: m33.yaml` makes a chain of more than 32 models"));
}

TEST_CASE("a problem that one change of the extending file causes in the extended file is said at that change",
          "[extends][validation]") {
    const test::TempDir dir;
    write(dir.path + "/fixed.yaml", "extends: " + test::source_dir() + "/models/examples/region.yaml\nrules: {tariff: 1}\n");
    const auto result = test::run_tariff({"validate", dir.path + "/fixed.yaml"});
    CHECK(result.exit_code == 1);
    // Each of the region's 12 scenario settings now changes no tariff: each is said at `tariff: 1`.
    std::size_t at_change = 0, lines = 0;
    for (std::size_t at = 0; (at = result.err.find('\n', at)) != std::string::npos; ++at) ++lines;
    for (std::size_t at = 0; (at = result.err.find(dir.path + "/fixed.yaml:2:17: error: with this change, ", at)) !=
                             std::string::npos;
         ++at)
        ++at_change;
    CHECK(at_change == 12);
    CHECK(lines == 13);
    CHECK_THAT(result.err, Contains("/fixed.yaml:2:17: error: with this change, " + test::source_dir() +
                                    "/models/examples/region.yaml:767:27: under scenario `lean-overhead`: "
                                    "`overhead_surcharge` = 18% changes no tariff"));
    // The same file's problems that are the extended model's own stay there.
    CHECK(test::run_tariff({"validate", "models/examples/region-cao.yaml"}).exit_code == 0);
}
