// A model changes the method without touching C++: it redefines a rule for the
// whole model or for one product, or chooses another rounding.
#include "engine/decimal.hpp"
#include "tariffs/pricing/cost_model.hpp"
#include "tariffs/model/model_loader.hpp"

#include "cli_runner.hpp"

#include <catch2/catch.hpp>

namespace {

std::string worked_example_text() {
    return test::read_text(test::source_dir() + "/models/examples/worked-example.yaml");
}

// Prices `code` in the worked example with `extra` YAML appended at the top level.
std::string price_with(const std::string& extra, const std::string& code) {
    const tariffs::Model model = tariffs::parse_model(worked_example_text() + extra, "changed.yaml");
    tariffs::CostModel cost(model);
    return engine::format_decimal(cost.price(*model.find_product(code)).price.value, 2);
}

// One individual product, hourly, on the worked example's figures, with `product_extra`
// added to the product.
std::string one_product_model(const std::string& product_extra) {
    return R"(model: One product
year: 2025
parameters:
  year_end_bonus: 8.33%
  employer_charges: 26%
  annual_hours: 1878
  leave_hours: 194.4
  absence_rate: 6%
  training_hours: 36
  direct_share: 70%
  overhead_surcharge: 20%
  risk_surcharge: 2%
staff_levels:
  jeugdzorgwerker: {monthly_salary: 3650.00}
  gedragswetenschapper: {monthly_salary: 5480.00}
products:
  - code: AMB
    name: Ambulant
    kind: individual
    unit: hour
    staff_mix: {jeugdzorgwerker: 0.8, gedragswetenschapper: 0.2}
    material_per_hour: 2.50
)" + product_extra;
}

std::string price_one(const std::string& product_extra) {
    const tariffs::Model model = tariffs::parse_model(one_product_model(product_extra), "one.yaml");
    tariffs::CostModel cost(model);
    return engine::format_decimal(cost.price(model.products.front()).price.value, 2);
}

}  // namespace

TEST_CASE("a model can compute the year-end bonus over salary plus holiday allowance", "[method][override]") {
    // gross_annual = annual_salary × (1 + 8% + 8.33% × 1.08): factor 1.169964.
    // jeugdzorgwerker: 43800 × 1.169964 × 1.26 = 64567.973232;
    // gedragswetenschapper: 65760 × 1.169964 × 1.26 = 96940.4091264;
    // mix: 0.8 × 64567.973232 + 0.2 × 96940.4091264 = 71042.46041088;
    // / 1082.6088 direct hours = 65.621543...; (+ 2.50) × 1.20 × 1.02 = 83.380769... → 83.38.
    const std::string rule = R"(rules:
  gross_annual: annual_salary * (1 + holiday_allowance + year_end_bonus * (1 + holiday_allowance) + irregular_hours_allowance)
)";
    CHECK(price_with(rule, "AMB-U") == "83.38");
    CHECK(price_with("", "AMB-U") == "82.92");
}

TEST_CASE("a product that gives its own direct_share gets the tariff of those hours", "[method][override]") {
    // direct hours 1546.584 × 85% = 1314.5964; staff 70637.809536 / 1314.5964 = 53.733...;
    // (+ 2.50) × 1.20 × 1.02 = 68.829751... → 68.83.
    CHECK(price_one("    direct_share: 85%\n") == "68.83");
}

TEST_CASE("a product can override a rule with its own formula", "[method][override]") {
    // The same 85%, written as a formula in the product's rules.
    CHECK(price_one("    rules:\n      direct_share: 0.70 + 0.15\n") == "68.83");
}

TEST_CASE("a model-wide rule replaces the rule of every kind", "[method][override]") {
    // No client-bound cost at all: AMB-U is staff only, 65.247770 × 1.224 = 79.863270... → 79.86.
    CHECK(price_with("rules:\n  client_cost: 0\n", "AMB-U") == "79.86");
}

TEST_CASE("a rounding policy can round the hourly tariff to a multiple of 0.60", "[method][rounding]") {
    // 82.923270 / 0.60 = 138.205... → 138 steps → 82.80, so the minute price 82.80 / 60 = 1.38 is whole cents.
    const std::string policy = "rounding:\n  tariff: {step: 0.60, mode: half_up}\n";
    CHECK(price_with(policy, "AMB-U") == "82.80");
    CHECK(price_with(policy, "AMB-M") == "1.38");
}

TEST_CASE("a rounding policy can choose another mode", "[method][rounding]") {
    // 295.989479 rounded up to whole euros: 296; 82.923270 down to cents stays 82.92.
    CHECK(price_with("rounding:\n  tariff: {places: 0, mode: ceiling}\n", "VBL") == "296.00");
    CHECK(price_with("rounding:\n  tariff: {places: 2, mode: down}\n", "AMB-U") == "82.92");
    CHECK(price_with("rounding:\n  tariff: {places: 1, mode: half_even}\n", "AMB-U") == "82.90");
}

TEST_CASE("a staff level can override an allowance for itself only", "[method][override]") {
    // gedragswetenschapper with 10% ORT: 65760 × (1 + 0.08 + 0.0833 + 0.10) = 83074.608; × 1.26 = 104674.00608.
    const std::string text = one_product_model("");
    const std::string changed = [&] {
        std::string t = text;
        const std::string from = "gedragswetenschapper: {monthly_salary: 5480.00}";
        t.replace(t.find(from), from.size(), "gedragswetenschapper: {monthly_salary: 5480.00, irregular_hours_allowance: 10%}");
        return t;
    }();
    const tariffs::Model model = tariffs::parse_model(changed, "ort.yaml");
    tariffs::CostModel cost(model);
    CHECK(*cost.value(*model.find_role("gedragswetenschapper"), "wage_cost_per_fte").value.to_exact_decimal() ==
          "104674.00608");
    CHECK(*cost.value(*model.find_role("jeugdzorgwerker"), "wage_cost_per_fte").value.to_exact_decimal() ==
          "64200.2004");
}
