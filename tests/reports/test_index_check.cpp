// Indexation validation: a provider's indexed tariffs against the model's, and
// for each that differs, the alternative that explains it.
#include "engine/decimal.hpp"
#include "tariffs/pricing/cost_model.hpp"
#include "tariffs/checks/csv_reader.hpp"
#include "tariffs/checks/index_check.hpp"
#include "tariffs/reports/text/check_reports.hpp"
#include "tariffs/pricing/indexed_tariffs.hpp"
#include "tariffs/model/model_loader.hpp"

#include "cli_runner.hpp"

#include <catch2/catch.hpp>

#include <algorithm>

namespace {

// Two products with chosen base tariffs and stated indexes 6% (2026) and 3% (2027).
//  TIE: tariff 81.25; 2026: 81.25 × 1.06 = 86.125 exactly: half up 86.13, half even 86.12.
//  DIR: tariff_exact 100.014 → 100.01; chain 2026: 106.0106 → 106.01, 2027: 109.1903 → 109.19;
//       direct 2027: 100.014 × 1.06 × 1.03 = 109.1952852 → 109.20.
std::string model_text() {
    std::string text = test::read_text(test::source_dir() + "/models/examples/worked-example.yaml");
    text = text.substr(0, text.find("# --- Heavy care"));
    text = text.substr(0, text.find("products:"));
    return text + R"(products:
  - code: TIE
    name: Tie
    kind: individual
    unit: hour
    staff_mix: {jeugdzorgwerker: 1}
    material_per_hour: 0
    rules: {tariff_exact: 81.25}
  - code: DIR
    name: Direct
    kind: individual
    unit: hour
    staff_mix: {jeugdzorgwerker: 1}
    material_per_hour: 0
    rules: {tariff_exact: 100.014}
indexation:
  applied: {2026: 6%, 2027: 3%}
)";
}

struct Checked {
    explicit Checked(const std::string& csv)
        : model(tariffs::parse_model(model_text(), "indexed.yaml")),
          cost(model),
          tariffs(tariffs::index_tariffs(cost, model.until)),
          check(tariffs::check_index(cost, tariffs, tariffs::parse_csv(csv, "list.csv"))) {}

    tariffs::Model model;
    tariffs::CostModel cost;
    tariffs::IndexedTariffs tariffs;
    tariffs::IndexCheck check;
};

bool names(const tariffs::IndexCheckLine& line, const std::string& cause) {
    return std::any_of(line.causes.begin(), line.causes.end(),
                       [&](const tariffs::IndexCause& c) { return tariffs::index_cause_text(c) == cause; });
}

}  // namespace

TEST_CASE("tariffs that match the model's indexed tariffs are exact", "[indexcheck]") {
    Checked checked("provider;product;year;tariff\nP;TIE;2025;81,25\nP;TIE;2026;86,13\nP;DIR;2027;109,19\n");
    REQUIRE(checked.check.lines.size() == 3);
    for (const auto& line : checked.check.lines) CHECK(line.status == tariffs::IndexCheckStatus::exact);
    CHECK_FALSE(checked.check.has_findings());
}

TEST_CASE("a tariff rounded half even instead of half up is named as such", "[indexcheck]") {
    Checked checked("provider,product,year,tariff\nP,TIE,2026,86.12\n");
    const auto& line = checked.check.lines.at(0);
    CHECK(line.status == tariffs::IndexCheckStatus::differs);
    CHECK(engine::format_decimal(line.difference, 2) == "-0.01");
    CHECK(names(line, "rounded half_even instead of half_up"));
    CHECK_FALSE(names(line, "indexed directly from the base year instead of as a chain"));
}

TEST_CASE("a tariff indexed directly instead of chained is named as such", "[indexcheck]") {
    Checked checked("provider,product,year,tariff\nP,DIR,2027,109.20\n");
    const auto& line = checked.check.lines.at(0);
    CHECK(line.status == tariffs::IndexCheckStatus::differs);
    CHECK(engine::format_decimal(line.difference, 2) == "0.01");
    CHECK(names(line, "indexed directly from the base year instead of as a chain"));
    CHECK_FALSE(names(line, "rounded half_even instead of half_up"));
}

TEST_CASE("a tariff with the index of another year is named as such", "[indexcheck]") {
    // TIE 2027 with 2026's 6% instead of 3%: 86.13 × 1.06 = 91.2978 → 91.30 (model: 86.13 × 1.03 = 88.7139 → 88.71)
    Checked checked("provider,product,year,tariff\nP,TIE,2027,91.30\n");
    const auto& line = checked.check.lines.at(0);
    CHECK(engine::format_decimal(line.expected, 2) == "88.71");
    CHECK(names(line, "the index of 2026 (6.00%) instead of 2027's (3.00%)"));
}

