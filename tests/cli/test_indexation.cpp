// METHOD.md §5: the index of a year is the weighted provisional figure plus a
// correction for the previous year, rounded as the policy says; tariffs are
// indexed as a chain on the published tariff, or directly from the exact one.
// The figures are the public OVA/PPC of models/indexation/ova-ppc.yaml.
#include "engine/decimal.hpp"
#include "tariffs/pricing/cost_model.hpp"
#include "tariffs/pricing/indexed_tariffs.hpp"
#include "tariffs/model/model_loader.hpp"
#include "tariffs/reports/text/heavy_care_reports.hpp"

#include "cli_runner.hpp"

#include <catch2/catch.hpp>

#include <sstream>

namespace {

// The worked example's figures with base year 2023, indexed to 2025 under `policy`.
std::string model_text(const std::string& policy) {
    std::string text = test::read_text(test::source_dir() + "/models/examples/worked-example.yaml");
    // Keep the tariff part only: budgets and allocation belong to the worked example's own years.
    text = text.substr(0, text.find("# --- Heavy care"));
    text.replace(text.find("year: 2025"), 10, "year: 2023");
    text.replace(text.find("until: 2027"), 11, "until: 2025");
    return text + "indexation:\n  series_file: ../indexation/ova-ppc.yaml\n" + policy;
}

struct Indexed {
    explicit Indexed(const std::string& policy)
        : model(tariffs::parse_model(model_text(policy), test::source_dir() + "/models/examples/indexed.yaml")),
          cost(model),
          tariffs(tariffs::index_tariffs(cost, model.until)) {}

    // The default weights' index of `year` as a percentage with `places` decimals.
    std::string index(int year, int places = 3) const {
        return engine::format_decimal(tariffs.index_of(year)->index * engine::Number(100), places);
    }
    std::string tariff(const std::string& code, int year) const {
        return engine::format_decimal(tariffs.find(code)->find(year)->price, 2);
    }

    tariffs::Model model;
    tariffs::CostModel cost;
    tariffs::IndexedTariffs tariffs;
};

const std::string weights_90_10 = "  weights: {OVA: 90%, PPC: 10%}\n";
const std::string round_every_step =
    "  rounding:\n"
    "    weighted: {places: 2, mode: half_up}\n"
    "    correction: {places: 2, mode: half_up}\n"
    "    index: {places: 2, mode: half_up}\n";
const std::string round_at_the_end = "  rounding:\n    index: {places: 2, mode: half_up}\n";

}  // namespace

TEST_CASE("points correction, exact steps: 2024 is 4.697% + 1.673% = 6.37%", "[indexation]") {
    // provisional 2024: 0.9 × 4.94 + 0.1 × 2.51 = 4.446 + 0.251 = 4.697%
    // 2023 definitive: 0.9 × 6.36 + 0.1 × 7.02 = 6.426%; provisional: 0.9 × 4.74 + 0.1 × 4.87 = 4.753%
    // correction (points): 6.426 − 4.753 = 1.673%; index 4.697 + 1.673 = 6.370%
    Indexed indexed(weights_90_10 + "  correction: points\n");
    CHECK(indexed.index(2024) == "6.370");
    // 2025: 0.9 × 4.18 + 0.1 × 1.82 = 3.944%; 2024 definitive 0.9 × 6.00 + 0.1 × 3.10 = 5.71%,
    // provisional 4.697%: correction 1.013%; index 4.957%
    CHECK(indexed.index(2025) == "4.957");
}

TEST_CASE("points correction rounded at every step: 2024 is 4.70% + 1.68% = 6.38%", "[indexation]") {
    // 4.697 → 4.70; 6.426 → 6.43; 4.753 → 4.75; correction 6.43 − 4.75 = 1.68; index 6.38%
    Indexed indexed(weights_90_10 + "  correction: points\n" + round_every_step);
    CHECK(indexed.index(2024) == "6.380");
    // 3.944 → 3.94; 5.71; 4.697 → 4.70; correction 1.01; index 4.95%
    CHECK(indexed.index(2025) == "4.950");
}

TEST_CASE("points correction rounded only at the end: 6.370% gives 6.37%", "[indexation]") {
    Indexed indexed(weights_90_10 + "  correction: points\n" + round_at_the_end);
    CHECK(indexed.index(2024) == "6.370");
    // 4.957% → 4.96%
    CHECK(indexed.index(2025) == "4.960");
}

TEST_CASE("ratio correction, exact steps: 2024 is 4.697% + (1.06426 / 1.04753 − 1)", "[indexation]") {
    // 1.06426 / 1.04753 − 1 = 0.0159709...; index 4.697% + 1.59709...% = 6.29409...%
    Indexed indexed(weights_90_10 + "  correction: ratio\n");
    CHECK(indexed.index(2024, 5) == "6.29409");
    Indexed rounded(weights_90_10 + "  correction: ratio\n" + round_at_the_end);
    CHECK(rounded.index(2024) == "6.290");
    // 2025: 3.944% + (1.0571 / 1.04697 − 1 = 0.967553...%) = 4.911553...% → 4.91%
    CHECK(rounded.index(2025) == "4.910");
}

