// The `tariff` command on broken models and wrong usage: exit code 1 with
// every problem as `file:line:column: error:` on standard error and nothing
// written; exit code 2 for wrong usage; exit code 0 for a model that is fine.
#include "cli_runner.hpp"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

using Catch::Matchers::Contains;

namespace {

using test::TempDir;

struct BrokenModel {
    std::string path;      // relative to the source directory, as a user types it
    std::string position;  // line:column of the first problem reported
};

std::ostream& operator<<(std::ostream& out, const BrokenModel& model) { return out << model.path; }

BrokenModel broken(const std::string& file, const std::string& position) {
    return {"tests/models/broken/" + file, position};
}

// Every broken model whose first problem is located where it is written.
const std::vector<BrokenModel> broken_models{
    broken("misspelt-key.yaml", "28:5"),
    broken("misspelt-top-level-key.yaml", "30:1"),
    broken("mix-sums-to-0.99.yaml", "27:16"),
    broken("unknown-role-in-mix.yaml", "27:39"),
    broken("zero-share.yaml", "27:59"),
    broken("text-for-number.yaml", "17:44"),
    broken("negative-occupancy.yaml", "31:16"),
    broken("duplicate-code.yaml", "30:11"),
    broken("unit-not-for-kind.yaml", "25:11"),
    broken("bad-formula-syntax.yaml", "17:34"),
    broken("unknown-name.yaml", "35:63"),
    broken("rule-cycle.yaml", "19:17"),
    broken("division-by-zero.yaml", "17:34"),
    broken("missing-parameter.yaml", "22:5"),
    broken("three-defects.yaml", "18:44"),
    broken("three-evaluation-defects.yaml", "31:40"),
    broken("empty.yaml", "1:1"),
    broken("invalid-yaml.yaml", "28:22"),
    broken("two-documents.yaml", "29:1"),
    broken("alias-bomb.yaml", "5:7"),
    broken("deep-nesting.yaml", "4:20011"),
    broken("duplicate-top-level-key.yaml", "106:1"),
};

const std::string worked_example = "models/examples/worked-example.yaml";

// `price` to a file in `dir`, as JSON.
test::CommandResult price_into(const std::string& model, const TempDir& dir) {
    return test::run_tariff({"price", model, "--output", dir.path + "/out.json", "--format", "json"});
}

// A model that is the worked example with `rules:` holding `rule: formula`.
std::string write_model_with_rule(const TempDir& dir, const std::string& rule, const std::string& formula) {
    const std::string path = dir.path + "/model.yaml";
    std::ofstream(path) << test::read_text(test::source_dir() + "/" + worked_example) << "\nrules:\n  " << rule
                        << ": " << formula << "\n";
    return path;
}

}  // namespace

// ---- broken models -------------------------------------------------------------

TEST_CASE("price refuses a broken model with exit code 1, a located error and nothing written", "[cli]") {
    const BrokenModel model = GENERATE(from_range(broken_models));
    CAPTURE(model);
    TempDir dir;
    const auto result = price_into(model.path, dir);
    CHECK(result.exit_code == 1);
    CHECK_THAT(result.err, Contains(model.path + ":" + model.position + ": error:"));
    CHECK(result.out.empty());
    CHECK_FALSE(std::filesystem::exists(dir.path + "/out.json"));
    CHECK(std::filesystem::is_empty(dir.path));  // no temporary file left behind either
}

TEST_CASE("validate refuses a broken model with exit code 1 and a located error", "[cli]") {
    const BrokenModel model = GENERATE(from_range(broken_models));
    CAPTURE(model);
    const auto result = test::run_tariff({"validate", model.path});
    CHECK(result.exit_code == 1);
    CHECK_THAT(result.err, Contains(model.path + ":" + model.position + ": error:"));
    CHECK(result.out.empty());
}

TEST_CASE("the command counts the problems it lists", "[cli]") {
    const auto result = test::run_tariff({"validate", "tests/models/broken/three-defects.yaml"});
    CHECK(result.exit_code == 1);
    CHECK_THAT(result.err, Contains("three-defects.yaml:18:44: error:") &&
                               Contains("three-defects.yaml:28:16: error:") &&
                               Contains("three-defects.yaml:40:16: error:") && Contains("3 problems"));
}

// A formula written over several lines (a `>-` block scalar) is located on its own line.
TEST_CASE("price locates an unknown name in a formula written over several lines", "[cli]") {
    TempDir dir;
    const std::string model = "tests/models/broken/unknown-name-in-block-formula.yaml";
    const auto result = price_into(model, dir);
    CHECK(result.exit_code == 1);
    CHECK_THAT(result.err, Contains(model + ":20:5: error: unknown name `overhed_surcharge`"));
    CHECK(std::filesystem::is_empty(dir.path));
}

