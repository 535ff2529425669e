// A bid's own build-up: the tariff its inputs give under the method, whether the
// stated tariff follows from them, and the difference with the reference split
// over the inputs, one at a time in a fixed order, adding up exactly.
#include "engine/decimal.hpp"
#include "engine/diagnostic.hpp"
#include "tariffs/checks/bid_buildup.hpp"
#include "tariffs/model/model_loader.hpp"

#include "cli_runner.hpp"

#include <catch2/catch.hpp>

namespace {

const tariffs::Model& worked_example() {
    static const tariffs::Model model = tariffs::load_model(test::source_dir() + "/models/examples/worked-example.yaml");
    return model;
}

// Three inputs differ from the reference: overhead (model-wide), the behavioural
// scientist's salary (a staff level) and AMB-U's material cost (the product).
const std::string three_inputs = R"(provider: Horizon Jeugdzorg
parameters:
  overhead_surcharge: 25%
staff_levels:
  gedragswetenschapper: {monthly_salary: 5600.00}
products:
  - code: AMB-U
    tariff: 87.51
    material_per_hour: 3.00
  - code: VBL
    tariff: 320.00
)";

std::string cents(const engine::Number& value) { return engine::format_decimal(value, 2); }

}  // namespace

TEST_CASE("a difference in three inputs is split over those three and adds up to the cent", "[buildup]") {
    const auto buildup = tariffs::parse_buildup(three_inputs, "bid.yaml", worked_example());
    const auto review = tariffs::review_buildup(worked_example(), buildup);
    const tariffs::BuildUpResult& amb = review.products.at(0);
    CHECK(cents(amb.reference) == "82.92");
    // (65.247770 + 2.50) × 1.25 × 1.02 = 86.378406 → 86.38: overhead +3.46
    // behavioural scientist 5600 × 12 × 1.1633 × 1.26 = 98498.9376; staff 65.637763 → 86.875563 → 86.88: +0.50
    // material 3.00: (65.637763 + 3.00) × 1.275 = 87.513063 → 87.51: +0.63
    REQUIRE(amb.parts.size() == 3);
    CHECK(amb.parts[0].input == "overhead_surcharge");
    CHECK(amb.parts[0].reference == "20%");
    CHECK(amb.parts[0].bid == "25%");
    CHECK(cents(amb.parts[0].effect) == "3.46");
    CHECK(amb.parts[1].input == "gedragswetenschapper: monthly_salary");
    CHECK(cents(amb.parts[1].effect) == "0.50");
    CHECK(amb.parts[2].input == "material_per_hour");
    CHECK(cents(amb.parts[2].effect) == "0.63");
    CHECK(cents(amb.computed) == "87.51");
    CHECK(amb.consistent);
    engine::Number sum;
    for (const auto& part : amb.parts) sum += part.effect;
    CHECK(sum == amb.difference);
    CHECK(cents(amb.difference) == "4.59");
}

TEST_CASE("a stated tariff that does not follow from the provider's inputs is flagged with what it should be",
          "[buildup]") {
    const auto buildup = tariffs::parse_buildup(three_inputs, "bid.yaml", worked_example());
    const auto review = tariffs::review_buildup(worked_example(), buildup);
    const tariffs::BuildUpResult& vbl = review.products.at(1);
    // VBL has no pedagogisch_medewerker-only inputs; overhead 25% and the scientist's salary apply:
    // its own inputs give a tariff other than the stated 320.00.
    CHECK_FALSE(vbl.consistent);
    CHECK(review.has_findings());
    CHECK(cents(*vbl.stated) == "320.00");
    const auto& last = vbl.parts.back();
    CHECK(last.input == "stated tariff does not follow from the inputs");
    CHECK(last.reference == cents(vbl.computed));
    CHECK(last.effect == *vbl.stated - vbl.computed);
    engine::Number sum;
    for (const auto& part : vbl.parts) sum += part.effect;
    CHECK(sum == *vbl.stated - vbl.reference);
}

TEST_CASE("inputs that do not touch a product are left out of its attribution", "[buildup]") {
    const std::string text = R"(provider: P
staff_levels:
  jeugdzorgwerker: {monthly_salary: 3700.00}
products:
  - code: VBL
)";
    const auto review = tariffs::review_buildup(worked_example(), tariffs::parse_buildup(text, "p.yaml", worked_example()));
    // VBL's staff mix has no jeugdzorgwerker: nothing to attribute, and no stated tariff to check.
    CHECK(review.products.at(0).parts.empty());
    CHECK(review.products.at(0).consistent);
    CHECK(cents(review.products.at(0).difference) == "0.00");
}

TEST_CASE("a build-up with unknown keys, roles, products or out-of-range values is refused, located", "[buildup][validation]") {
    const std::string text = R"(provider: P
parameters:
  overhead_surcharg: 25%
  absence_rate: 120%
staff_levels:
  gedragswetenschaper: {monthly_salary: 5600.00}
products:
  - code: AMB-X
)";
    try {
        tariffs::parse_buildup(text, "bad.yaml", worked_example());
        FAIL("a broken build-up was accepted");
    } catch (const engine::InputError& e) {
        const auto problems = e.diagnostics().sorted();
        REQUIRE(problems.size() == 4);
        CHECK(problems[0].to_string() == "bad.yaml:3:3: error: unknown key `overhead_surcharg` in `parameters` (did you mean `overhead_surcharge`?)");
        CHECK(problems[1].to_string() == "bad.yaml:4:17: error: `absence_rate` is 120%, outside its range [0, 1)");
        CHECK(problems[2].to_string() == "bad.yaml:6:3: error: unknown staff level `gedragswetenschaper` (did you mean `gedragswetenschapper`?)");
        CHECK(problems[3].to_string() == "bad.yaml:8:11: error: unknown product `AMB-X` (did you mean `AMB-U`?)");
    }
}