TEST_CASE("ratio correction rounded at every step: 2024 is 4.70% + 1.60% = 6.30%", "[indexation]") {
    // (1.0643 / 1.0475) − 1 = 0.0160381... → 1.60%; index 4.70 + 1.60 = 6.30%
    Indexed indexed(weights_90_10 + "  correction: ratio\n" + round_every_step);
    CHECK(indexed.index(2024) == "6.300");
    // 2025: 3.94% + ((1.0571 / 1.0470) − 1 = 0.9646...% → 0.96%) = 4.90%
    CHECK(indexed.index(2025) == "4.900");
}

TEST_CASE("no correction: the index is the weighted provisional figure", "[indexation]") {
    Indexed indexed(weights_90_10 + "  correction: none\n");
    CHECK(indexed.index(2024) == "4.697");
}

TEST_CASE("residential care may weigh 80/20", "[indexation]") {
    // 2024 provisional 0.8 × 4.94 + 0.2 × 2.51 = 4.454%; 2023 definitive 0.8 × 6.36 + 0.2 × 7.02 = 6.492%,
    // provisional 0.8 × 4.74 + 0.2 × 4.87 = 4.766%; points 1.726%; index 6.18%
    Indexed indexed(weights_90_10 + "  weights_by_kind: {residential: {OVA: 80%, PPC: 20%}}\n");
    const auto* vbl = indexed.tariffs.find("VBL");
    CHECK(engine::format_decimal(vbl->find(2024)->index->index * engine::Number(100), 3) == "6.180");
    CHECK(indexed.index(2024) == "6.370");
}

TEST_CASE("tariffs are indexed as a chain on the rounded tariff of the year before", "[indexation]") {
    // AMB-U 82.92 × 1.0637 = 88.202004 → 88.20; × 1.04957 = 92.572074 → 92.57
    Indexed indexed(weights_90_10 + round_at_the_end.substr(0, 0) + "  correction: points\n");
    CHECK(indexed.tariff("AMB-U", 2023) == "82.92");
    CHECK(indexed.tariff("AMB-U", 2024) == "88.20");
    CHECK(indexed.tariff("AMB-U", 2025) == "92.57");
}

TEST_CASE("direct indexation multiplies the exact base tariff and rounds once", "[indexation]") {
    // AMB-U exact 82.923270 × 1.0637 × 1.04957 = 92.5752... → 92.58 (the chain gives 92.57)
    Indexed indexed(weights_90_10 + "  correction: points\n  method: direct\n");
    CHECK(indexed.tariff("AMB-U", 2024) == "88.21");
    CHECK(indexed.tariff("AMB-U", 2025) == "92.58");
}

TEST_CASE("an indexed minute tariff derives from the indexed hourly tariff", "[indexation]") {
    // 88.20 / 60 = 1.47; 92.57 / 60 = 1.542833 → 1.54
    Indexed indexed(weights_90_10 + "  correction: points\n");
    CHECK(indexed.tariff("AMB-M", 2024) == "1.47");
    CHECK(indexed.tariff("AMB-M", 2025) == "1.54");
}

TEST_CASE("a year without an index figure is a located error", "[indexation][validation]") {
    std::string text = model_text(weights_90_10);
    text.replace(text.find("until: 2025"), 11, "until: 2026");
    const tariffs::Model model = tariffs::parse_model(text, test::source_dir() + "/models/examples/indexed.yaml");
    tariffs::CostModel cost(model);
    try {
        tariffs::index_tariffs(cost, 2026);
        FAIL("indexing into 2026 without figures succeeded");
    } catch (const engine::InputError& e) {
        const auto problems = e.diagnostics().sorted();
        REQUIRE(problems.size() == 2);  // OVA and PPC
        CHECK(problems[0].message.english() == "no provisional OVA figure for 2026: the index of 2026 needs it");
        CHECK(problems[0].pos.to_string() == test::source_dir() + "/models/indexation/ova-ppc.yaml:16:3");
    }
}

TEST_CASE("index weights that do not add up to 1 are refused with the sum", "[indexation][validation]") {
    try {
        tariffs::parse_model(model_text("  weights: {OVA: 90%, PPC: 9%}\n"),
                             test::source_dir() + "/models/examples/indexed.yaml");
        FAIL("weights adding up to 0.99 were accepted");
    } catch (const engine::InputError& e) {
        const auto problems = e.diagnostics().sorted();
        REQUIRE(problems.size() == 1);
        CHECK(problems[0].message.english() == "index weights add up to 0.99, not exactly 1");
    }
}

