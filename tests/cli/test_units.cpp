// Units of measure: each rule's unit is inferred and checked before anything
// is computed (engine/measure_unit.hpp, engine/unit_check.hpp), and each
// figure of a derivation carries its unit.
#include "cli_runner.hpp"
#include "skip.hpp"
#include "workbook_tools.hpp"
#include "engine/measure_unit.hpp"
#include "engine/parser.hpp"
#include "engine/printer.hpp"
#include "engine/unit_check.hpp"
#include "tariffs/model/model_loader.hpp"
#include "tariffs/pricing/cost_model.hpp"
#include "tariffs/pricing/explanation.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <map>
#include <set>
#include <string>
#include <vector>

using Catch::Matchers::Contains;
using engine::MeasureUnit;

namespace {

std::string unit_text(std::string_view text, const std::vector<std::string>& counts = {}) {
    const auto unit = MeasureUnit::parse(text, counts);
    REQUIRE(unit);
    return unit->to_string();
}

std::string broken(const std::string& file) { return test::source_dir() + "/tests/models/broken/" + file; }

// What reading the model (a value in another unit than its parameter's) or checking it finds.
std::vector<engine::Diagnostic> unit_problems(const std::string& file) {
    try {
        const tariffs::Model model = tariffs::load_model(broken(file));
        tariffs::CostModel cost(model);
        return cost.check().sorted();
    } catch (const engine::InputError& error) {
        return error.diagnostics().sorted();
    }
}

}  // namespace

TEST_CASE("a unit multiplies and divides by its named parts, and nothing converts", "[units]") {
    CHECK(unit_text("EUR/year") == "EUR/year");
    CHECK(MeasureUnit::parse("EUR/year")->over(*MeasureUnit::parse("hour/year")).to_string() == "EUR/hour");
    CHECK(MeasureUnit::parse("EUR/month")->times(*MeasureUnit::parse("month/year")).to_string() == "EUR/year");
    CHECK(MeasureUnit::parse("EUR/year")->over(*MeasureUnit::parse("hour/daypart")).to_string() ==
          "EUR·daypart/(hour·year)");
    CHECK(MeasureUnit::parse("year")->over(*MeasureUnit::parse("day")).to_string() == "year/day");
    CHECK(unit_text("1") == "1");
    CHECK(unit_text("1/year") == "1/year");
    CHECK(unit_text("hour·hour") == "hour^2");
}

TEST_CASE("every name after a slash divides, and counts are numbers", "[units]") {
    CHECK(unit_text("EUR/FTE/month") == "EUR/(FTE·month)");
    CHECK(unit_text("FTE/place", {"FTE", "place"}) == "1");
    CHECK(unit_text("EUR/FTE/month", {"FTE"}) == "EUR/month");
}

TEST_CASE("a text that is not a unit is refused", "[units]") {
    CHECK_FALSE(MeasureUnit::parse(""));
    CHECK_FALSE(MeasureUnit::parse("EUR/"));
    CHECK_FALSE(MeasureUnit::parse("EUR//hour"));
    CHECK_FALSE(MeasureUnit::parse("EUR per hour"));
    CHECK_FALSE(MeasureUnit::parse("x/1"));
}

TEST_CASE("a number in a formula carries the unit written after it", "[units]") {
    const auto expr = engine::parse_formula("monthly_salary * 12 month/year", engine::SourcePos{});
    REQUIRE(expr->kind == engine::ExprKind::binary);
    CHECK(expr->operands[1]->unit == "month/year");
    CHECK(engine::to_text(*expr) == "monthly_salary * 12 month/year");
    CHECK(engine::parse_formula("tariff / 60 minute/hour", engine::SourcePos{})->operands[1]->unit == "minute/hour");
    CHECK(engine::parse_formula("2 + 3", engine::SourcePos{})->operands[1]->unit.empty());
    CHECK_THROWS_WITH(engine::parse_formula("12 month/", engine::SourcePos{}), Contains("is not a unit"));
}

TEST_CASE("the worked example and the example region check with units and price as before", "[units]") {
    for (const char* file : {"/models/examples/worked-example.yaml", "/models/examples/region.yaml"}) {
        const tariffs::Model model = tariffs::load_model(test::source_dir() + file);
        tariffs::CostModel cost(model);
        CHECK(cost.check().empty());
    }
}

