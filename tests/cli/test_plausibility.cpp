// Plausibility (tariffs/model/plausibility.hpp): a value the method allows but
// that lies outside its parameter's usual range, such as overhead of 200% or a
// year-end bonus of 89.64%, is said as a warning at its line; the model still
// validates, and --strict makes the warning an error.
#include "tariffs/model/model_loader.hpp"

#include "cli_runner.hpp"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <string>

using Catch::Matchers::Contains;

namespace {

// A model that extends the worked example with `changes` (YAML after the
// `extends:` line), written in `dir`.
std::string extension(const test::TempDir& dir, const std::string& changes) {
    const std::string path = dir.path + "/slip.yaml";
    std::ofstream(path) << "extends: " << test::source_dir() << "/models/examples/worked-example.yaml\n" << changes;
    return path;
}

const std::string slips =
    "parameters:\n"
    "  overhead_surcharge: 2.0\n"
    "staff_levels:\n"
    "  jeugdzorgwerker: {year_end_bonus: 0.8964}\n";

}  // namespace

TEST_CASE("overhead of 200% validates with a warning at its line, naming the usual range", "[plausibility]") {
    const test::TempDir dir;
    const std::string model = extension(dir, slips);
    const auto result = test::run_tariff({"validate", model});
    CHECK(result.exit_code == 0);
    CHECK_THAT(result.err, Contains(model + ":3:23: warning: `overhead_surcharge` is 2.0, outside its usual range "
                                            "[5%, 40%]"));
    CHECK_THAT(result.out, Contains("no problems, 2 warnings"));
}

TEST_CASE("a year-end bonus of 89.64% for a staff level is a warning naming the level", "[plausibility]") {
    const test::TempDir dir;
    const std::string model = extension(dir, slips);
    const auto result = test::run_tariff({"validate", model});
    CHECK_THAT(result.err, Contains(model + ":5:37: warning: `jeugdzorgwerker.year_end_bonus` is 0.8964, outside its "
                                            "usual range [0, 10%] (CAO Jeugdzorg art. 7.2"));
}

TEST_CASE("under --strict each warning is an error: exit 1, every one located", "[plausibility]") {
    const test::TempDir dir;
    const std::string model = extension(dir, slips);
    const auto result = test::run_tariff({"validate", model, "--strict"});
    CHECK(result.exit_code == 1);
    CHECK_THAT(result.err, Contains(model + ":3:23: error: `overhead_surcharge` is 2.0"));
    CHECK_THAT(result.err, Contains(model + ":5:37: error: `jeugdzorgwerker.year_end_bonus` is 0.8964"));
    CHECK_THAT(result.err, Contains("2 problems"));
    CHECK(result.out.empty());
}

TEST_CASE("every command warns, and still computes: the price sheet comes with the warning", "[plausibility]") {
    const test::TempDir dir;
    const std::string model = extension(dir, slips);
    const auto price = test::run_tariff({"price", model});
    CHECK(price.exit_code == 0);
    CHECK_THAT(price.err, Contains("warning: `overhead_surcharge` is 2.0"));
    CHECK_THAT(price.out, Contains("AMB-U"));
    const auto strict_price = test::run_tariff({"price", model, "--strict"});
    CHECK(strict_price.exit_code == 1);
    CHECK(strict_price.out.empty());
}

TEST_CASE("a --set outside the usual range warns; inside it, nothing is said", "[plausibility]") {
    const std::string worked = "models/examples/worked-example.yaml";
    const auto unusual = test::run_tariff({"price", worked, "--set", "risk_surcharge=30%"});
    CHECK(unusual.exit_code == 0);
    CHECK_THAT(unusual.err, Contains("warning: `risk_surcharge` is 30%, outside its usual range [0, 10%]"));
    const auto usual = test::run_tariff({"price", worked, "--set", "risk_surcharge=3%"});
    CHECK(usual.exit_code == 0);
    CHECK(usual.err.empty());
}

TEST_CASE("a value outside its allowed range stays an error, not a warning", "[plausibility]") {
    const test::TempDir dir;
    const auto result = test::run_tariff({"validate", extension(dir, "parameters:\n  overhead_surcharge: 6\n")});
    CHECK(result.exit_code == 1);
    CHECK_THAT(result.err, Contains("error: `overhead_surcharge` is 6, outside its range [0, 5]"));
}

TEST_CASE("the usual range's bounds are usual: 5% and 40% overhead give no warning", "[plausibility]") {
    const test::TempDir dir;
    for (const std::string value : {"5%", "40%", "0.4"}) {
        const tariffs::Model model = tariffs::load_model(extension(dir, "parameters:\n  overhead_surcharge: " + value + "\n"));
        CHECK(model.warnings.empty());
    }
    const tariffs::Model above = tariffs::load_model(extension(dir, "parameters:\n  overhead_surcharge: 40.01%\n"));
    CHECK(above.warnings.size() == 1);
}

TEST_CASE("the models we ship give no warning", "[plausibility]") {
    for (const auto& entry : std::filesystem::recursive_directory_iterator(test::source_dir() + "/models/examples")) {
        if (entry.path().extension() != ".yaml") continue;
        const std::string text = test::read_text(entry.path().string());
        // Only models (`model:` or `extends:` at a line's start): a provider's build-up is not one.
        if (text.find("\nmodel:") == std::string::npos && text.find("\nextends:") == std::string::npos &&
            text.rfind("model:", 0) != 0 && text.rfind("extends:", 0) != 0)
            continue;
        INFO(entry.path().string());
        const tariffs::Model model = tariffs::load_model(entry.path().string());
        CHECK(model.warnings.empty());
    }
}

TEST_CASE("the report itself carries the warnings: under a table, heading a CSV, as a JSON key, in the HTML",
          "[plausibility]") {
    const test::TempDir dir;
    const std::string model = extension(dir, slips);
    const std::string overhead = model + ":3:23: warning: `overhead_surcharge` is 2.0, outside its usual range";
    const auto table = test::run_tariff({"price", model});
    CHECK_THAT(table.out, Contains("\nwarnings\n  " + overhead));
    const auto csv = test::run_tariff({"price", model, "--format", "csv"});
    CHECK_THAT(csv.out, Contains("\n# " + overhead));  // after the fingerprint's comment line
    const auto json = test::run_tariff({"price", model, "--format", "json"});
    CHECK_THAT(json.out, Contains("\n  \"warnings\": [\n    \"" + model + ":3:23: `overhead_surcharge` is 2.0"));
    const auto markdown = test::run_tariff({"price", model, "--format", "markdown"});
    CHECK_THAT(markdown.out, Contains("- **warning** " + model + ":3:23: `overhead_surcharge` is 2.0"));
    const auto html = test::run_tariff({"price", model, "--format", "html"});
    CHECK_THAT(html.out, Contains("<div class=\"warnings\">") && Contains("`overhead_surcharge` is 2.0"));
    const auto clean = test::run_tariff({"price", "models/examples/worked-example.yaml", "--format", "json"});
    CHECK_THAT(clean.out, !Contains("\"warnings\""));
}
