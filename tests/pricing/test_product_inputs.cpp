// A product that brings its own inputs (`inputs:`) and rules: it needs what its
// tariff reads and nothing else (no staff levels, staff mix or method
// parameters), while a misspelt input and a parameter its tariff does need are
// still located errors.
#include "tariffs/model/model_loader.hpp"
#include "tariffs/model/overrides.hpp"
#include "tariffs/pricing/cost_model.hpp"

#include "model_problems.hpp"
#include "numbers.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using test::exact;
using test::load_problems;

namespace {

// A municipal table's product: `inputs_line` (line 10) gives its inputs; its
// tariff rule is its own, rounded up to whole euros.
std::string own_rules_model(const std::string& inputs_line, const std::string& extra = "") {
    return "model: Own rules\n"
           "year: 2025\n"
           "products:\n"
           "  - code: BGL-U\n"
           "    name: Begeleiding\n"
           "    kind: individual\n"
           "    unit: hour\n"
           "    rules:\n"
           "      tariff: {formula: hourly_wage / productivity + overhead, round: {places: 0, mode: ceiling}}\n"
           "    " + inputs_line + "\n" + extra;
}

const std::string table_inputs = "inputs: {hourly_wage: 24.68, productivity: 62%, overhead: 9.50}";

// The worked example's figures for one standard hourly product; `product_lines`
// are added to the product (from line 21).
std::string standard_model(const std::string& product_lines) {
    return "model: Standard\n"
           "year: 2025\n"
           "parameters:\n"
           "  year_end_bonus: 8.33%\n"
           "  employer_charges: 26%\n"
           "  annual_hours: 1878\n"
           "  leave_hours: 194.4\n"
           "  absence_rate: 6%\n"
           "  training_hours: 36\n"
           "  direct_share: 70%\n"
           "  overhead_surcharge: 20%\n"
           "  risk_surcharge: 2%\n"
           "staff_levels:\n"
           "  jeugdzorgwerker: {monthly_salary: 3650.00}\n"
           "  gedragswetenschapper: {monthly_salary: 5480.00}\n"
           "products:\n"
           "  - code: AMB\n"
           "    name: Ambulant\n"
           "    kind: individual\n"
           "    unit: hour\n" +
           product_lines;
}

const std::string standard_mix =
    "    staff_mix: {jeugdzorgwerker: 0.8, gedragswetenschapper: 0.2}\n"
    "    material_per_hour: 2.50\n";

// The problems checking a model that loads gives, sorted by position.
std::vector<engine::Diagnostic> check_problems(const std::string& text) {
    const tariffs::Model model = tariffs::parse_model(text, "m.yaml");
    tariffs::CostModel cost(model);
    return cost.check().sorted();
}

std::string tariff_of(const tariffs::Model& model, const std::string& code) {
    tariffs::CostModel cost(model);
    return exact(cost.price(*model.find_product(code)).price.value);
}

std::string tariff_of(const std::string& text, const std::string& code) {
    return tariff_of(tariffs::parse_model(text, "m.yaml"), code);
}

}  // namespace

TEST_CASE("a product prices with its own inputs and tariff rule, without staff levels, staff mix or parameters",
          "[product-inputs]") {
    const tariffs::Model model = tariffs::parse_model(own_rules_model(table_inputs), "m.yaml");
    CHECK(model.roles.empty());
    CHECK(model.products.front().staff_mix.empty());
    tariffs::CostModel cost(model);
    CHECK(cost.check().empty());
    // 24.68 / 0.62 + 9.50 = 49.306451…, rounded up to whole euros.
    CHECK(tariff_of(model, "BGL-U") == "50");
}

TEST_CASE("a name under inputs that the method does not declare and no rule reads is refused at its place, with "
          "the nearest name",
          "[product-inputs]") {
    const auto problems = load_problems(own_rules_model("inputs: {hourly_wag: 24.68, productivity: 62%, overhead: 9.50}"));
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].pos.to_string() == "m.yaml:10:14");
    CHECK(problems[0].message.english() == "`hourly_wag` in the inputs of `BGL-U` is neither a parameter of the method nor read "
                                 "by any rule (did you mean `hourly_wage`?)");
}

TEST_CASE("a name under inputs that nothing resembles is refused without a suggestion", "[product-inputs]") {
    const auto problems = load_problems(own_rules_model(
        "inputs: {hourly_wage: 24.68, productivity: 62%, overhead: 9.50, zzz_unrelated_figure: 1}"));
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].pos.to_string() == "m.yaml:10:69");
    CHECK(problems[0].message.english() ==
          "`zzz_unrelated_figure` in the inputs of `BGL-U` is neither a parameter of the method nor read by any rule");
}

TEST_CASE("a product's inputs may name what only the model's rules read", "[product-inputs]") {
    const std::string text = "model: Model rules\n"
                             "year: 2025\n"
                             "rules:\n"
                             "  staff_cost: hourly_wage / productivity\n"
                             "  tariff: {formula: staff_cost + overhead, round: {places: 2, mode: half_up}}\n"
                             "products:\n"
                             "  - code: BGL-U\n"
                             "    name: Begeleiding\n"
                             "    kind: individual\n"
                             "    unit: hour\n"
                             "    inputs: {hourly_wage: 24.68, productivity: 62%, overhead: 9.50}\n";
    // 1234/31 + 19/2 = 49.306451… → 49.31
    CHECK(tariff_of(text, "BGL-U") == "49.31");
}