// Each slip is one error, where it is written, naming both units.
TEST_CASE("each deliberate unit slip is one located error naming both units", "[units]") {
    struct Slip {
        const char* file;
        const char* at;  // file:line:column, the model's own or the method's
        const char* said;
        const char* other;
    };
    const Slip slips[] = {
        {"units-divided-by-wrong-hours.yaml", "66:43", "EUR·daypart/(hour·year)", "EUR/hour"},
        {"units-day-added-to-hour.yaml", "30:44", "EUR/hour", "EUR/day"},
        {"units-residential-without-days.yaml", "62:60", "EUR/year", "EUR/day"},
        {"units-percentage-as-euros.yaml", "66:13", "EUR/hour", "a pure number"},
        {"units-salary-times-twelve.yaml", "66:33", "EUR/month", "EUR/year"},
        {"units-minute-without-conversion.yaml", "66:35", "EUR/hour", "EUR/minute"},
        {"units-daypart-without-hours.yaml", "51:62", "EUR/hour", "EUR/daypart"},
        {"units-max-of-hour-and-day.yaml", "30:27", "EUR/hour", "EUR/day"},
        {"units-cost-compared-with-number.yaml", "66:24", "EUR/hour", "a pure number"},
        {"units-value-in-wrong-unit.yaml", "29:24", "EUR/day", "EUR/hour"},
        {"units-housing-per-year-added-to-per-day.yaml", "62:49", "EUR/year", "EUR/day"},
    };
    for (const Slip& slip : slips) {
        INFO(slip.file);
        const auto problems = unit_problems(slip.file);
        REQUIRE(problems.size() == 1);
        CHECK(problems[0].pos.to_string() == broken(slip.file) + ":" + slip.at);
        CHECK_THAT(problems[0].message.english(), Contains(slip.said) && Contains(slip.other));
    }
}

// A value is checked against its parameter's unit where it is written, before its range.
TEST_CASE("a value written in another unit than its parameter's is refused, naming both units", "[units]") {
    const struct {
        const char* line;
        const char* replacement;
        const char* said;
    } slips[] = {
        {"    material_per_hour: 2.50\n", "    material_per_hour: 2.5%\n",
         "`material_per_hour` is 2.5%, a percentage, but it is measured in EUR/hour"},
        {"  employer_charges:   26%\n", "  employer_charges:   450 EUR/month\n",
         "`employer_charges` is 450 EUR/month, but it is measured in 1 (a pure number"},
        {"  overhead_surcharge: 20%\n", "  overhead_surcharge: 20 EUR/hour\n",
         "`overhead_surcharge` is 20 EUR/hour, but it is measured in 1 (a pure number"},
        {"  overhead_surcharge: 20%\n", "  overhead_surcharge: 21\n",
         "`overhead_surcharge` is 21, outside its range [0, 5] (did you mean 21%?)"},
    };
    for (const auto& slip : slips) {
        INFO(slip.replacement);
        std::string text = test::read_text(test::source_dir() + "/models/examples/worked-example.yaml");
        text.replace(text.find(slip.line), std::string(slip.line).size(), slip.replacement);
        try {
            tariffs::parse_model(text, "m.yaml");
            FAIL("accepted");
        } catch (const engine::InputError& error) {
            REQUIRE(error.diagnostics().size() == 1);
            CHECK_THAT(error.diagnostics().items()[0].message.english(), Contains(slip.said));
        }
    }
    const auto set = test::run_tariff({"price", "models/examples/worked-example.yaml", "--set", "overhead_surcharge=20"});
    CHECK(set.exit_code == 1);
    CHECK_THAT(set.err, Contains("outside its range [0, 5] (did you mean 20%?)"));
}

TEST_CASE("a rule that replaces a method's rule must give the unit the method declares", "[units]") {
    const auto problems = unit_problems("units-salary-times-twelve.yaml");
    REQUIRE(problems.size() == 1);
    CHECK_THAT(problems[0].message.english(),
               Contains("rule `annual_salary` must give EUR/year (declared at models/standard.yaml:") &&
                   Contains("`monthly_salary * 12`: EUR/month × 1 = EUR/month"));
}

TEST_CASE("a rule that is a bare number is a constant of unknown unit, as an undeclared input is", "[units]") {
    std::string text = test::read_text(test::source_dir() + "/models/examples/worked-example.yaml");
    const std::string mix = "    material_per_hour: 2.50\n\n  - code: AMB-M";
    text.replace(text.find(mix), mix.size(), "    material_per_hour: 2.50\n    rules: {tariff_exact: 81.25}\n\n  - code: AMB-M");
    const tariffs::Model model = tariffs::parse_model(text, "m.yaml");
    tariffs::CostModel cost(model);
    CHECK(cost.check().empty());
}

