// METHOD.md §8: the worked example, to the cent, with the intermediate values
// the method lists.
#include "engine/decimal.hpp"
#include "tariffs/pricing/cost_model.hpp"
#include "tariffs/model/model_loader.hpp"

#include "cli_runner.hpp"

#include <catch2/catch.hpp>

namespace {

struct WorkedExample {
    tariffs::Model model = tariffs::load_model(test::source_dir() + "/models/examples/worked-example.yaml");
    tariffs::CostModel cost{model};

    const tariffs::Product& product(const std::string& code) { return *model.find_product(code); }
    // The exact value, written out in full (every value here has a finite decimal expansion).
    std::string exact(const std::string& code, const std::string& name) {
        return *cost.value(product(code), name).value.to_exact_decimal();
    }
    std::string six(const std::string& code, const std::string& name) {
        return engine::format_decimal(cost.value(product(code), name).value, 6);
    }
    std::string role(const std::string& role_name, const std::string& name) {
        return *cost.value(*model.find_role(role_name), name).value.to_exact_decimal();
    }
    std::string price(const std::string& code) {
        return engine::format_decimal(cost.price(product(code)).price.value, 2);
    }
};

}  // namespace

TEST_CASE("wage cost per FTE is salary times allowances times employer charges, exactly", "[method][worked]") {
    WorkedExample example;
    CHECK(example.role("jeugdzorgwerker", "wage_cost_per_fte") == "64200.2004");
    CHECK(example.role("pedagogisch_medewerker", "wage_cost_per_fte") == "60154.70832");
    CHECK(example.role("gedragswetenschapper", "wage_cost_per_fte") == "96388.24608");
}

TEST_CASE("hours per FTE step down from annual to direct hours", "[method][worked]") {
    WorkedExample example;
    CHECK(example.exact("AMB-U", "available_hours") == "1683.6");
    CHECK(example.exact("AMB-U", "present_hours") == "1582.584");
    CHECK(example.exact("AMB-U", "productive_hours") == "1546.584");
    CHECK(example.exact("AMB-U", "direct_hours") == "1082.6088");
}

TEST_CASE("a product's own direct_share changes its direct hours only", "[method][worked]") {
    WorkedExample example;
    CHECK(example.exact("DAG", "direct_hours") == "1314.5964");
    CHECK(example.exact("AMB-U", "direct_hours") == "1082.6088");
}

TEST_CASE("the build-up of each kind matches the worked example to six decimals", "[method][worked]") {
    WorkedExample example;
    CHECK(example.six("AMB-U", "staff_cost") == "65.247770");
    CHECK(example.six("AMB-U", "client_cost") == "2.500000");
    CHECK(example.six("AMB-U", "tariff_exact") == "82.923270");
    CHECK(example.six("DAG", "staff_cost") == "57.076844");
    CHECK(example.six("DAG", "client_cost") == "9.382353");
    CHECK(example.six("DAG", "tariff_exact") == "81.346058");
    CHECK(example.six("VBL", "staff_cost") == "165.026949");
    CHECK(example.six("VBL", "client_cost") == "76.794521");
    CHECK(example.six("VBL", "tariff_exact") == "295.989479");
}

TEST_CASE("the worked example's tariffs are 82.92, 1.38, 81.35 and 295.99", "[method][worked]") {
    WorkedExample example;
    CHECK(example.price("AMB-U") == "82.92");
    CHECK(example.price("AMB-M") == "1.38");
    CHECK(example.price("DAG") == "81.35");
    CHECK(example.price("VBL") == "295.99");
}

TEST_CASE("minute tariff derives from the rounded hourly tariff", "[method][worked]") {
    WorkedExample example;
    const auto& price = example.cost.derivation(example.cost.price(example.product("AMB-M")).price);
    // 82.92 / 60 = 1.382 -> 1.38; from the unrounded 82.923270 it would be 1.382054... -> 1.38 too,
    // so check the input itself: the minute tariff's only input is the rounded tariff.
    REQUIRE(price.inputs.size() == 1);
    CHECK(price.inputs[0]->name() == "tariff");
    CHECK(*price.unrounded->to_exact_decimal() == "1.382");
}

TEST_CASE("personnel share is staff cost over direct cost", "[method][worked]") {
    WorkedExample example;
    // 65.247770... / 67.747770... = 1 - 2.5 / 67.747770... = 0.9630984... for AMB-U
    CHECK(example.six("AMB-U", "personnel_share") == "0.963098");
}

TEST_CASE("values shared by products are computed once", "[method][worked][performance]") {
    WorkedExample example;
    const auto first = example.cost.value(example.product("AMB-U"), "available_hours");
    const auto& again = example.cost.value(example.product("VBL"), "available_hours");
    CHECK(&example.cost.value(example.product("AMB-U"), "available_hours") == &again);
    CHECK(again.scope->label() == "model");
    const auto& wage_for_amb = example.cost.value(*example.model.find_role("gedragswetenschapper"), "wage_cost_per_fte");
    CHECK(wage_for_amb.scope->label() == "staff level gedragswetenschapper");
    (void)first;
}
