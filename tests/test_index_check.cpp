// Indexation validation: a provider's indexed tariffs against the model's, and
// for each that differs, the alternative that explains it.
#include "engine/decimal.hpp"
#include "tariffs/pricing/cost_model.hpp"
#include "tariffs/checks/csv_reader.hpp"
#include "tariffs/checks/index_check.hpp"
#include "tariffs/reports/check_reports.hpp"
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