TEST_CASE("a difference no alternative explains names no cause", "[indexcheck]") {
    Checked checked("provider,product,year,tariff\nP,TIE,2026,90.00\n");
    CHECK(checked.check.lines.at(0).causes.empty());
    CHECK(checked.check.has_findings());
}

TEST_CASE("unknown products and years outside the contract are findings", "[indexcheck]") {
    Checked checked("provider,product,year,tariff\nP,XYZ,2026,1.00\nP,TIE,2031,90.00\n");
    CHECK(checked.check.lines.at(0).status == tariffs::IndexCheckStatus::unknown_product);
    CHECK(checked.check.lines.at(1).status == tariffs::IndexCheckStatus::unknown_year);
}

TEST_CASE("a line that cannot be read is reported and the others are still checked", "[indexcheck]") {
    Checked checked("provider,product,year,tariff\nP,TIE,2026,86.13\nP,TIE,twenty,86.13\nP,DIR,2027,109.19\n");
    CHECK(checked.check.lines.size() == 2);
    REQUIRE(checked.check.unreadable.size() == 1);
    CHECK(checked.check.unreadable.items()[0].to_string() == "list.csv:3:1: error: line 3: `twenty` is not a year");
}

// --- The alternatives a provider may have followed (issue 26) --------------------

namespace {

// The public OVA/PPC figures (shared/data/indexation.md) and no rounding of the
// index: 2025's is 0.9 × 4.18% + 0.1 × 1.82% + (5.71% − 4.697%) = 4.957%, where
// the published figures, each step rounded to two decimals, give
// 3.94% + (5.71% − 4.70%) = 4.95%. Residential care weighs 80/20: 4.674%.
// 2026 (assumed figures): 3.47% + (4.28% − 3.944%) = 3.806%, residential 3.692%.
//   AMB  90.78 → 2025 95.28 (95.27996…), 2026 98.91
//   AMB2 100.00 → 2025 104.96 (104.957), 2026 108.95 (108.9547…)
//   VBL  250.00 → 2025 261.69 (261.685), 2026 271.35
std::string published_model_text() {
    std::string text = test::read_text(test::source_dir() + "/models/examples/worked-example.yaml");
    text = text.substr(0, text.find("products:"));
    text.replace(text.find("year: 2025"), 10, "year: 2024");
    text.replace(text.find("until: 2027"), 11, "until: 2026");
    return text + R"(products:
  - code: AMB
    name: Ambulant
    kind: individual
    unit: hour
    staff_mix: {jeugdzorgwerker: 1}
    material_per_hour: 0
    rules: {tariff_exact: 90.78}
  - code: AMB2
    name: Ambulant 2
    kind: individual
    unit: hour
    staff_mix: {jeugdzorgwerker: 1}
    material_per_hour: 0
    rules: {tariff_exact: 100.00}
  - code: VBL
    name: Verblijf
    kind: residential
    unit: etmaal
    staff_mix: {pedagogisch_medewerker: 1}
    fte_per_place: 0.85
    occupancy: 90%
    housing_per_place_year: 18000.00
    material_per_day: 22.00
    rules: {tariff_exact: 250.00}
indexation:
  series:
    OVA:
      2023: {provisional: 4.74%, definitive: 6.36%}
      2024: {provisional: 4.94%, definitive: 6.00%}
      2025: {provisional: 4.18%, definitive: 4.50%}
      2026: {provisional: 3.60%}
    PPC:
      2023: {provisional: 4.87%, definitive: 7.02%}
      2024: {provisional: 2.51%, definitive: 3.10%}
      2025: {provisional: 1.82%, definitive: 2.30%}
      2026: {provisional: 2.30%}
  weights: {OVA: 90%, PPC: 10%}
  weights_by_kind: {residential: {OVA: 80%, PPC: 20%}}
  correction: points
  rounding:
    tariff: {places: 2, mode: half_up}
)";
}

struct Published {
    explicit Published(const std::string& csv)
        : model(tariffs::parse_model(published_model_text(), "published.yaml")),
          cost(model),
          tariffs(tariffs::index_tariffs(cost, model.until)),
          check(tariffs::check_index(cost, tariffs, tariffs::parse_csv(csv, "list.csv"))) {}

