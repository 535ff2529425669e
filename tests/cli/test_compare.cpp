// `tariff compare`: each tariff's difference between two models attributed to
// the inputs that changed, exactly, and independent of the order they are written in.
#include "tariffs/analyses/model_comparison.hpp"
#include "tariffs/model/model_loader.hpp"
#include "tariffs/model/overrides.hpp"
#include "tariffs/pricing/cost_model.hpp"
#include "engine/decimal.hpp"
#include "engine/rounding.hpp"

#include "cli_runner.hpp"

#include "compiled.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <fstream>
#include <map>

using Catch::Matchers::Contains;
using engine::Number;

namespace {

tariffs::Model load(const std::string& path) { return tariffs::load_model(test::source_dir() + "/" + path); }

std::map<std::string, std::map<std::string, std::string>> parts_by_product(const tariffs::ModelComparison& c) {
    std::map<std::string, std::map<std::string, std::string>> parts;
    for (const auto& product : c.products)
        for (const auto& part : product.parts) parts[product.code][part.input] = part.exact.to_fraction_string();
    return parts;
}

}  // namespace

TEST_CASE("a CAO round: every tariff that moved, its parts adding up to its difference exactly", "[compare]") {
    const tariffs::Model old_model = load("models/examples/region.yaml");
    const tariffs::Model new_model = load("models/examples/region-cao.yaml");
    const auto comparison = tariffs::compare_models(test::compiled(old_model)->cost, test::compiled(new_model)->cost, old_model.year);
    CHECK(comparison.changes.size() == 11);  // the employer charges and ten salaries
    CHECK(comparison.products.size() + comparison.unchanged == old_model.products.size());
    REQUIRE(!comparison.products.empty());
    for (const auto& product : comparison.products) {
        INFO(product.code);
        CHECK(product.note.empty());
        Number exact, cents;
        for (const auto& part : product.parts) {
            exact += part.exact;
            cents += part.cents;
            CHECK((part.cents * Number(100)).is_integer());
        }
        CHECK(exact == product.difference());
        CHECK(cents == product.difference());  // the tariffs are in cents, so the shown parts add up too
        // Only the staff levels in its mix and the employer charges reach a product.
        CHECK(product.parts.size() <= 1 + old_model.find_product(product.code)->staff_mix.size());
    }
}

TEST_CASE("the order in which the changed inputs are written changes no part", "[compare]") {
    const test::TempDir dir;
    const std::string text = test::read_text(test::source_dir() + "/models/examples/region-cao.yaml");
    // The same changes, the staff levels listed in reverse and the parameter last.
    std::ofstream(dir.path + "/reversed.yaml")
        << "extends: " << test::source_dir() << "/models/examples/region.yaml\n"
        << "staff_levels:\n"
           "  gz_psycholoog:          {monthly_salary: 6056.40}\n"
           "  gedragswetenschapper:   {monthly_salary: 5386.90}\n"
           "  jeugdbeschermer:        {monthly_salary: 4727.70}\n"
           "  vaktherapeut:           {monthly_salary: 4532.00}\n"
           "  pleegzorgwerker:        {monthly_salary: 4367.20}\n"
           "  gezinshuisouder:        {monthly_salary: 4078.80}\n"
           "  groepsleider_crisis:    {monthly_salary: 4078.80}\n"
           "  groepsleider_verblijf:  {monthly_salary: 4078.80}\n"
           "  pedagogisch_medewerker: {monthly_salary: 4078.80}\n"
           "  jeugdzorgwerker:        {monthly_salary: 3893.40}\n"
           "parameters:\n"
           "  employer_charges: 28.5%\n";
    const tariffs::Model old_model = load("models/examples/region.yaml");
    const auto forward = tariffs::compare_models(test::compiled(old_model)->cost, test::compiled(load("models/examples/region-cao.yaml"))->cost, 2025);
    const auto backward = tariffs::compare_models(test::compiled(old_model)->cost, test::compiled(tariffs::load_model(dir.path + "/reversed.yaml"))->cost, 2025);
    CHECK(parts_by_product(forward) == parts_by_product(backward));
}

