// Broken models (tests/models/broken/) are refused with every problem located
// at the file:line:column where it is written, and a message that names it.
//
// Each model has one defect (or, where said, three). The expected positions
// were counted by hand from the files; keep them in step when a file changes.
#include "cli_runner.hpp"
#include "engine/diagnostic.hpp"
#include "tariffs/pricing/cost_model.hpp"
#include "tariffs/model/model_loader.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using Catch::Matchers::Contains;
using Catch::Matchers::StartsWith;

namespace {

std::string broken(const std::string& file) { return test::source_dir() + "/tests/models/broken/" + file; }

// `file:line:column` for a broken model, as SourcePos::to_string() writes it.
std::string at(const std::string& file, int line, int column) {
    return broken(file) + ":" + std::to_string(line) + ":" + std::to_string(column);
}

// The problems load_model reports for a broken model, sorted by position.
std::vector<engine::Diagnostic> load_problems(const std::string& file) {
    try {
        tariffs::load_model(broken(file));
    } catch (const engine::InputError& error) {
        return error.diagnostics().sorted();
    }
    FAIL(file << " loaded without problems");
    return {};
}

// The problems found when computing a model that loads: CostModel::check().
std::vector<engine::Diagnostic> evaluation_problems(const std::string& file) {
    const tariffs::Model model = tariffs::load_model(broken(file));
    tariffs::CostModel cost_model(model);
    return cost_model.check().sorted();
}

// The worked example with one line replaced, for defects that need no file.
std::string worked_example_with(const std::string& line, const std::string& replacement) {
    std::string text = test::read_text(test::source_dir() + "/models/examples/worked-example.yaml");
    const auto where = text.find(line);
    REQUIRE(where != std::string::npos);
    return text.replace(where, line.size(), replacement);
}

}  // namespace

// ---- keys --------------------------------------------------------------------

TEST_CASE("a top-level key written twice is refused at its second place, not silently dropped", "[validation]") {
    const auto problems = load_problems("duplicate-top-level-key.yaml");
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].pos.to_string() == at("duplicate-top-level-key.yaml", 106, 1));
    CHECK(problems[0].message.english() == "`parameters` appears twice in the same mapping; the first is on line 6");
}

TEST_CASE("a misspelt product key is refused and the key it resembles is named", "[validation]") {
    const auto problems = load_problems("misspelt-key.yaml");
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].pos.to_string() == at("misspelt-key.yaml", 28, 5));
    CHECK_THAT(problems[0].message.english(), Contains("unknown key `materal_per_hour`") &&
                                        Contains("product `AMB-U`") &&
                                        Contains("did you mean `material_per_hour`"));
}

TEST_CASE("a misspelt top-level key is refused and the key it resembles is named", "[validation]") {
    const auto problems = load_problems("misspelt-top-level-key.yaml");
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].pos.to_string() == at("misspelt-top-level-key.yaml", 30, 1));
    CHECK_THAT(problems[0].message.english(), Contains("unknown key `roundng`") && Contains("did you mean `rounding`"));
}

// ---- staff mix ---------------------------------------------------------------

TEST_CASE("a staff mix that adds up to 0.99 is refused and the sum is named", "[validation]") {
    const auto problems = load_problems("mix-sums-to-0.99.yaml");
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].pos.to_string() == at("mix-sums-to-0.99.yaml", 27, 16));
    CHECK_THAT(problems[0].message.english(), Contains("staff mix of `AMB-U`") && Contains("adds up to 0.99") &&
                                        Contains("not exactly 1"));
}

TEST_CASE("a staff mix naming an unknown staff level is refused at that name", "[validation]") {
    const auto problems = load_problems("unknown-role-in-mix.yaml");
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].pos.to_string() == at("unknown-role-in-mix.yaml", 27, 39));
    CHECK_THAT(problems[0].message.english(), Contains("unknown staff level `gedragswetenschaper`") &&
                                        Contains("did you mean `gedragswetenschapper`"));
}

TEST_CASE("a share of 0 in a staff mix is refused at the share", "[validation]") {
    const auto problems = load_problems("zero-share.yaml");
    REQUIRE(problems.size() == 1);  // and no second complaint about the sum
    CHECK(problems[0].pos.to_string() == at("zero-share.yaml", 27, 59));
    CHECK_THAT(problems[0].message.english(), Contains("must be above 0") && Contains("`gedragswetenschapper` has 0"));
}

// ---- values ------------------------------------------------------------------