    tariffs::Model model;
    tariffs::CostModel cost;
    tariffs::IndexedTariffs tariffs;
    tariffs::IndexCheck check;
};

// Each cause of a line, as the report words it, in order.
std::vector<std::string> causes(const tariffs::IndexCheckLine& line) {
    std::vector<std::string> texts;
    for (const auto& cause : line.causes) texts.push_back(tariffs::index_cause_text(cause));
    return texts;
}

std::vector<std::string> explains_all(const tariffs::ProviderIndexCheck& provider) {
    std::vector<std::string> texts;
    for (const auto& cause : provider.explains_all) texts.push_back(tariffs::index_cause_text(cause));
    return texts;
}

using Texts = std::vector<std::string>;

}  // namespace

TEST_CASE("the published index, each step rounded, is named before a rounding mode", "[indexcheck]") {
    // 90.78 × 1.0495 = 95.273611 → 95.27; the model's 95.27996 rounded down is 95.27 too
    Published published("provider;product;year;tariff\nP;AMB;2025;95,27\n");
    const auto& line = published.check.lines.at(0);
    CHECK(engine::format_decimal(line.expected, 2) == "95.28");
    CHECK(causes(line) == Texts{"the index as published, each step rounded to 0.01% (4.95% instead of 4.957%)",
                                "rounded down instead of half_up"});
}

TEST_CASE("residential care indexed with another kind's weights is named", "[indexcheck]") {
    // 250.00 × 1.04957 = 262.3925 → 262.39, and on from it: 262.39 × 1.03806 = 272.376… → 272.38
    Published published("provider;product;year;tariff\nP;VBL;2025;262,39\nP;VBL;2026;272,38\n");
    CHECK(causes(published.check.lines.at(0)) ==
          Texts{"weights OVA 90%, PPC 10% instead of OVA 80%, PPC 20% (4.957% instead of 4.674%)"});
    CHECK(causes(published.check.lines.at(1)) ==
          Texts{"weights OVA 90%, PPC 10% instead of OVA 80%, PPC 20% (3.806% instead of 3.692%)"});
    REQUIRE(published.check.providers.size() == 1);
    CHECK(explains_all(published.check.providers[0]) == Texts{"weights OVA 90%, PPC 10%"});
}

TEST_CASE("a usual split no policy writes, 75/25, is named", "[indexcheck]") {
    // 0.75 × 4.18 + 0.25 × 1.82 + (0.75 × 6.00 + 0.25 × 3.10 − 0.75 × 4.94 − 0.25 × 2.51) = 4.5325%:
    // 250.00 × 1.045325 = 261.33125 → 261.33
    Published published("provider;product;year;tariff\nP;VBL;2025;261,33\n");
    CHECK(causes(published.check.lines.at(0)) ==
          Texts{"weights OVA 75%, PPC 25% instead of OVA 80%, PPC 20% (4.5325% instead of 4.674%)"});
}

TEST_CASE("the correction by ratio instead of points is named", "[indexcheck]") {
    // 3.944% + (1.0571 / 1.04697 − 1) = 4.911554…%: 90.78 × 1.04911554 = 95.2387… → 95.24
    Published published("provider;product;year;tariff\nP;AMB;2025;95,24\n");
    CHECK(causes(published.check.lines.at(0)) ==
          Texts{"the correction as ratio instead of points (≈4.911554% instead of 4.957%)"});
}

TEST_CASE("the index rounded only at the end, to 0.1%, is named", "[indexcheck]") {
    // 4.957% → 5.0%: 90.78 × 1.05 = 95.319 → 95.32
    Published published("provider;product;year;tariff\nP;AMB;2025;95,32\n");
    CHECK(causes(published.check.lines.at(0)) ==
          Texts{"the index rounded to 0.1% only at the end (5.00% instead of 4.957%)"});
}

TEST_CASE("another base year is named: one index more, or one less", "[indexcheck]") {
    // From 2023: 2024's index 4.697% + (6.426% − 4.753%) = 6.37%: 90.78 × 1.0637 = 96.5627 → 96.56,
    // then 96.56 × 1.04957 = 101.346… → 101.35. From 2025: 2025 is the base tariff, 2026 90.78 × 1.03806 → 94.24.
    Published published("provider;product;year;tariff\nB;AMB;2024;96,56\nB;AMB;2025;101,35\n"
                        "C;AMB;2025;90,78\nC;AMB;2026;94,24\n");
    const auto& lines = published.check.lines;
    CHECK(causes(lines.at(0)) == Texts{"indexed from 2023 instead of the base year 2024"});
    CHECK(causes(lines.at(1)) == Texts{"indexed from 2023 instead of the base year 2024"});
    CHECK(causes(lines.at(2)) == Texts{"indexed from 2025 instead of the base year 2024"});
    CHECK(causes(lines.at(3)) == Texts{"indexed from 2025 instead of the base year 2024"});
}