TEST_CASE("indexed tariffs are compared with the index figures as inputs", "[compare]") {
    tariffs::Model old_model = load("models/examples/worked-example.yaml");
    tariffs::Model new_model = old_model;
    tariffs::apply_overrides(new_model, {tariffs::parse_set_argument("overhead_surcharge=21%")});
    // Half a point more in the last year's index, as stated outright in the model.
    auto& applied = new_model.indexation.applied.rbegin()->second;
    applied.value = applied.value + Number::fraction(1, 200);
    const int last_year = new_model.indexation.applied.rbegin()->first;
    const auto comparison = tariffs::compare_models(test::compiled(old_model)->cost, test::compiled(new_model)->cost, new_model.until);
    REQUIRE(comparison.changes.size() == 2);
    CHECK(comparison.changes[1].name == "applied index " + std::to_string(last_year));
    CHECK(comparison.changes[1].old_text == "3.1%");  // as a percentage, exactly
    CHECK(comparison.changes[1].new_text == "3.6%");
    REQUIRE(!comparison.products.empty());
    for (const auto& product : comparison.products) {
        Number sum;
        for (const auto& part : product.parts) sum += part.exact;
        CHECK(sum == product.difference());
    }
    // In the base year the index figure reaches no tariff.
    const auto base_year = tariffs::compare_models(test::compiled(old_model)->cost, test::compiled(new_model)->cost, new_model.year);
    for (const auto& product : base_year.products)
        for (const auto& part : product.parts) CHECK(part.input == "overhead_surcharge");
}

TEST_CASE("a product only one model has is listed as added or removed", "[compare]") {
    const tariffs::Model old_model = load("models/examples/worked-example.yaml");
    tariffs::Model new_model = old_model;
    new_model.products.erase(new_model.products.begin() + 1);  // AMB-M, which no trajectory takes
    new_model.product_positions.clear();
    for (std::size_t i = 0; i < new_model.products.size(); ++i)
        new_model.product_positions[new_model.products[i].code] = i;
    const auto comparison = tariffs::compare_models(test::compiled(old_model)->cost, test::compiled(new_model)->cost, old_model.year);
    REQUIRE(comparison.products.size() == 1);
    CHECK(comparison.products[0].code == "AMB-M");
    CHECK(!comparison.products[0].new_price);
    CHECK(comparison.products[0].parts.at(0).input == "product removed");
    CHECK(comparison.products[0].difference() == -*comparison.products[0].old_price);
}

TEST_CASE("tariff compare against a scenario of the same model, in every format", "[compare]") {
    const auto text = test::run_tariff({"compare", "models/examples/region.yaml", "--set", "overhead_surcharge=22%"});
    REQUIRE(text.exit_code == 0);
    CHECK_THAT(text.out, Contains("overhead_surcharge = 22% (model: 20%)"));
    CHECK_THAT(text.out, Contains("Tariffs that changed (20 of 21)"));  // GZH has its own overhead
    const auto json = test::run_tariff({"compare", "models/examples/region.yaml", "models/examples/region-cao.yaml",
                                        "--format", "json"});
    CHECK_THAT(json.out, Contains("\"exact\": \""));
    const auto csv = test::run_tariff({"compare", "models/examples/region.yaml", "models/examples/region-cao.yaml",
                                       "--format", "csv"});
    CHECK_THAT(csv.out, Contains("code,name,unit,old,new,difference,input,input_old,input_new,part,part_exact"));
    const auto nothing = test::run_tariff({"compare", "models/examples/region.yaml"});
    CHECK(nothing.exit_code == 2);
    CHECK_THAT(nothing.err, Contains("compare needs a NEW model, or --scenario or --set"));
}

