// The fingerprint on every output: the same inputs give the same fingerprint
// and the same bytes; it changes when, and only when, an input file, an
// override or the program changes.
#include "tariffs/model/fingerprint.hpp"
#include "tariffs/model/model_loader.hpp"

#include "cli_runner.hpp"

#include "skip.hpp"

#include <catch2/catch.hpp>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>

using Catch::Matchers::Contains;
using Catch::Matchers::StartsWith;

namespace {

const std::string worked_example = "models/examples/worked-example.yaml";

// The fingerprint `tariff fingerprint` prints for these arguments.
std::string fingerprint(std::vector<std::string> arguments) {
    arguments.insert(arguments.begin(), "fingerprint");
    const auto result = test::run_tariff(arguments);
    REQUIRE(result.exit_code == 0);
    REQUIRE_THAT(result.out, StartsWith("fingerprint "));
    return result.out.substr(12, 64);
}

void write(const std::string& path, const std::string& text) { std::ofstream(path, std::ios::binary) << text; }

}  // namespace

TEST_CASE("SHA-256 is the standard one", "[fingerprint]") {
    CHECK(tariffs::sha256_hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    CHECK(tariffs::sha256_hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
}

TEST_CASE("the same inputs give the same fingerprint and byte-identical outputs", "[fingerprint]") {
    for (const auto& format : {"table", "json", "csv", "markdown"}) {
        const auto first = test::run_tariff({"price", "models/examples/region.yaml", "--format", format});
        const auto second = test::run_tariff({"price", "models/examples/region.yaml", "--format", format});
        CHECK(first.out == second.out);
        CHECK_THAT(first.out, Contains(fingerprint({"models/examples/region.yaml"})));
    }
}

TEST_CASE("the fingerprint follows a file's content, not its place", "[fingerprint]") {
    const test::TempDir dir;
    const std::string text = test::read_text(test::source_dir() + "/" + worked_example);
    write(dir.path + "/copy.yaml", text);
    CHECK(fingerprint({dir.path + "/copy.yaml"}) == fingerprint({worked_example}));
    // Any change of the file changes it, even one that changes no figure.
    write(dir.path + "/commented.yaml", text + "# a note\n");
    CHECK(fingerprint({dir.path + "/commented.yaml"}) != fingerprint({worked_example}));
}

TEST_CASE("an override, a scenario and a file that the model extends are each part of the fingerprint",
          "[fingerprint]") {
    const std::string plain = fingerprint({"models/examples/region.yaml"});
    const std::string set = fingerprint({"models/examples/region.yaml", "--set", "overhead_surcharge=22%"});
    CHECK(set != plain);
    CHECK(fingerprint({"models/examples/region.yaml", "--set", "overhead_surcharge=21%"}) != set);
    CHECK(fingerprint({"models/examples/region.yaml", "--scenario", "lean-overhead"}) != plain);
    const auto listed = test::run_tariff({"fingerprint", "models/examples/region-cao.yaml", "--format", "json"});
    CHECK_THAT(listed.out, Contains("\"role\": \"extends\""));
    CHECK_THAT(listed.out, Contains("\"path\": \"models/examples/region.yaml\""));
    CHECK_THAT(listed.out, Contains("\"role\": \"series\""));
}

TEST_CASE("the program's version is part of the fingerprint", "[fingerprint]") {
    const tariffs::Model model = tariffs::load_model(test::source_dir() + "/" + worked_example);
    CHECK(tariffs::fingerprint_of(model).sha256 == tariffs::fingerprint_of(model, {}, tariffs::program_version()).sha256);
    CHECK(tariffs::fingerprint_of(model, {}, "tariff 99.0.0").sha256 != tariffs::fingerprint_of(model).sha256);
}

TEST_CASE("a check's fingerprint includes the file it checks", "[fingerprint]") {
    const test::TempDir dir;
    const std::string bids = test::read_text(test::source_dir() + "/models/examples/region-bids.csv");
    write(dir.path + "/bids.csv", bids);
    const auto first = test::run_tariff({"check-bids", "models/examples/region.yaml", dir.path + "/bids.csv"});
    write(dir.path + "/bids.csv", bids + "\n");
    const auto second = test::run_tariff({"check-bids", "models/examples/region.yaml", dir.path + "/bids.csv"});
    const auto last_line = [](const std::string& out) { return out.substr(out.rfind("fingerprint ")); };
    CHECK(last_line(first.out) != last_line(second.out));
    CHECK_THAT(first.out, !Contains(fingerprint({"models/examples/region.yaml"})));
}

TEST_CASE("every format carries the fingerprint where its readers look", "[fingerprint]") {
    const std::string expected = fingerprint({worked_example});
    const auto table = test::run_tariff({"budget", worked_example});
    CHECK_THAT(table.out, Contains("\nfingerprint " + expected + " (" + tariffs::program_version() + ")\n"));
    CHECK(table.out.substr(table.out.size() - 90).find(expected) != std::string::npos);  // the last line
    const auto csv = test::run_tariff({"index", worked_example, "--format", "csv"});
    CHECK_THAT(csv.out, StartsWith("# fingerprint " + expected));
    const auto json = test::run_tariff({"allocate", worked_example, "--key", "usage", "--format", "json"});
    CHECK_THAT(json.out, StartsWith("{\n  \"fingerprint\": \"" + expected + "\""));
    const auto markdown = test::run_tariff({"price", worked_example, "--format", "markdown"});
    CHECK_THAT(markdown.out, Contains("\n\nfingerprint " + expected));
    const auto html = test::run_tariff({"price", worked_example, "--format", "html"});
    CHECK_THAT(html.out, Contains("<code>fingerprint " + expected));
    const test::TempDir dir;
    const std::string book = dir.path + "/sheet.xlsx";
    REQUIRE(test::run_tariff({"price", worked_example, "--format", "xlsx", "--output", book}).exit_code == 0);
    if (std::system("command -v unzip >/dev/null 2>&1") != 0) {
        TARIFF_SKIP("unzip is not installed: the workbook's properties are not read back");
    }
    const std::string properties = dir.path + "/core.xml";
    REQUIRE(std::system(("unzip -p '" + book + "' docProps/core.xml > '" + properties + "'").c_str()) == 0);
    CHECK_THAT(test::read_text(properties), Contains("fingerprint " + expected));
}
