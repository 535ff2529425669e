// A rounding policy per kind or per product group: the products of its kinds
// or groups round the rules it names its way; every other product keeps the
// model's policy. A group's policy comes before a kind's.
#include "engine/decimal.hpp"
#include "tariffs/model/model_loader.hpp"
#include "tariffs/pricing/cost_model.hpp"

#include "cli_runner.hpp"

#include <catch2/catch.hpp>

namespace {

std::string worked_example_with(const std::string& rounding, const std::string& dag_group = "") {
    std::string text = test::read_text(test::source_dir() + "/models/examples/worked-example.yaml");
    if (!dag_group.empty()) text.insert(text.find("    kind: group\n"), "    group: " + dag_group + "\n");
    return text + "\nrounding:\n" + rounding;
}

std::string tariff_of(const tariffs::Model& model, tariffs::CostModel& cost, const std::string& code) {
    return engine::display_amount(cost.price(*model.find_product(code)).tariff.value).text;
}

std::vector<std::string> problems_of(const std::string& text) {
    std::vector<std::string> messages;
    try {
        tariffs::parse_model(text, "rounding.yaml");
    } catch (const engine::InputError& e) {
        for (const auto& d : e.diagnostics().sorted()) messages.push_back(d.pos.to_string() + ": " + d.message.english());
    }
    return messages;
}

}  // namespace

TEST_CASE("residential tariffs round up to whole euros under their kind's policy, the others to cents", "[rounding][policy]") {
    const tariffs::Model model = tariffs::parse_model(
        worked_example_with("  policies:\n    hele-euros:\n      kinds: [residential]\n"
                            "      tariff: {places: 0, mode: up}\n"),
        "rounding.yaml");
    tariffs::CostModel cost(model);
    CHECK(tariff_of(model, cost, "VBL") == "296.00");   // 295.99 to the cent
    CHECK(tariff_of(model, cost, "AMB-U") == "82.92");
    CHECK(tariff_of(model, cost, "DAG") == "81.35");
}

TEST_CASE("a product group's rounding policy comes before its kind's", "[rounding][policy]") {
    const tariffs::Model model = tariffs::parse_model(
        worked_example_with("  tariff: {places: 2, mode: half_up}\n"
                            "  policies:\n"
                            "    groep:\n      kinds: [group]\n      tariff: {places: 0, mode: up}\n"
                            "    dagbehandeling:\n      groups: [dag]\n      tariff: {step: 0.25, mode: down}\n",
                            "dag"),
        "rounding.yaml");
    tariffs::CostModel cost(model);
    CHECK(tariff_of(model, cost, "DAG") == "81.25");  // 81.35 to the cent; 82 by its kind's policy
    CHECK(tariff_of(model, cost, "VBL") == "295.99");
}

TEST_CASE("a rounding policy's unknown rule, unknown kind and missing targets are located errors", "[rounding][policy][validation]") {
    const auto problems = problems_of(worked_example_with("  policies:\n    fout:\n      kinds: [residental]\n"
                                                          "      tarif: {places: 0, mode: up}\n"
                                                          "    leeg:\n      tariff: {places: 0, mode: up}\n"));
    REQUIRE(problems.size() == 3);
    CHECK(problems[0].find("rounding policy `fout` names the unknown kind `residental` (did you mean `residential`?)") !=
          std::string::npos);
    CHECK(problems[1].find("rounding policy `fout` names `tarif`, which is not a rule (did you mean `tariff`?)") !=
          std::string::npos);
    CHECK(problems[2].find("rounding policy `leeg` applies to no product") != std::string::npos);
}