// The parser bounds how deep a formula nests, so deep parentheses are an error, not a stack overflow.
TEST_CASE("a formula nested 100000 parentheses deep is refused, not a crash", "[cli]") {
    TempDir dir;
    const std::string model =
        write_model_with_rule(dir, "padding", std::string(100000, '(') + "1" + std::string(100000, ')'));
    const auto result = test::run_tariff({"validate", model});
    CHECK(result.exit_code == 1);
    CHECK_THAT(result.err, Contains(model + ":"));
}

// A long flat sum parses into a deep tree; the parser bounds its height before checking or evaluating recurse.
TEST_CASE("a rule of 100000 terms is priced or refused, not a crash", "[cli]") {
    TempDir dir;
    std::string terms = "1";
    for (int i = 1; i < 100000; ++i) terms += "+1";
    const std::string model = write_model_with_rule(dir, "risk", "cost_price * risk_surcharge + 0 * (" + terms + ")");
    const auto result = test::run_tariff({"validate", model});
    CHECK((result.exit_code == 0 || result.exit_code == 1));
}

// ---- a model that is fine --------------------------------------------------------

TEST_CASE("validate accepts the worked example with exit code 0", "[cli]") {
    const auto result = test::run_tariff({"validate", worked_example});
    CHECK(result.exit_code == 0);
    CHECK_THAT(result.out, Contains("no problems"));
    CHECK(result.err.empty());
}

TEST_CASE("price writes the worked example to --output and nothing else", "[cli]") {
    TempDir dir;
    const auto result = price_into(worked_example, dir);
    CHECK(result.exit_code == 0);
    CHECK(result.out.empty());
    REQUIRE(std::filesystem::exists(dir.path + "/out.json"));
    CHECK_THAT(test::read_text(dir.path + "/out.json"), Contains("AMB-U"));
    CHECK(std::distance(std::filesystem::directory_iterator(dir.path), std::filesystem::directory_iterator()) == 1);
}

// ---- wrong usage ---------------------------------------------------------------

TEST_CASE("an unknown subcommand is wrong usage: exit code 2", "[cli]") {
    const auto result = test::run_tariff({"frobnicate", worked_example});
    CHECK(result.exit_code == 2);
    CHECK_FALSE(result.err.empty());
}

TEST_CASE("no subcommand at all is wrong usage: exit code 2", "[cli]") {
    const auto result = test::run_tariff({});
    CHECK(result.exit_code == 2);
    CHECK_FALSE(result.err.empty());
}

TEST_CASE("price without a MODEL is wrong usage: exit code 2", "[cli]") {
    const auto result = test::run_tariff({"price"});
    CHECK(result.exit_code == 2);
    CHECK_THAT(result.err, Contains("MODEL"));
}

TEST_CASE("a model path that does not exist is wrong usage: exit code 2, naming the path", "[cli]") {
    const auto result = test::run_tariff({"price", "models/examples/no-such-model.yaml"});
    CHECK(result.exit_code == 2);
    CHECK_THAT(result.err, Contains("no-such-model.yaml"));
    CHECK(result.out.empty());
}

TEST_CASE("an unknown --format is wrong usage: exit code 2, naming the formats", "[cli]") {
    TempDir dir;
    const auto result =
        test::run_tariff({"price", worked_example, "--format", "xml", "--output", dir.path + "/out.xml"});
    CHECK(result.exit_code == 2);
    CHECK_THAT(result.err, Contains("xml") && Contains("json"));
    CHECK(std::filesystem::is_empty(dir.path));
}

TEST_CASE("the extension of --output chooses the format when --format is not given", "[cli]") {
    TempDir dir;
    REQUIRE(test::run_tariff({"price", worked_example, "--output", dir.path + "/sheet.xlsx"}).exit_code == 0);
    CHECK(test::read_text(dir.path + "/sheet.xlsx").rfind("PK", 0) == 0);  // a zip: a real workbook
    REQUIRE(test::run_tariff({"price", worked_example, "-o", dir.path + "/sheet.JSON"}).exit_code == 0);
    CHECK(test::read_text(dir.path + "/sheet.JSON").rfind("{", 0) == 0);
    REQUIRE(test::run_tariff({"price", worked_example, "-o", dir.path + "/sheet.md"}).exit_code == 0);
    CHECK_THAT(test::read_text(dir.path + "/sheet.md"), Contains("AMB-U") && Contains("|---"));
    REQUIRE(test::run_tariff({"explain", worked_example, "VBL", "-o", dir.path + "/vbl.txt"}).exit_code == 0);
    CHECK_THAT(test::read_text(dir.path + "/vbl.txt"), Contains("VBL"));
    // An extension that names no format keeps the command's default.
    REQUIRE(test::run_tariff({"price", worked_example, "-o", dir.path + "/sheet.out"}).exit_code == 0);
    CHECK(test::read_text(dir.path + "/sheet.out") == test::run_tariff({"price", worked_example}).out);
}