TEST_CASE("text where a number belongs is refused at the text", "[validation]") {
    const auto problems = load_problems("text-for-number.yaml");
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].pos.to_string() == at("text-for-number.yaml", 17, 44));
    CHECK_THAT(problems[0].message.english(), Contains("`monthly_salary` must be a number") && Contains("`drieduizend`"));
}

TEST_CASE("a value outside its declared range is refused and the range is named", "[validation]") {
    const auto problems = load_problems("negative-occupancy.yaml");
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].pos.to_string() == at("negative-occupancy.yaml", 31, 16));
    CHECK_THAT(problems[0].message.english(), Contains("`occupancy` is -85%") && Contains("outside its range (0, 1]"));
}

// A whole number is used at the value that was range-checked, not re-read from its text.
TEST_CASE("a whole number is used at the value that was range-checked, even written as a percentage",
          "[validation]") {
    const std::string text = worked_example_with("year: 2025", "year: 202500%");
    try {
        const tariffs::Model model = tariffs::parse_model(text, "percent-year.yaml");
        CHECK(model.year == 2025);
    } catch (const engine::InputError& error) {
        CHECK_THAT(error.what(), Contains("percent-year.yaml:3:7") && Contains("`year`"));
    }
}

// ---- products ----------------------------------------------------------------

TEST_CASE("a product code used twice is refused at the second use, naming the first", "[validation]") {
    const auto problems = load_problems("duplicate-code.yaml");
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].pos.to_string() == at("duplicate-code.yaml", 30, 11));
    CHECK_THAT(problems[0].message.english(), Contains("duplicate product code `AMB-U`") &&
                                        Contains("first used at " + at("duplicate-code.yaml", 22, 11)));
}

TEST_CASE("a unit that the product's kind is not priced in is refused and the kind's units are named",
          "[validation]") {
    const auto problems = load_problems("unit-not-for-kind.yaml");
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].pos.to_string() == at("unit-not-for-kind.yaml", 25, 11));
    CHECK_THAT(problems[0].message.english(), Contains("kind group is priced per daypart") && Contains("not `hour`"));
}

// ---- formulas ----------------------------------------------------------------

TEST_CASE("a formula that stops halfway is refused where the value is missing", "[validation]") {
    const auto problems = load_problems("bad-formula-syntax.yaml");
    REQUIRE(problems.size() == 1);
    // Just past `cost_price * (1 +`, which starts at column 17.
    CHECK(problems[0].pos.to_string() == at("bad-formula-syntax.yaml", 17, 34));
    CHECK_THAT(problems[0].message.english(), Contains("the formula ends where a value was expected"));
}

TEST_CASE("an unknown name in a rule is reported where it is used, with the name it resembles",
          "[validation]") {
    REQUIRE_NOTHROW(tariffs::load_model(broken("unknown-name.yaml")));  // found only when computing
    const auto problems = evaluation_problems("unknown-name.yaml");
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].pos.to_string() == at("unknown-name.yaml", 35, 63));
    CHECK_THAT(problems[0].message.english(), Contains("unknown name `ocupancy`") && Contains("did you mean `occupancy`"));
}

// Each token of a folded or block formula is placed by following the source text.
TEST_CASE("an unknown name in a formula written over several lines is located on its own line",
          "[validation]") {
    const auto problems = evaluation_problems("unknown-name-in-block-formula.yaml");
    REQUIRE(problems.size() == 1);
    CHECK_THAT(problems[0].message.english(), Contains("unknown name `overhed_surcharge`"));
    CHECK(problems[0].pos.to_string() == at("unknown-name-in-block-formula.yaml", 20, 5));
}

TEST_CASE("a rule cycle is reported with its whole path, each rule with its position", "[validation]") {
    REQUIRE_NOTHROW(tariffs::load_model(broken("rule-cycle.yaml")));
    const auto problems = evaluation_problems("rule-cycle.yaml");
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].pos.to_string() == at("rule-cycle.yaml", 19, 17));
    CHECK(problems[0].message.english() == "rule cycle: coordination (" + at("rule-cycle.yaml", 19, 17) + ") → supervision (" +
                                     at("rule-cycle.yaml", 20, 17) + ") → intake (" +
                                     at("rule-cycle.yaml", 21, 17) + ") → coordination");
}

