// Inputs that could mean two things are refused, each at its place: a product
// code that is a staff level's name, two codes that look the same, a value
// `--set` reads otherwise than the model file, a metric `allocate` would not
// find, a file name that leads round in symbolic links.
#include "cli_runner.hpp"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <string>

using Catch::Matchers::Contains;

namespace {

std::string region() { return test::read_text(test::source_dir() + "/models/examples/region.yaml"); }

// The region with the first `from` replaced by `to` (which must be there), written to `dir`/model.yaml.
std::string write_region(const test::TempDir& dir, const std::string& from, const std::string& to) {
    std::string text = region();
    const auto at = text.find(from);
    REQUIRE(at != std::string::npos);
    text.replace(at, from.size(), to);
    const std::string path = dir.path + "/model.yaml";
    std::ofstream(path, std::ios::binary) << text;
    return path;
}

}  // namespace

TEST_CASE("a product code that is a staff level's name is an error: `--set NAME.input` could mean either",
          "[ambiguity][validation]") {
    const test::TempDir dir;
    const std::string model = write_region(dir, "  - code: AMB-BEG-U\n", "  - code: jeugdzorgwerker\n");
    const auto result = test::run_tariff({"validate", model});
    CHECK(result.exit_code == 1);
    CHECK_THAT(result.err, Contains("error: the product code `jeugdzorgwerker` is also the name of a staff level, at " +
                                    model + ":106:3: `--set jeugdzorgwerker.NAME` could mean either; rename one"));
}

TEST_CASE("two product codes that look the same and are written with other characters are an error",
          "[ambiguity][validation]") {
    const test::TempDir dir;
    // A Cyrillic А (U+0410) in the second AMB-BEG-U.
    const std::string model = write_region(dir, "  - code: AMB-BEG-M\n", "  - code: \u0410MB-BEG-U\n");
    const auto result = test::run_tariff({"validate", model});
    CHECK(result.exit_code == 1);
    CHECK_THAT(result.err, Contains("error: the code `\u0410MB-BEG-U` looks the same as `AMB-BEG-U` at " + model));
    CHECK_THAT(result.err, Contains("(character 1, U+0410 here and U+0041 there)"));
}

TEST_CASE("a direction mark or an invisible character in a product code is a located error", "[ambiguity][validation]") {
    const test::TempDir dir;
    for (const auto& [mark, why] : {std::pair{"\u202e", "holds the direction mark U+202E at character 4"},
                                    std::pair{"\u200b", "holds the invisible character U+200B at character 4"}}) {
        const std::string model = write_region(dir, "  - code: AMB-BEG-U\n", std::string("  - code: AMB") + mark + "-BEG-U\n");
        const auto result = test::run_tariff({"validate", model});
        CHECK(result.exit_code == 1);
        CHECK_THAT(result.err, Contains(": error: a product `code` " + std::string(why)));
    }
}

TEST_CASE("`--set` takes a value with its unit as the model file does, and refuses another unit",
          "[ambiguity][set]") {
    const std::string model = test::source_dir() + "/models/examples/region.yaml";
    const auto plain = test::run_tariff({"price", model, "--set", "jeugdzorgwerker.monthly_salary=3900.00"});
    const auto with_unit = test::run_tariff({"price", model, "--set", "jeugdzorgwerker.monthly_salary=3900.00 EUR/month"});
    REQUIRE(plain.exit_code == 0);
    CHECK(with_unit.exit_code == 0);
    CHECK(with_unit.out == plain.out);
    const auto other = test::run_tariff({"price", model, "--set", "jeugdzorgwerker.monthly_salary=3900 EUR/hour"});
    CHECK(other.exit_code == 1);
    CHECK(other.out.empty());
    CHECK(other.err == "--set jeugdzorgwerker.monthly_salary=3900 EUR/hour: error: `jeugdzorgwerker.monthly_salary` is "
                       "3900 EUR/hour, but it is measured in EUR/month\n1 problem\n");
}

TEST_CASE("validate refuses an allocation metric that no municipality gives, as allocate does", "[ambiguity][allocation]") {
    const test::TempDir dir;
    const std::string model = write_region(dir, "  metric: young_people\n", "  metric: young_peple\n");
    const auto result = test::run_tariff({"validate", model});
    CHECK(result.exit_code == 1);
    CHECK_THAT(result.err, Contains(model + ":721:11: error: `metric` names `young_peple`, which no municipality gives "
                                            "(did you mean `young_people`?)"));
}

TEST_CASE("a model path that is a loop of symbolic links is said to be one, not a file that does not exist",
          "[ambiguity][cli]") {
    const test::TempDir dir;
    std::filesystem::create_symlink("b.yaml", dir.path + "/a.yaml");
    std::filesystem::create_symlink("a.yaml", dir.path + "/b.yaml");
    const auto direct = test::run_tariff({"validate", dir.path + "/a.yaml"});
    CHECK(direct.exit_code == 2);
    CHECK_THAT(direct.err, Contains("File is a loop of symbolic links, each naming the next"));
    std::ofstream(dir.path + "/child.yaml") << "extends: a.yaml\n";
    const auto extended = test::run_tariff({"validate", dir.path + "/child.yaml"});
    CHECK(extended.exit_code == 1);
    CHECK(extended.err == dir.path + "/child.yaml:1:10: error: the extended model `a.yaml`: cannot read the file: it is "
                                     "a loop of symbolic links, each naming the next\n1 problem\n");
}