TEST_CASE("the alternative that alone explains a provider's every difference is said, not one an exact line rules out",
          "[indexcheck]") {
    // The published 4.95% and 3.81%: AMB 95.27, 98.90 (98.899787); AMB2 104.95, then 104.95 × 1.0381 = 108.948595
    // → 108.95, the model's own. Rounding down gives each differing line too, but AMB2 2026 would be
    // 104.95 × 1.03806 = 108.944… → 108.94: the exact line rules it out.
    Published published("provider;product;year;tariff\n"
                        "P;AMB;2025;95,27\nP;AMB;2026;98,90\nP;AMB2;2025;104,95\nP;AMB2;2026;108,95\n");
    const auto& lines = published.check.lines;
    CHECK(lines.at(3).status == tariffs::IndexCheckStatus::exact);
    for (int i : {0, 1, 2}) {
        INFO(i);
        CHECK(lines.at(static_cast<std::size_t>(i)).status == tariffs::IndexCheckStatus::differs);
        CHECK(causes(lines.at(static_cast<std::size_t>(i))).back() == "rounded down instead of half_up");
    }
    REQUIRE(published.check.providers.size() == 1);
    const auto& provider = published.check.providers[0];
    CHECK(provider.provider == "P");
    CHECK(provider.lines == 4);
    CHECK(provider.differing == 3);
    CHECK(explains_all(provider) == Texts{"the index as published, each step rounded to 0.01%"});
}

TEST_CASE("a provider whose differences have different causes has no single explanation", "[indexcheck]") {
    // AMB: the published index; VBL: the 90/10 weights
    Published published("provider;product;year;tariff\nP;AMB;2025;95,27\nP;VBL;2025;262,39\n");
    REQUIRE(published.check.providers.size() == 1);
    CHECK(published.check.providers[0].differing == 2);
    CHECK(published.check.providers[0].explains_all.empty());
}

TEST_CASE("a policy that rounds its index is tried unrounded too", "[indexcheck]") {
    // The region rounds only its final index, to 0.01%: 4.957% → 4.96%. Unrounded: 90.78 × 1.04957 → 95.28
    std::string text = published_model_text();
    text.replace(text.find("  rounding:\n"), 12, "  rounding:\n    index: {places: 2, mode: half_up}\n");
    const tariffs::Model model = tariffs::parse_model(text, "rounded.yaml");
    tariffs::CostModel cost(model);
    const tariffs::IndexedTariffs indexed = tariffs::index_tariffs(cost, model.until);
    // 90.78 × 1.0496 = 95.282688 → 95.28 as well: AMB2 shows it, 100.00 × 1.0496 = 104.96 and 104.957 → 104.96 too;
    // VBL: 250.00 × 1.0467 = 261.675 → 261.68 (rounded 4.67%), unrounded 4.674% gives 261.685 → 261.69
    const auto check =
        tariffs::check_index(cost, indexed, tariffs::parse_csv("provider;product;year;tariff\nP;VBL;2025;261,69\n", "l.csv"));
    CHECK(engine::format_decimal(check.lines.at(0).expected, 2) == "261.68");
    CHECK(causes(check.lines.at(0)).at(0) == "the index not rounded (4.674% instead of 4.67%)");
}

TEST_CASE("a negative listed tariff is bad input, not a difference", "[indexcheck]") {
    Checked checked("provider,product,year,tariff\nP,TIE,2026,-86.13\nP,TIE,2027,88.71\n");
    REQUIRE(checked.check.lines.size() == 1);
    CHECK(checked.check.lines[0].line == 3);
    REQUIRE(checked.check.unreadable.size() == 1);
    CHECK(checked.check.unreadable.items()[0].to_string() == "list.csv:2:1: error: line 2: the tariff `-86.13` is negative");
}

TEST_CASE("a line without a provider or a product code is bad input", "[indexcheck]") {
    Checked checked("provider,product,year,tariff\n,TIE,2026,86.13\nP,,2026,86.13\nP,TIE,2026,86.13\n");
    CHECK(checked.check.lines.size() == 1);
    REQUIRE(checked.check.unreadable.size() == 2);
    CHECK(checked.check.unreadable.items()[0].to_string() == "list.csv:2:1: error: line 2 has no provider or no product code");
}