TEST_CASE("a division by zero is reported at the division, naming the rule and the zero operand",
          "[validation]") {
    REQUIRE_NOTHROW(tariffs::load_model(broken("division-by-zero.yaml")));
    const auto problems = evaluation_problems("division-by-zero.yaml");
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].pos.to_string() == at("division-by-zero.yaml", 17, 34));  // the `/`
    CHECK_THAT(problems[0].message.english(), Contains("division by zero") && Contains("rule `client_cost`") &&
                                        Contains("product AMB-U") && Contains("`direct_share - 0.7` is 0"));
}

TEST_CASE("a missing parameter is reported at the product that lacks it, naming the rule that needs it",
          "[validation]") {
    REQUIRE_NOTHROW(tariffs::load_model(broken("missing-parameter.yaml")));
    const auto problems = evaluation_problems("missing-parameter.yaml");
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].pos.to_string() == at("missing-parameter.yaml", 22, 5));
    CHECK_THAT(problems[0].message.english(), Contains("missing parameter `fte_per_place`") && Contains("product VBL") &&
                                        Contains("rule `staff_cost` needs it") &&
                                        Contains("(models/standard.yaml:"));
}

TEST_CASE("a parameter of the whole model that every product needs is one error at the model, not one per product",
          "[validation]") {
    const std::string text = worked_example_with("  risk_surcharge:     2%\n", "");
    const tariffs::Model model = tariffs::parse_model(text, "m.yaml");
    tariffs::CostModel cost_model(model);
    const auto problems = cost_model.check().sorted();
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].pos.to_string() == "m.yaml:1:1");
    CHECK(problems[0].message.english() ==
          "missing parameter `risk_surcharge` for the model: rule `risk` needs it for products AMB-U, AMB-M, DAG "
          "and VBL (models/standard.yaml:64:33); give it once under `parameters:`, or for each of those products");
}

TEST_CASE("a salary missing at one staff level stays one error at that staff level", "[validation]") {
    const std::string text =
        worked_example_with("gedragswetenschapper:   {monthly_salary: 5480.00}", "gedragswetenschapper:   {}");
    const tariffs::Model model = tariffs::parse_model(text, "m.yaml");
    tariffs::CostModel cost_model(model);
    const auto problems = cost_model.check().sorted();
    REQUIRE(problems.size() == 1);
    CHECK_THAT(problems[0].message.english(), Contains("for staff level gedragswetenschapper"));
}

// ---- all at once -------------------------------------------------------------

TEST_CASE("all problems found while reading are reported at once, each located", "[validation]") {
    const auto problems = load_problems("three-defects.yaml");
    REQUIRE(problems.size() == 3);
    CHECK(problems[0].pos.to_string() == at("three-defects.yaml", 18, 44));
    CHECK_THAT(problems[0].message.english(), Contains("`drieduizend`"));
    CHECK(problems[1].pos.to_string() == at("three-defects.yaml", 28, 16));
    CHECK_THAT(problems[1].message.english(), Contains("adds up to 0.99"));
    CHECK(problems[2].pos.to_string() == at("three-defects.yaml", 40, 16));
    CHECK_THAT(problems[2].message.english(), Contains("outside its range"));
}

TEST_CASE("all problems found while computing are reported at once, each located", "[validation]") {
    const auto problems = evaluation_problems("three-evaluation-defects.yaml");
    REQUIRE(problems.size() == 3);
    CHECK(problems[0].pos.to_string() == at("three-evaluation-defects.yaml", 31, 40));
    CHECK_THAT(problems[0].message.english(), Contains("unknown name `travel_factor`"));
    CHECK(problems[1].pos.to_string() == at("three-evaluation-defects.yaml", 46, 59));
    CHECK_THAT(problems[1].message.english(), Contains("division by zero") && Contains("`staff_on_group - 2` is 0"));
    CHECK(problems[2].pos.to_string() == at("three-evaluation-defects.yaml", 48, 5));
    CHECK_THAT(problems[2].message.english(), Contains("missing parameter `fte_per_place`"));
}

// ---- the YAML itself ---------------------------------------------------------

TEST_CASE("an empty file is refused as empty", "[validation]") {
    const auto problems = load_problems("empty.yaml");
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].pos.to_string() == at("empty.yaml", 1, 1));
    CHECK_THAT(problems[0].message.english(), Contains("empty"));
}

TEST_CASE("a file holding only comments is refused as empty", "[validation]") {
    try {
        tariffs::parse_model("# nothing but a comment\n", "comments.yaml");
        FAIL("a file of comments loaded");
    } catch (const engine::InputError& error) {
        const auto problems = error.diagnostics().sorted();
        REQUIRE(problems.size() == 1);
        CHECK(problems[0].pos.to_string() == "comments.yaml:1:1");
        CHECK_THAT(problems[0].message.english(), Contains("empty"));
    }
}