TEST_CASE("a budget's difference is split over tariffs, volumes, availability and indexation, adding up exactly",
          "[compare]") {
    const tariffs::Model old_model = load("models/examples/worked-example.yaml");
    tariffs::Model new_model = old_model;
    tariffs::apply_overrides(new_model, {tariffs::parse_set_argument("overhead_surcharge=21%")});
    auto& provider = new_model.budgets.providers.front();
    provider.availability->value = provider.availability->value + Number(1000);
    provider.lines.back().volume->value = provider.lines.back().volume->value + Number(250);
    auto& applied = new_model.indexation.applied.rbegin()->second;
    applied.value = applied.value + Number::fraction(1, 200);
    const auto comparison = tariffs::compare_models(test::compiled(old_model)->cost, test::compiled(new_model)->cost, old_model.year);
    CHECK(comparison.budgets.causes ==
          std::vector<std::string>{"tariffs", "indexation", "volumes", "availability"});
    REQUIRE(!comparison.budgets.differences.empty());
    for (const auto& line : comparison.budgets.differences) {
        INFO(line.provider << " " << line.year);
        REQUIRE(line.causes.size() == 4);
        Number exact, cents;
        for (const auto& cause : line.causes) {
            exact += cause.exact;
            cents += cause.cents;
        }
        CHECK(exact == line.difference());
        CHECK(cents == line.difference());
        // The index of the last year reaches no budget before it.
        if (line.year < new_model.until) CHECK(line.causes[1].exact == Number(0));
    }
    // The base year's availability changes by exactly what was added.
    CHECK(comparison.budgets.differences.front().causes[3].exact == Number(1000));
}

TEST_CASE("compare --explain sets a product's derivation under both models side by side", "[compare]") {
    const auto result = test::run_tariff({"compare", "models/examples/region.yaml", "models/examples/region-cao.yaml",
                                          "--explain", "AMB-BEG-U"});
    REQUIRE(result.exit_code == 0);
    CHECK_THAT(result.out, Contains("tariff                                              86.39           89.17  changed"));
    CHECK_THAT(result.out, Contains("monthly_salary                   3780          3893.4  changed"));
    CHECK_THAT(result.out, Contains("training_hours                         40              40\n"));
    const test::TempDir dir;
    std::ofstream(dir.path + "/rule.yaml") << "extends: " << test::source_dir()
                                           << "/models/examples/worked-example.yaml\nrules:\n  risk: cost_price * 0\n";
    const auto rule = test::run_tariff({"compare", "models/examples/worked-example.yaml", dir.path + "/rule.yaml",
                                        "--explain", "AMB-U"});
    REQUIRE(rule.exit_code == 0);
    CHECK_THAT(rule.out, Contains("changed; rule: cost_price * risk_surcharge → cost_price * 0"));
    CHECK_THAT(rule.out, Contains("risk_surcharge"));  // only the old derivation has it: shown with `—` as new
    const auto unknown = test::run_tariff({"compare", "models/examples/region.yaml", "models/examples/region-cao.yaml",
                                           "--explain", "NOPE"});
    CHECK(unknown.exit_code == 2);
}

TEST_CASE("two changes that only together lift a tariff over a rounding boundary share the cent", "[compare]") {
    const tariffs::Model old_model = load("models/examples/worked-example.yaml");
    tariffs::CostModel cost(old_model);
    const tariffs::Product& product = *old_model.find_product("AMB-U");
    const Number exact = cost.value(product, "tariff_exact").value;
    const Number direct = cost.value(product, "direct_cost").value;
    const Number overhead = cost.value(product, "overhead_surcharge").value;
    const Number risk = cost.value(product, "risk_surcharge").value;
    // The distance to the next half cent, where half_up rounding turns up.
    const Number cent = Number::fraction(1, 100), half = Number::fraction(1, 200);
    Number boundary = engine::round_places(exact, 2, engine::RoundingMode::floor) + half;
    if (boundary <= exact) boundary += cent;
    const Number distance = boundary - exact;
    // Each change alone moves the exact tariff by 0.6 of that distance: not over it; both together: over it.
    const auto decimal = [](const Number& value) {
        return engine::format_decimal(engine::round_places(value, 15, engine::RoundingMode::floor), 15);
    };
    const Number step = Number::fraction(3, 5) * distance;
    const std::string new_overhead = decimal(overhead + step / (direct * (Number(1) + risk)));
    const std::string new_risk = decimal(risk + step / (direct * (Number(1) + overhead)));
    tariffs::Model new_model = old_model;
    tariffs::apply_overrides(new_model, {tariffs::parse_set_argument("overhead_surcharge=" + new_overhead),
                                         tariffs::parse_set_argument("risk_surcharge=" + new_risk)});
    const auto comparison = tariffs::compare_models(test::compiled(old_model)->cost, test::compiled(new_model)->cost, old_model.year);
    const auto line = std::find_if(comparison.products.begin(), comparison.products.end(),
                                   [](const tariffs::ProductComparison& p) { return p.code == "AMB-U"; });
    REQUIRE(line != comparison.products.end());
    CHECK(line->difference() == cent);
    REQUIRE(line->parts.size() == 2);
    CHECK(line->parts[0].exact == half);  // neither alone moves it: each gets half of the cent
    CHECK(line->parts[1].exact == half);
    CHECK(line->parts[0].cents + line->parts[1].cents == cent);
}

