// iJw units 82 (output), 83 (euro) and 84 (effort): a piece of output or effort
// is priced from the rounded hourly tariff and the hours it takes; a budget in
// euros is counted in cents, so one unit costs one cent.
#include "engine/decimal.hpp"
#include "tariffs/model/ijw.hpp"
#include "tariffs/model/model_loader.hpp"
#include "tariffs/pricing/budgets.hpp"
#include "tariffs/pricing/cost_model.hpp"
#include "tariffs/pricing/indexed_tariffs.hpp"

#include "cli_runner.hpp"

#include <catch2/catch.hpp>

#include <map>
#include <sstream>
#include <string>
#include <vector>

namespace {

std::string cents(const engine::Number& value) { return engine::format_decimal(value, 2); }

// The worked example with a diagnostic report (6 hours), a session (1.5 hours)
// and a budget in euros, each in Horizon's budget.
std::string model_text() {
    std::string text = test::read_text(test::source_dir() + "/models/examples/worked-example.yaml");
    const std::string products =
        "  - code: DIA\n    name: Diagnostisch rapport\n    kind: individual\n    unit: output\n"
        "    staff_mix: {jeugdzorgwerker: 0.8, gedragswetenschapper: 0.2}\n    material_per_hour: 2.50\n"
        "    hours_per_piece: 6\n\n"
        "  - code: SES\n    name: Sessie\n    kind: individual\n    unit: effort\n"
        "    staff_mix: {jeugdzorgwerker: 0.8, gedragswetenschapper: 0.2}\n    material_per_hour: 2.50\n"
        "    hours_per_piece: 1.5\n\n"
        "  - code: BUD\n    name: Budget vrij besteedbaar\n    kind: individual\n    unit: euro\n"
        "    staff_mix: {jeugdzorgwerker: 1}\n    material_per_hour: 0\n\n";
    text.insert(text.find("  - code: DAG\n"), products);
    const std::string line = "        - product: AMB-U\n";
    text.insert(text.find(line), "        - product: DIA\n          volume: 10\n"
                                 "        - product: BUD\n          volume: 1500000\n");
    return text;
}

}  // namespace

TEST_CASE("the iJw code list has output 82, euro 83 and effort 84", "[units]") {
    REQUIRE(tariffs::find_unit("output"));
    CHECK(tariffs::find_unit("output")->ijw_code == "82");
    CHECK(tariffs::find_unit("euro")->ijw_code == "83");
    CHECK(tariffs::find_unit("effort")->ijw_code == "84");
    CHECK_FALSE(tariffs::find_unit("piece"));
}

TEST_CASE("a piece of output or effort costs the rounded hourly tariff times its hours, rounded to cents", "[units]") {
    const tariffs::Model model = tariffs::parse_model(model_text(), "units.yaml");
    tariffs::CostModel cost(model);
    // 82.92 × 6 and 82.92 × 1.5 = 124.38
    CHECK(cents(cost.price(*model.find_product("DIA")).price.value) == "497.52");
    CHECK(cents(cost.price(*model.find_product("SES")).price.value) == "124.38");
    // In 2026 from the indexed hourly tariff 86.11: 516.66 and 129.165 → 129.17.
    const tariffs::IndexedTariffs indexed = tariffs::index_tariffs(cost, model.until);
    CHECK(cents(*indexed.price_of("DIA", 2026)) == "516.66");
    CHECK(cents(*indexed.price_of("SES", 2026)) == "129.17");
}

TEST_CASE("a budget in euros is counted in cents: one unit is 0.01 in every year", "[units][budget]") {
    const tariffs::Model model = tariffs::parse_model(model_text(), "units.yaml");
    tariffs::CostModel cost(model);
    CHECK(cost.price(*model.find_product("BUD")).price.value == engine::Number::fraction(1, 100));
    const tariffs::Budgets budgets = tariffs::compute_budgets(model, tariffs::index_tariffs(cost, model.until));
    for (int year = 2025; year <= 2027; ++year) {
        const auto& lines = budgets.providers.front().find(year)->lines;
        REQUIRE(lines.size() == 4);
        CHECK(lines[2].code == "BUD");
        CHECK(cents(lines[2].amount) == "15000.00");
    }
    CHECK(cents(budgets.providers.front().find(2025)->lines[1].amount) == "4975.20");  // 10 reports × 497.52
}

TEST_CASE("a piece product without its hours is a located error", "[units][validation]") {
    std::string text = model_text();
    text.erase(text.find("    hours_per_piece: 6\n"), std::string("    hours_per_piece: 6\n").size());
    try {
        const tariffs::Model model = tariffs::parse_model(text, "units.yaml");
        tariffs::CostModel cost(model);
        cost.price_all();
        FAIL("no error");
    } catch (const engine::InputError& e) {
        const std::string message = e.what();
        CHECK(message.find("hours_per_piece") != std::string::npos);
        CHECK(message.find("units.yaml:") != std::string::npos);
    }
}

namespace {

std::string trimmed(const std::string& text) {
    const auto first = text.find_first_not_of(' ');
    if (first == std::string::npos) return "";
    return text.substr(first, text.find_last_not_of(' ') - first + 1);
}

// A markdown row's cells, by the header's names.
std::map<std::string, std::string> markdown_row(const std::string& table, const std::string& code) {
    std::vector<std::vector<std::string>> rows;
    std::istringstream lines(table);
    for (std::string line; std::getline(lines, line);) {
        if (line.rfind("| ", 0) != 0) continue;
        std::vector<std::string> cells;
        std::istringstream parts(line.substr(2));
        for (std::string cell; std::getline(parts, cell, '|');) cells.push_back(trimmed(cell));
        rows.push_back(cells);
    }
    std::map<std::string, std::string> row;
    for (const auto& cells : rows)
        if (!cells.empty() && cells[0] == code)
            for (std::size_t c = 0; c < cells.size() && c < rows.front().size(); ++c) row[rows.front()[c]] = cells[c];
    return row;
}

}  // namespace

TEST_CASE("the price table puts a tariff's own unit beside it and the build-up's unit with the build-up",
          "[units][price]") {
    const auto result = test::run_tariff({"price", test::source_dir() + "/models/examples/worked-example.yaml",
                                          "--format", "markdown"});
    REQUIRE(result.exit_code == 0);
    const auto minute = markdown_row(result.out, "AMB-M");
    CHECK(minute.at("tariff") == "1.38");
    CHECK(minute.at("per") == "minute");
    CHECK(minute.at("build-up per") == "hour");
    CHECK(minute.at("staff cost") == "≈65.25");
    const auto day = markdown_row(result.out, "VBL");
    CHECK(day.at("per") == "etmaal");
    CHECK(day.at("build-up per") == "etmaal");
}