TEST_CASE("invalid YAML is refused as such, located where the parser stopped", "[validation]") {
    const auto problems = load_problems("invalid-yaml.yaml");
    REQUIRE(problems.size() == 1);
    // The `{` opened at 27:16 is still open when line 28 starts a block key.
    CHECK(problems[0].pos.to_string() == at("invalid-yaml.yaml", 28, 22));
    CHECK_THAT(problems[0].message.english(), StartsWith("invalid YAML") && Contains("end of map flow not found"));
}

TEST_CASE("a second YAML document in a model file is refused where it starts", "[validation]") {
    const auto problems = load_problems("two-documents.yaml");
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].pos.to_string() == at("two-documents.yaml", 29, 1));
    CHECK_THAT(problems[0].message.english(), Contains("one YAML document"));
}

TEST_CASE("an alias bomb is refused at its first anchor, without expanding it", "[validation]") {
    // Expanded, the file would hold about 387 million strings; this must return at once.
    const auto problems = load_problems("alias-bomb.yaml");
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].pos.to_string() == at("alias-bomb.yaml", 5, 7));  // `&lol0`
    CHECK_THAT(problems[0].message.english(), Contains("YAML anchors") && Contains("not supported"));
}

TEST_CASE("10000 nested lists are refused, not a crash", "[validation]") {
    const auto problems = load_problems("deep-nesting.yaml");
    REQUIRE(problems.size() == 1);
    // yaml-cpp stops at its depth limit and marks the end of the nested lists.
    CHECK(problems[0].pos.to_string() == at("deep-nesting.yaml", 4, 20011));
    CHECK_THAT(problems[0].message.english(), Contains("nests too deeply"));
}

// yaml-cpp's own depth limit surfaces as a message that says the nesting is too deep.
TEST_CASE("nesting deeper than the YAML reader allows is named as too deep", "[validation]") {
    const auto problems = load_problems("deep-nesting.yaml");
    REQUIRE(problems.size() == 1);
    CHECK_THAT(problems[0].message.english(), Contains("deep") || Contains("nest"));
}

// ---- impossible derived figures ---------------------------------------------------

TEST_CASE("leave hours above the annual hours are an error naming both, not a negative tariff", "[validation]") {
    const std::string text = worked_example_with("leave_hours:        194.4", "leave_hours:        1900");
    const tariffs::Model model = tariffs::parse_model(text, "hours.yaml");
    tariffs::CostModel cost_model(model);
    const auto problems = cost_model.check().sorted();
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].pos.to_string() == "hours.yaml:9:23");  // annual_hours, the first value it comes from
    CHECK(problems[0].message.english() ==
          "`available_hours` is -22 for the whole model, outside its range (0, ); it comes from "
          "annual_hours = 1878 (hours.yaml:9:23), leave_hours = 1900 (hours.yaml:10:23)");
}

TEST_CASE("training that takes every present hour leaves no productive hours: an error, not a division by zero", "[validation]") {
    // 1878 − 194.4 = 1683.6 available; × 94% = 1582.584 present; − 1582.584 training = 0.
    const std::string text = worked_example_with("  training_hours:     36", "  training_hours:     1582.584");
    const tariffs::Model model = tariffs::parse_model(text, "hours.yaml");
    tariffs::CostModel cost_model(model);
    const auto problems = cost_model.check().sorted();
    REQUIRE_FALSE(problems.empty());
    CHECK_THAT(problems[0].message.english(), Catch::Matchers::StartsWith("`productive_hours` is 0 for the whole model, outside its range (0, )"));
    CHECK_THAT(problems[0].message.english(), Catch::Matchers::Contains("training_hours = 1582.584 (hours.yaml:12:23)"));
}

TEST_CASE("a rule's range is read from the rule library and refused when malformed", "[validation]") {
    const std::string text =
        worked_example_with("\nparameters:", "\nrules:\n  ok_rule: {formula: 1, range: \"(0, \"}\n\nparameters:");
    try {
        tariffs::parse_model(text, "range.yaml");
    } catch (const engine::InputError& e) {
        CHECK_THAT(e.diagnostics().items().front().message.english(), Catch::Matchers::StartsWith("a range is written like"));
        return;
    }
    FAIL("a malformed rule range was accepted");
}