TEST_CASE("the worked example's stated index gives 307.39 and 316.92 for VBL", "[indexation][worked]") {
    const tariffs::Model model = tariffs::load_model(test::source_dir() + "/models/examples/worked-example.yaml");
    tariffs::CostModel cost(model);
    const tariffs::IndexedTariffs indexed = tariffs::index_tariffs(cost, 2027);
    // 295.99 × 1.0385 = 307.385615 → 307.39; × 1.031 = 316.91909 → 316.92
    CHECK(engine::format_decimal(indexed.find("VBL")->find(2026)->price, 2) == "307.39");
    CHECK(engine::format_decimal(indexed.find("VBL")->find(2027)->price, 2) == "316.92");
    // 82.92 × 1.0385 = 86.11242 → 86.11; × 1.031 = 88.77941 → 88.78
    CHECK(engine::format_decimal(indexed.find("AMB-U")->find(2026)->price, 2) == "86.11");
    CHECK(engine::format_decimal(indexed.find("AMB-U")->find(2027)->price, 2) == "88.78");
}

TEST_CASE("a product may weigh the index by its own personnel share", "[indexation]") {
    // AMB-U personnel share 65.247770 / 67.747770 = 0.9630984...; points correction:
    // ps × (4.94 + 6.36 − 4.74) + (1 − ps) × (2.51 + 7.02 − 4.87) = 4.66 + 1.9 × ps = 6.489887%
    std::string policy = weights_90_10 + "  correction: points\n";
    Indexed indexed(policy);
    std::string text = model_text(policy);
    text.replace(text.find("    material_per_hour: 2.50\n"), 27, "    material_per_hour: 2.50\n    index_weights: personnel_share\n");
    const tariffs::Model model = tariffs::parse_model(text, test::source_dir() + "/models/examples/indexed.yaml");
    tariffs::CostModel cost(model);
    const tariffs::IndexedTariffs own = tariffs::index_tariffs(cost, 2024);
    CHECK(engine::format_decimal(own.find("AMB-U")->find(2024)->index->index * engine::Number(100), 6) == "6.489887");
    // AMB-M keeps the default 90/10 weights: 6.37%
    CHECK(engine::format_decimal(own.find("AMB-M")->find(2024)->index->index * engine::Number(100), 3) == "6.370");
}

TEST_CASE("a contract year with no index is an error, not an index of 0.00%", "[indexation][validation]") {
    std::string text = test::read_text(test::source_dir() + "/models/examples/worked-example.yaml");
    const std::string applied = "applied: {2026: 3.85%, 2027: 3.10%}";
    REQUIRE(text.find(applied) != std::string::npos);
    text.replace(text.find(applied), applied.size(), "applied: {2026: 3.85%}");
    const tariffs::Model model = tariffs::parse_model(text, "years.yaml");
    tariffs::CostModel cost(model);
    try {
        tariffs::index_tariffs(cost, model.until);
        FAIL("2027 was indexed without a figure");
    } catch (const engine::InputError& e) {
        REQUIRE(e.diagnostics().size() == 1);
        CHECK(e.diagnostics().items().front().pos.to_string() == "years.yaml:67:3");
        CHECK(e.diagnostics().items().front().message.english() ==
              "no index for 2027: the indexation neither states it under `applied` nor has `weights` and series "
              "to compute it from");
    }
}

TEST_CASE("the index report names where each product's other index comes from: own weights, a kind's, a policy",
          "[indexation]") {
    using Catch::Matchers::Contains;
    std::string text = model_text(weights_90_10 + "  correction: points\n");
    text.replace(text.find("    material_per_hour: 2.50\n"), 27, "    material_per_hour: 2.50\n    index_weights: personnel_share\n");
    const tariffs::Model model = tariffs::parse_model(text, test::source_dir() + "/models/examples/indexed.yaml");
    tariffs::CostModel cost(model);
    std::ostringstream own;
    tariffs::write_index(model, tariffs::index_tariffs(cost, model.until), 2023, 2025, tariffs::ReportFormat::table, own);
    CHECK_THAT(own.str(), Contains("Indexed otherwise than by the year's index:\n"));
    CHECK_THAT(own.str(), Contains("  AMB-U (own weights by its personnel share: "));
    CHECK_THAT(own.str(), !Contains("AMB-M ("));  // the model's weights: the year's index

    const auto kind = test::run_tariff({"index", "models/examples/region.yaml"});
    REQUIRE(kind.exit_code == 0);
    CHECK_THAT(kind.out, Contains("  LOG (weights of kind residential: OVA 80%, PPC 20%) 2026: "));
    CHECK_THAT(kind.out, !Contains("own weights"));
    const auto policy = test::run_tariff({"index", "models/examples/practice/split-indexation.yaml"});
    REQUIRE(policy.exit_code == 0);
    CHECK_THAT(policy.out, Contains("  VBL (policy verblijf, weights: OVA 80%, PPC 20%) 2026: "));
    const auto dutch = test::run_tariff({"index", "models/examples/region.yaml", "--locale", "nl"});
    CHECK_THAT(dutch.out, Contains("  LOG (gewichten van soort verblijf: "));
}