TEST_CASE("a --format the --output extension contradicts is wrong usage, and nothing is written", "[cli]") {
    TempDir dir;
    const auto mismatch = test::run_tariff({"price", worked_example, "--format", "csv", "-o", dir.path + "/x.xlsx"});
    CHECK(mismatch.exit_code == 2);
    CHECK_THAT(mismatch.err, Contains("--format csv does not match --output"));
    const auto unsupported = test::run_tariff({"explain", worked_example, "VBL", "-o", dir.path + "/x.xlsx"});
    CHECK(unsupported.exit_code == 2);
    CHECK_THAT(unsupported.err, Contains("explain writes text, json, not xlsx"));
    CHECK(std::filesystem::is_empty(dir.path));
}

TEST_CASE("explain with an unknown product code is wrong usage: exit code 2, naming the known codes", "[cli]") {
    const auto result = test::run_tariff({"explain", worked_example, "NOPE"});
    CHECK(result.exit_code == 2);
    CHECK_THAT(result.err, Contains("`NOPE`") && Contains("AMB-U") && Contains("AMB-M") && Contains("DAG") &&
                               Contains("VBL"));
    CHECK(result.out.empty());
}

TEST_CASE("--help exits 0 and names the subcommands", "[cli]") {
    const auto result = test::run_tariff({"--help"});
    CHECK(result.exit_code == 0);
    CHECK_THAT(result.out, Contains("price") && Contains("explain") && Contains("validate"));
}

TEST_CASE("an argument with a terminal escape sequence is echoed escaped", "[cli]") {
    const auto unknown_option = test::run_tariff({"price", "models/examples/region.yaml", "--\x1b[2Jwipe"});
    CHECK(unknown_option.exit_code == 2);
    CHECK(unknown_option.err.find('\x1b') == std::string::npos);
    CHECK_THAT(unknown_option.err, Contains("\\x1B[2Jwipe"));

    const auto missing_file = test::run_tariff({"validate", "no-such-\x1b]0;title\x07.yaml"});
    CHECK(missing_file.exit_code != 0);
    CHECK(missing_file.err.find('\x1b') == std::string::npos);
    CHECK(missing_file.err.find('\x07') == std::string::npos);
    CHECK_THAT(missing_file.err, Contains("no-such-\\x1B]0;title\\x07.yaml"));

    const auto unknown_code = test::run_tariff({"explain", "models/examples/region.yaml", "AMB\x1b[1m"});
    CHECK(unknown_code.exit_code != 0);
    CHECK(unknown_code.err.find('\x1b') == std::string::npos);
}

TEST_CASE("an --output that names the command's own input is refused and the input is kept", "[cli]") {
    TempDir dir;
    const std::string model = dir.path + "/model.yaml";
    std::filesystem::copy_file(test::source_dir() + "/models/examples/region.yaml", model);
    const std::string before = test::read_text(model);
    const auto result = test::run_tariff({"price", model, "--output", model});
    CHECK(result.exit_code == 2);
    CHECK_THAT(result.err, Contains("is the input file"));
    CHECK(test::read_text(model) == before);
    const auto through_another_path = test::run_tariff({"price", model, "--output", dir.path + "/../" +
                                                        std::filesystem::path(dir.path).filename().string() + "/model.yaml"});
    CHECK(through_another_path.exit_code == 2);
    CHECK(test::read_text(model) == before);
}

TEST_CASE("a --budget that names nothing lists the providers and lots it could name", "[cli]") {
    const auto typo = test::run_tariff(
        {"allocate", "models/examples/region.yaml", "--key", "objective", "--budget", "Verblijv"});
    CHECK(typo.exit_code == 2);
    CHECK(typo.out.empty());
    CHECK_THAT(typo.err, Contains("(did you mean `Verblijf`?)"));
    CHECK_THAT(typo.err, Contains("the providers are `Stichting Dijkzicht Jeugdzorg`, `Gezinshuizen De Wierde`, "
                                  "`Noorderkim Jeugdhulp`; the lots are `Verblijf`"));
    const auto long_name = test::run_tariff(
        {"allocate", "models/examples/region.yaml", "--key", "objective", "--budget", std::string(500, 'x')});
    CHECK(long_name.exit_code == 2);
    CHECK(long_name.err.size() < 400);
}
