// The CLI's output for the example models, compared byte for byte with the
// files in tests/golden/, the program's version written `tariff {version}` so a
// new version changes no golden file. After a deliberate change of output,
// regenerate them with `TARIFF_UPDATE_GOLDEN=1 build/tests/cli_tests "[golden]"`
// and review the diff.
#include "cli_runner.hpp"

#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>
#include <set>
#include <fstream>

namespace {

struct GoldenCase {
    const char* file;
    std::vector<std::string> arguments;
    int exit_code = 0;  // 3 for checks with findings
};

const std::vector<GoldenCase> golden_cases{
    {"price-worked-example.txt", {"price", "models/examples/worked-example.yaml"}},
    {"price-worked-example.json", {"price", "models/examples/worked-example.yaml", "--format", "json"}},
    {"price-worked-example.csv", {"price", "models/examples/worked-example.yaml", "--format", "csv"}},
    {"price-worked-example.md", {"price", "models/examples/worked-example.yaml", "--format", "markdown"}},
    {"explain-worked-example-VBL.txt", {"explain", "models/examples/worked-example.yaml", "VBL"}},
    {"explain-worked-example-AMB-M.txt", {"explain", "models/examples/worked-example.yaml", "AMB-M"}},
    {"explain-worked-example-DAG.json", {"explain", "models/examples/worked-example.yaml", "DAG", "--format", "json"}},
    // Cases from practice: products that bring their own inputs and rules.
    {"price-practice-municipal-table.txt", {"price", "models/examples/practice/municipal-table.yaml"}},
    {"price-practice-municipal-table.csv",
     {"price", "models/examples/practice/municipal-table.yaml", "--format", "csv"}},
    {"price-practice-esf-hourly-rate.json",
     {"price", "models/examples/practice/esf-hourly-rate.yaml", "--format", "json"}},
    {"price-practice-esf-hourly-rate.md",
     {"price", "models/examples/practice/esf-hourly-rate.yaml", "--format", "markdown"}},
    {"explain-practice-municipal-table-BGL-M.txt",
     {"explain", "models/examples/practice/municipal-table.yaml", "BGL-M"}},
    {"explain-practice-esf-hourly-rate-TRJ-U.txt",
     {"explain", "models/examples/practice/esf-hourly-rate.yaml", "TRJ-U"}},
    {"explain-practice-esf-hourly-rate-GDW-U.json",
     {"explain", "models/examples/practice/esf-hourly-rate.yaml", "GDW-U", "--format", "json"}},
    {"price-region.txt", {"price", "models/examples/region.yaml"}},
    {"price-region.json", {"price", "models/examples/region.yaml", "--format", "json"}},
    {"validate-region.txt", {"validate", "models/examples/region.yaml"}},
    {"explain-worked-example-VBL-2027.txt", {"explain", "models/examples/worked-example.yaml", "VBL", "--year", "2027"}},
    {"explain-worked-example-TRJ.txt", {"explain", "models/examples/worked-example.yaml", "TRJ"}},
    {"index-practice-split-indexation.txt", {"index", "models/examples/practice/split-indexation.yaml"}},
    {"explain-worked-example-TRJ-2026.json",
     {"explain", "models/examples/worked-example.yaml", "TRJ", "--year", "2026", "--format", "json"}},
    {"index-worked-example.txt", {"index", "models/examples/worked-example.yaml"}},
    {"index-worked-example.json", {"index", "models/examples/worked-example.yaml", "--format", "json"}},
    {"budget-worked-example.txt", {"budget", "models/examples/worked-example.yaml"}},
    {"budget-worked-example.json", {"budget", "models/examples/worked-example.yaml", "--format", "json"}},
    {"budget-worked-example.csv", {"budget", "models/examples/worked-example.yaml", "--format", "csv"}},
    {"allocate-worked-example-moving-average.txt",
     {"allocate", "models/examples/worked-example.yaml", "--key", "moving_average", "--year", "2026"}},
    {"allocate-worked-example-insurance.txt",
     {"allocate", "models/examples/worked-example.yaml", "--key", "insurance", "--year", "2026"}},
    {"allocate-worked-example-insurance.json",
     {"allocate", "models/examples/worked-example.yaml", "--key", "insurance", "--year", "2026", "--format", "json"}},
    {"index-region.txt", {"index", "models/examples/region.yaml"}},
    {"nl-price-worked-example.txt", {"price", "models/examples/worked-example.yaml", "--locale", "nl"}},
    {"nl-price-worked-example.csv",
     {"price", "models/examples/worked-example.yaml", "--locale", "nl", "--format", "csv"}},
    {"nl-price-region.md", {"price", "models/examples/region.yaml", "--locale", "nl", "--format", "markdown"}},
    {"nl-allocate-worked-example-insurance.txt",
     {"allocate", "models/examples/worked-example.yaml", "--key", "insurance", "--locale", "nl"}},
    {"nl-budget-worked-example.csv",
     {"budget", "models/examples/worked-example.yaml", "--locale", "nl", "--format", "csv"}},
    {"nl-budget-worked-example.txt", {"budget", "models/examples/worked-example.yaml", "--locale", "nl"}},
    {"nl-budget-worked-example.md",
     {"budget", "models/examples/worked-example.yaml", "--locale", "nl", "--format", "markdown"}},
    {"nl-explain-worked-example-AMB-M-2026.txt",
     {"explain", "models/examples/worked-example.yaml", "AMB-M", "--year", "2026", "--locale", "nl"}},
    {"nl-scenarios-region.md", {"scenarios", "models/examples/region.yaml", "--locale", "nl", "--format", "markdown"}},
    {"nl-sensitivity-worked-example-AMB-U.txt",
     {"sensitivity", "models/examples/worked-example.yaml", "AMB-U", "--locale", "nl"}},
    {"nl-compare-region-cao.txt",
     {"compare", "models/examples/region.yaml", "models/examples/region-cao.yaml", "--locale", "nl"}},
    {"nl-index-region.md", {"index", "models/examples/region.yaml", "--locale", "nl", "--format", "markdown"}},
    {"nl-allocate-region-all.txt", {"allocate", "models/examples/region.yaml", "--key", "all", "--locale", "nl"}},
    {"nl-parameters.txt", {"parameters", "--locale", "nl"}},
    {"nl-check-bids-region.txt",
     {"check-bids", "models/examples/region.yaml", "models/examples/region-bids.csv", "--locale", "nl"}, 3},
    {"nl-check-bids-region.csv",
     {"check-bids", "models/examples/region.yaml", "models/examples/region-bids.csv", "--locale", "nl", "--format",
      "csv"}, 3},
    {"nl-check-index-region.txt",
     {"check-index", "models/examples/region.yaml", "models/examples/region-provider-tariffs.csv", "--locale", "nl"},
     3},
    {"nl-check-buildup-region.md",
     {"check-buildup", "models/examples/region.yaml", "models/examples/region-buildup.yaml", "--locale", "nl",
      "--format", "markdown"}, 3},
    {"nl-check-buildup-region.txt",
     {"check-buildup", "models/examples/region.yaml", "models/examples/region-buildup.yaml", "--locale", "nl"}, 3},
    {"nl-solve-worked-example-VBL.txt",
     {"solve", "models/examples/worked-example.yaml", "VBL", "--target", "300.00", "--vary", "VBL.occupancy",
      "--locale", "nl"}},
    {"check-bids-region.txt", {"check-bids", "models/examples/region.yaml", "models/examples/region-bids.csv"}, 3},
    {"check-bids-region.json",
     {"check-bids", "models/examples/region.yaml", "models/examples/region-bids.csv", "--format", "json"}, 3},
    {"check-index-region.txt",
     {"check-index", "models/examples/region.yaml", "models/examples/region-provider-tariffs.csv"}, 3},
    {"check-buildup-region.txt",
     {"check-buildup", "models/examples/region.yaml", "models/examples/region-buildup.yaml"}, 3},
    {"budget-region.txt", {"budget", "models/examples/region.yaml"}},
    {"allocate-region-insurance.txt", {"allocate", "models/examples/region.yaml", "--key", "insurance"}},
    {"scenarios-region.txt", {"scenarios", "models/examples/region.yaml"}},
    {"scenarios-region-2027.json", {"scenarios", "models/examples/region.yaml", "--year", "2027", "--format", "json"}},
    {"compare-region-cao.txt", {"compare", "models/examples/region.yaml", "models/examples/region-cao.yaml"}},
    {"compare-worked-example-2027.json",
     {"compare", "models/examples/worked-example.yaml", "--set", "overhead_surcharge=22%", "--set",
      "jeugdzorgwerker.monthly_salary=3759.50", "--year", "2027", "--format", "json"}},
    {"price-region-cao.txt", {"price", "models/examples/region-cao.yaml"}},
    {"allocate-region-all.md",
     {"allocate", "models/examples/region.yaml", "--key", "all", "--from", "2025", "--to", "2032", "--format",
      "markdown"}},
    {"sensitivity-worked-example.txt", {"sensitivity", "models/examples/worked-example.yaml"}},
    {"sensitivity-worked-example-AMB-U.json",
     {"sensitivity", "models/examples/worked-example.yaml", "AMB-U", "--points", "0.5", "--format", "json"}},
    {"price-worked-example-set.txt",
     {"price", "models/examples/worked-example.yaml", "--set", "overhead_surcharge=22%", "--set",
      "VBL.occupancy=95%"}},
    {"allocate-worked-example-usage.md",
     {"allocate", "models/examples/worked-example.yaml", "--key", "usage", "--year", "2026", "--format", "markdown"}},
};

// `text` with the program's version as the golden files write it.
std::string versionless(std::string text) {
    const std::string version = std::string("tariff ") + TARIFF_VERSION;
    for (std::size_t at = text.find(version); at != std::string::npos; at = text.find(version, at))
        text.replace(at, version.size(), "tariff {version}");
    return text;
}

bool updating() {
    const char* update = std::getenv("TARIFF_UPDATE_GOLDEN");
    return update && std::string(update) == "1";
}

}  // namespace