TEST_CASE("a parameter of the method under inputs counts as given on the product", "[product-inputs]") {
    // As `direct_share: 85%` on the product (test_method_overrides): 68.83 instead of 82.92.
    CHECK(tariff_of(standard_model(standard_mix), "AMB") == "82.92");
    CHECK(tariff_of(standard_model(standard_mix + "    inputs: {direct_share: 85%}\n"), "AMB") == "68.83");
}

TEST_CASE("a parameter of the method under inputs is checked against its range", "[product-inputs]") {
    const auto problems = load_problems(standard_model(standard_mix + "    inputs: {direct_share: 150%}\n"));
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].pos.to_string() == "m.yaml:23:28");
    CHECK(problems[0].message.english() ==
          "`direct_share` is 150%, outside its range (0, 1] (share of productive hours spent on the client)");
}

TEST_CASE("a name given under inputs and as a key of the product is refused at its second place, naming the first",
          "[product-inputs]") {
    const auto problems = load_problems(standard_model(standard_mix + "    direct_share: 80%\n"
                                                                      "    inputs: {direct_share: 85%}\n"));
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].pos.to_string() == "m.yaml:24:14");
    CHECK(problems[0].message.english() == "`direct_share` is given twice for product `AMB`: here and at m.yaml:23:19");
}

TEST_CASE("a name given under inputs that is also the product's own rule is refused", "[product-inputs]") {
    const auto problems = load_problems(own_rules_model("inputs: {hourly_wage: 24.68, productivity: 62%, tariff: 50}"));
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].pos.to_string() == "m.yaml:10:53");
    CHECK(problems[0].message.english() == "`tariff` is given twice for product `BGL-U`: here and at m.yaml:9:25");
}

TEST_CASE("a standard product without a staff mix is refused at the product, naming the rule that sums over it",
          "[product-inputs]") {
    const std::string text = standard_model("    material_per_hour: 2.50\n");
    REQUIRE_NOTHROW(tariffs::parse_model(text, "m.yaml"));
    const auto problems = check_problems(text);
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].pos.to_string() == "m.yaml:17:5");
    CHECK(problems[0].message.english() ==
          "product `AMB` needs a `staff_mix`: rule `staff_cost_per_fte` uses it (models/standard.yaml:57:35)");
}

TEST_CASE("a product whose tariff reads no staff cost needs no staff mix, beside one whose tariff does",
          "[product-inputs]") {
    const std::string text = standard_model(standard_mix) +
                             "  - code: BGL-U\n"
                             "    name: Begeleiding\n"
                             "    kind: individual\n"
                             "    unit: hour\n"
                             "    inputs: {hourly_wage: 24.68, productivity: 62%}\n"
                             "    rules: {tariff: {formula: hourly_wage / productivity, round: {places: 2}}}\n";
    const tariffs::Model model = tariffs::parse_model(text, "m.yaml");
    tariffs::CostModel cost(model);
    CHECK(cost.check().empty());
    CHECK(tariff_of(model, "AMB") == "82.92");
    CHECK(tariff_of(model, "BGL-U") == "39.81");
}

TEST_CASE("a parameter of the method that a product's own tariff reads is still required, at the product",
          "[product-inputs]") {
    const auto problems = check_problems(own_rules_model(table_inputs) +
                                         "  - code: BGL-2\n"
                                         "    name: Begeleiding 2\n"
                                         "    kind: individual\n"
                                         "    unit: hour\n"
                                         "    inputs: {hourly_wage: 24.68}\n"
                                         "    rules: {tariff: hourly_wage * (1 + overhead_surcharge)}\n");
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].pos.to_string() == "m.yaml:11:5");
    CHECK(problems[0].message.english() ==
          "missing parameter `overhead_surcharge` for product BGL-2: rule `tariff` needs it (m.yaml:16:40)");
}

TEST_CASE("a product's own input is changed as a parameter is: --set CODE.NAME", "[product-inputs]") {
    tariffs::Model model = tariffs::parse_model(own_rules_model(table_inputs), "m.yaml");
    tariffs::apply_overrides(model, {tariffs::parse_set_argument("BGL-U.hourly_wage=31")});
    CHECK(tariff_of(model, "BGL-U") == "60");  // 31 / 0.62 + 9.50 = 59.50, rounded up

    try {
        tariffs::apply_overrides(model, {tariffs::parse_set_argument("BGL-U.hourly_wag=31")});
        FAIL("a misspelt input of the product was changed");
    } catch (const engine::InputError& error) {
        REQUIRE(error.diagnostics().size() == 1);
        CHECK(error.diagnostics().items().front().message.english() ==
              "`hourly_wag` is not an input of product `BGL-U` (did you mean `hourly_wage`?)");
    }
}