TEST_CASE("a kind's units are an input of the products of that kind", "[compare]") {
    const tariffs::Model old_model = load("tests/models/compare/base.yaml");
    const tariffs::Model new_model = load("tests/models/compare/minutes-down.yaml");  // the minute tariff rounded down
    const auto comparison = tariffs::compare_models(test::compiled(old_model)->cost, test::compiled(new_model)->cost, old_model.year);
    REQUIRE(comparison.products.size() == 1);
    const auto& minute = comparison.products.front();
    CHECK(minute.code == "A-M");
    CHECK(minute.note.empty());
    // The units name a new rule: neither works without the other, so the part is their section's.
    CHECK(minute.grouped);
    REQUIRE(minute.parts.size() == 1);
    CHECK(minute.parts.front().input == "rules");
    CHECK(minute.parts.front().exact == minute.difference());
}

TEST_CASE("a product given a kind only the new method has is attributed to that change", "[compare]") {
    const tariffs::Model old_model = load("tests/models/compare/base.yaml");
    const tariffs::Model new_model = load("tests/models/compare/other-kind.yaml");
    const auto comparison = tariffs::compare_models(test::compiled(old_model)->cost, test::compiled(new_model)->cost, old_model.year);
    REQUIRE(comparison.products.size() == 1);
    const auto& moved = comparison.products.front();
    CHECK(moved.code == "B-U");
    CHECK(moved.note.empty());
    REQUIRE(moved.parts.size() == 1);
    CHECK(moved.parts.front().input == "B-U.kind and unit");
    CHECK(moved.parts.front().exact == moved.difference());
}

TEST_CASE("a change to one kind reaches only the products of that kind", "[compare]") {
    const tariffs::Model old_model = load("tests/models/compare/base.yaml");
    tariffs::Model new_model = old_model;
    tariffs::apply_overrides(new_model, {tariffs::parse_set_argument("overhead_surcharge=21%")});
    for (auto& kind : new_model.method.kinds)
        if (kind.name == "group")
            for (auto& definition : kind.definitions)
                if (definition.name == "client_cost") definition.text += " * 1";  // no product of the model is a group
    const auto comparison = tariffs::compare_models(test::compiled(old_model)->cost, test::compiled(new_model)->cost, old_model.year);
    CHECK(comparison.changes.size() == 2);
    REQUIRE(!comparison.products.empty());
    for (const auto& product : comparison.products) {
        REQUIRE(product.parts.size() == 1);
        CHECK(product.parts.front().input == "overhead_surcharge");
    }
}

TEST_CASE("compare reads NEW after --set, and --explain stays a table with the year's prices", "[compare]") {
    const auto swapped = test::run_tariff({"compare", "models/examples/region.yaml", "--set", "overhead_surcharge=22%",
                                           "models/examples/region-cao.yaml"});
    CHECK(swapped.exit_code == 0);
    CHECK_THAT(swapped.out, Contains("new: models/examples/region-cao.yaml"));
    const auto json = test::run_tariff({"compare", "models/examples/region.yaml", "models/examples/region-cao.yaml",
                                        "--explain", "VBL-Z", "--format", "json"});
    CHECK(json.exit_code == 2);
    CHECK_THAT(json.err, Contains("compare --explain writes a table"));
    const auto year = test::run_tariff({"compare", "models/examples/region.yaml", "models/examples/region-cao.yaml",
                                        "--explain", "VBL-Z", "--year", "2030"});
    REQUIRE(year.exit_code == 0);
    CHECK_THAT(year.out, Contains("price in 2030: "));
}
