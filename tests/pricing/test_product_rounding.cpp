// A product's `round:` rounds its `tariff` (per the kind's base unit) in place
// of the model's rounding policy and the rule's own rounding, for that product
// only, without writing the rule out again.
#include "tariffs/model/model_loader.hpp"
#include "tariffs/pricing/cost_model.hpp"

#include "cli_runner.hpp"
#include "model_problems.hpp"
#include "numbers.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using test::exact;
using test::load_problems;

namespace {

// The worked example with `AMB-U`'s or `AMB-M`'s material line followed by `lines`.
std::string worked_example_with(const std::string& code, const std::string& lines, const std::string& top = "") {
    std::string text = test::read_text(test::source_dir() + "/models/examples/worked-example.yaml");
    const auto product = text.find("  - code: " + code + "\n");
    REQUIRE(product != std::string::npos);
    const std::string material = "    material_per_hour: 2.50\n";
    const auto line = text.find(material, product);
    REQUIRE(line != std::string::npos);
    return text.insert(line + material.size(), lines) + top;
}

struct Prices {
    explicit Prices(const std::string& text) : model(tariffs::parse_model(text, "m.yaml")), cost(model) {}

    // The price per the product's unit, and its tariff per the base unit.
    std::string price(const std::string& code) { return exact(cost.price(*model.find_product(code)).price.value); }
    std::string tariff(const std::string& code) { return exact(cost.price(*model.find_product(code)).tariff.value); }

    tariffs::Model model;
    tariffs::CostModel cost;
};

}  // namespace

TEST_CASE("round: on a product rounds its tariff and no other product's", "[product-rounding]") {
    Prices prices(worked_example_with("AMB-U", "    round: {places: 0, mode: up}\n"));
    CHECK(prices.price("AMB-U") == "83");    // 82.917… up to whole euros, not 82.92
    CHECK(prices.price("AMB-M") == "1.38");  // the same build-up, the method's rounding: 82.92 / 60
    CHECK(prices.price("DAG") == "81.35");
    CHECK(prices.price("VBL") == "295.99");
}

TEST_CASE("round: on a minute product rounds its hourly tariff, from which the minute tariff follows",
          "[product-rounding]") {
    Prices prices(worked_example_with("AMB-M", "    round: {step: 6, mode: up}\n"));
    CHECK(prices.tariff("AMB-M") == "84");    // 82.917… up to a multiple of 6
    CHECK(prices.price("AMB-M") == "1.4");    // 84 / 60, to the cent (iJw)
    CHECK(prices.price("AMB-U") == "82.92");
}

TEST_CASE("round: on a product takes the place of the model's rounding policy for that product only",
          "[product-rounding]") {
    Prices prices(worked_example_with("AMB-U", "    round: {places: 2, mode: half_up}\n",
                                      "rounding:\n  tariff: {step: 0.60, mode: half_up}\n"));
    CHECK(prices.price("AMB-U") == "82.92");
    CHECK(prices.price("VBL") == "295.8");   // 295.99… to a multiple of 0.60
}

TEST_CASE("round: on a product takes the place of its kind's rounding policy", "[product-rounding]") {
    Prices prices(worked_example_with("AMB-U", "    round: {places: 2, mode: half_up}\n",
                                      "rounding:\n  policies:\n    hele-euros:\n      kinds: [individual]\n"
                                      "      tariff: {places: 0, mode: up}\n"));
    CHECK(prices.price("AMB-U") == "82.92");  // its own round:
    CHECK(prices.tariff("AMB-M") == "83");    // its kind's policy: 82.917… up to whole euros
}

TEST_CASE("round: on a product rounds the product's own tariff rule", "[product-rounding]") {
    Prices prices(worked_example_with("AMB-U", "    rules: {tariff: tariff_exact * 1.1}\n"
                                               "    round: {places: 0, mode: ceiling}\n"));
    CHECK(prices.price("AMB-U") == "92");  // 82.917… × 1.1 = 91.209…, up to whole euros
}

TEST_CASE("a product that rounds its tariff both in round: and in its own rule is refused at round:",
          "[product-rounding]") {
    const auto problems = load_problems(worked_example_with(
        "AMB-U", "    rules: {tariff: {formula: tariff_exact, round: {places: 1}}}\n"
                 "    round: {places: 0, mode: ceiling}\n"));
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].pos.to_string() == "m.yaml:31:12");
    CHECK(problems[0].message.english() == "product `AMB-U` rounds its tariff twice: `round:` here and the `round` of its "
                                 "rule `tariff` at m.yaml:30:52; keep one");
}

TEST_CASE("round: on a product that gives its tariff as a value is refused", "[product-rounding]") {
    const auto problems = load_problems(worked_example_with("AMB-U", "    inputs: {tariff: 80.125}\n"
                                                                     "    round: {places: 2}\n"));
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].pos.to_string() == "m.yaml:31:12");
    CHECK(problems[0].message.english() ==
          "product `AMB-U` gives `tariff` as a value (m.yaml:30:22): `round:` rounds the rule `tariff`");
}

TEST_CASE("a product's round: is read as the rounding policy is, and refused the same way", "[product-rounding]") {
    const auto problems = load_problems(worked_example_with("AMB-U", "    round: {places: 2, step: 0.60}\n"));
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].pos.to_string() == "m.yaml:30:12");
    CHECK(problems[0].message.english() == "a rounding has `places` or `step`, not both");
}
