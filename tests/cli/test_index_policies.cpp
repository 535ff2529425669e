// Indexation policies per kind or per product group (METHOD.md §5): a named
// policy replaces the model's weights, correction, method or rounding for the
// products of its kinds or groups; a group's policy comes before a kind's.
#include "engine/decimal.hpp"
#include "tariffs/model/model_loader.hpp"
#include "tariffs/pricing/cost_model.hpp"
#include "tariffs/pricing/indexed_tariffs.hpp"

#include "cli_runner.hpp"

#include <catch2/catch.hpp>

#include <fstream>

namespace {

std::string percent(const engine::Number& fraction) { return engine::format_decimal(fraction * engine::Number(100), 2); }

// The example region with residential care under its own policy: 80/20 and a
// ratio correction, instead of the weights by kind. `extra` goes after it.
std::string region_with_policies(const test::TempDir& dir, const std::string& extra = "") {
    std::string text = test::read_text(test::source_dir() + "/models/examples/region.yaml");
    const std::string by_kind = "  weights_by_kind:\n    residential: {OVA: 80%, PPC: 20%}\n";
    const auto at = text.find(by_kind);
    REQUIRE(at != std::string::npos);
    text.replace(at, by_kind.size(),
                 "  policies:\n"
                 "    verblijf:\n"
                 "      about: residential care weighs prices more and corrects by ratio\n"
                 "      kinds: [residential]\n"
                 "      weights: {OVA: 80%, PPC: 20%}\n"
                 "      correction: ratio\n" + extra);
    for (auto p = text.find("../"); p != std::string::npos; p = text.find("../", p))  // the series file
        text.replace(p, 3, test::source_dir() + "/models/");
    const std::string path = dir.path + "/policies.yaml";
    std::ofstream(path) << text;
    return path;
}

struct Indexed {
    explicit Indexed(const std::string& path)
        : model(tariffs::load_model(path)), cost(model), tariffs(tariffs::index_tariffs(cost, 2027)) {}
    tariffs::Model model;
    tariffs::CostModel cost;
    tariffs::IndexedTariffs tariffs;

    const tariffs::IndexedProduct& product(const std::string& code) const {
        const auto* found = tariffs.find(code);
        REQUIRE(found);
        return *found;
    }
};

}  // namespace

TEST_CASE("one model holds two indexation policies: each product follows its kind's", "[index][policy]") {
    const test::TempDir dir;
    const Indexed indexed(region_with_policies(dir));
    const auto& residential = indexed.product("VBL-L");
    const auto& ambulant = indexed.product("AMB-BEG-U");
    CHECK(residential.policy->name == "verblijf");
    CHECK(ambulant.policy->name.empty());
    // 2026, ambulant (the model's 90/10, points): 0.9 × 3.60 + 0.1 × 2.30 = 3.47, plus
    // 0.9 × (4.50 − 4.18) + 0.1 × (2.30 − 1.82) = 0.336 → 3.806 → 3.81%.
    CHECK(percent(ambulant.find(2026)->index->index) == "3.81");
    // Residential (80/20, ratio): 0.8 × 3.60 + 0.2 × 2.30 = 3.34, plus
    // 1.0406 / 1.03708 − 1 = 0.3394… points → 3.679… → 3.68% (by points it would be 3.69%).
    CHECK(percent(residential.find(2026)->index->index) == "3.68");
    CHECK(residential.find(2026)->index->correction > engine::Number(0));
}

TEST_CASE("the index output shows which policy each product followed", "[index][policy][cli]") {
    const test::TempDir dir;
    const auto result = test::run_tariff({"index", region_with_policies(dir), "--to", "2026"});
    INFO(result.err);
    REQUIRE(result.exit_code == 0);
    CHECK(result.out.find("policy") != std::string::npos);
    CHECK(result.out.find("verblijf (kind residential): weights OVA 80%, PPC 20%, correction ratio") != std::string::npos);
    bool vbl = false, amb = false;
    std::istringstream lines(result.out);
    for (std::string line; std::getline(lines, line);) {
        if (line.rfind("VBL-L ", 0) == 0) vbl = line.find(" verblijf ") != std::string::npos;
        if (line.rfind("AMB-BEG-U ", 0) == 0) amb = line.find(" model ") != std::string::npos;
    }
    CHECK(vbl);
    CHECK(amb);
    const auto json = test::run_tariff({"index", region_with_policies(dir), "--to", "2026", "--format", "json"});
    CHECK(json.out.find("\"policy\": \"verblijf\"") != std::string::npos);
}

TEST_CASE("a product group's policy comes before its kind's", "[index][policy]") {
    const test::TempDir dir;
    std::string path = region_with_policies(dir, "    zwaar:\n      groups: [zwaar]\n      weights: {OVA: 100%}\n"
                                                 "      correction: none\n");
    std::string text = test::read_text(path);
    const auto at = text.find("  - code: VBL-Z\n");
    REQUIRE(at != std::string::npos);
    text.insert(at + std::string("  - code: VBL-Z\n").size(), "    group: zwaar\n");
    std::ofstream(path) << text;
    const Indexed indexed(path);
    CHECK(indexed.product("VBL-Z").policy->name == "zwaar");
    CHECK(indexed.product("VBL-L").policy->name == "verblijf");
    // OVA alone, no correction: 3.60%.
    CHECK(percent(indexed.product("VBL-Z").find(2026)->index->index) == "3.60");
}

TEST_CASE("a policy's unknown kind, a group no product is in, and a kind with two policies are located errors",
          "[index][policy][validation]") {
    const test::TempDir dir;
    const std::string path = region_with_policies(dir, "    dubbel:\n      kinds: [residental, residential]\n"
                                                       "      groups: [nergens]\n");
    try {
        tariffs::load_model(path);
        FAIL("no error");
    } catch (const engine::InputError& e) {
        std::string message;
        for (const auto& d : e.diagnostics().sorted()) message += d.pos.to_string() + ": " + d.message.english() + "\n";
        INFO(message);
        CHECK(message.find("indexation policy `dubbel` names the unknown kind `residental` (did you mean `residential`?)") !=
              std::string::npos);
        CHECK(message.find("the kind residential has two indexation policies: `verblijf` and `dubbel`") !=
              std::string::npos);
        CHECK(message.find("names the group `nergens`, which no product is in") != std::string::npos);
        CHECK(message.find("policies.yaml:") != std::string::npos);
    }
}

TEST_CASE("a policy for no kind and no group is an error", "[index][policy][validation]") {
    const test::TempDir dir;
    const std::string path = region_with_policies(dir, "    leeg:\n      correction: none\n");
    CHECK_THROWS_WITH(tariffs::load_model(path), Catch::Contains("indexation policy `leeg` applies to no product"));
}