TEST_CASE("explain shows each figure with its unit", "[units]") {
    const tariffs::Model model = tariffs::load_model(test::source_dir() + "/models/examples/worked-example.yaml");
    tariffs::CostModel cost(model);
    const auto vbl = std::find_if(model.products.begin(), model.products.end(),
                                  [](const tariffs::Product& product) { return product.code == "VBL"; });
    REQUIRE(vbl != model.products.end());
    const tariffs::ProductPrice price = cost.price(*vbl);
    const tariffs::Explanation explanation = tariffs::explain(cost, price);
    std::map<std::string, std::string> unit_of;
    for (const auto& [node, unit] : explanation.units) unit_of[std::string(node->name())] = unit;
    CHECK(unit_of.at("tariff") == "EUR/day");
    CHECK(unit_of.at("staff_cost_per_fte") == "EUR/year");
    CHECK(unit_of.at("wage_cost_per_fte") == "EUR/year");
    CHECK(unit_of.at("monthly_salary") == "EUR/month");
    CHECK(unit_of.at("fte_per_place") == "FTE/place");
    CHECK(unit_of.at("days_per_year") == "day/year");
    CHECK(unit_of.at("occupancy").empty());  // a share: a pure number shows none

    const auto run = test::run_tariff({"explain", test::source_dir() + "/models/examples/worked-example.yaml", "VBL"});
    CHECK_THAT(run.out, Contains("staff_cost_per_fte = 63778.062096 EUR/year = sum(staff_mix"));
    const auto json = test::run_tariff({"explain", test::source_dir() + "/models/examples/worked-example.yaml", "VBL",
                                     "--format", "json"});
    CHECK_THAT(json.out, Contains("\"name\": \"monthly_salary\",\n") && Contains("\"unit\": \"EUR/month\""));
}

namespace {

void require_known_units(const engine::Derivation& node, engine::UnitChecker& units, std::set<const engine::Derivation*>& seen) {
    if (!seen.insert(&node).second) return;
    engine::Diagnostics problems;
    INFO(node.name() << " in " << node.scope->label());
    CHECK(units.unit_of(*node.scope, node.name(), problems).has_value());
    CHECK(problems.empty());
    for (const engine::Derivation* input : node.inputs) require_known_units(*input, units, seen);
}

}  // namespace

TEST_CASE("every figure of every shipped example model has a known unit", "[units]") {
    for (const char* file : {"worked-example.yaml", "region.yaml", "practice/esf-hourly-rate.yaml",
                             "practice/municipal-table.yaml", "practice/split-indexation.yaml"}) {
        INFO(file);
        const tariffs::Model model = tariffs::load_model(test::source_dir() + "/models/examples/" + file);
        tariffs::CostModel cost(model);
        engine::UnitChecker units(model.method.counts);
        std::set<const engine::Derivation*> seen;
        for (const auto& price : cost.price_all()) require_known_units(cost.derivation(price.price), units, seen);
    }
}

TEST_CASE("the workbook labels each input and each rule of the build-up with its unit", "[units]") {
    for (const bool dutch : {false, true}) {
        const test::TempDir dir;
        std::vector<std::string> arguments = {"price", "models/examples/worked-example.yaml", "--output",
                                              dir.path + "/book.xlsx"};
        if (dutch) arguments.insert(arguments.end(), {"--locale", "nl"});
        REQUIRE(test::run_tariff(arguments).exit_code == 0);
        const auto text = test::workbook_text(dir.path + "/book.xlsx", dir.path);
        if (!text) TARIFF_SKIP("unzip is missing: cannot read the workbook");
        CHECK_THAT(*text, Contains(dutch ? "EUR/maand" : "EUR/month") && Contains(dutch ? "EUR/jaar" : "EUR/year") &&
                              Contains(dutch ? "fte/plaats" : "FTE/place") && Contains(dutch ? "EUR/dag" : "EUR/day"));
    }
}

TEST_CASE("a name after a number that names a value is a forgotten `*`, not a unit", "[units]") {
    std::string text = test::read_text(test::source_dir() + "/models/examples/worked-example.yaml");
    const std::string line = "    material_per_daypart: 3.50\n";
    text.replace(text.find(line), line.size(),
                 line + "    rules: {staff_cost: staff_on_group * staff_cost_per_hour * 4 hours_per_daypart / (group_size * occupancy)}\n");
    const tariffs::Model model = tariffs::parse_model(text, "m.yaml");
    tariffs::CostModel cost(model);
    const auto problems = cost.check().sorted();
    REQUIRE(problems.size() == 1);
    CHECK_THAT(problems[0].message.english(), Contains("`hours_per_daypart` names a value, not a unit"));
}