TEST_CASE("CLI output of the example models matches the golden files byte for byte", "[golden][cli]") {
    for (const auto& golden : golden_cases) {
        const std::string path = test::source_dir() + "/tests/golden/" + golden.file;
        DYNAMIC_SECTION(golden.file) {
            const test::CommandResult result = test::run_tariff(golden.arguments);
            REQUIRE(result.exit_code == golden.exit_code);
            CHECK(result.err.empty());
            REQUIRE(!result.out.empty());
            const std::string out = versionless(result.out);
            if (updating()) std::ofstream(path, std::ios::binary) << out;
            CHECK(out == test::read_text(path));
        }
    }
}

TEST_CASE("the same model gives the same output every time", "[golden][cli]") {
    const std::vector<std::string> arguments{"price", "models/examples/region.yaml", "--format", "json"};
    const test::CommandResult first = test::run_tariff(arguments), second = test::run_tariff(arguments);
    REQUIRE(first.exit_code == 0);
    REQUIRE(second.exit_code == 0);
    REQUIRE(!first.out.empty());
    CHECK(first.out == second.out);
}

TEST_CASE("every golden file is some case's, and every case has its golden file", "[golden]") {
    std::set<std::string> files, cases;
    for (const auto& entry : std::filesystem::directory_iterator(test::source_dir() + "/tests/golden"))
        files.insert(entry.path().filename().string());
    for (const auto& golden : golden_cases) cases.insert(golden.file);
    CHECK(cases.size() == golden_cases.size());  // no file named twice
    CHECK(files == cases);
}

TEST_CASE("a golden file holds the version as a placeholder, never the version itself", "[golden]") {
    CHECK(versionless("tariff " TARIFF_VERSION ")\n") == "tariff {version})\n");
    for (const auto& golden : golden_cases) {
        INFO(golden.file);
        const std::string text = test::read_text(test::source_dir() + "/tests/golden/" + golden.file);
        CHECK(text.find("tariff " TARIFF_VERSION) == std::string::npos);
    }
}
