// A trajectory in the workbook (METHOD.md §9): every component's cost, phase,
// path, expected cost and price is a formula on the products' tariff cells of
// the year, and a budget line of trajectories takes its price cell. LibreOffice
// recalculates each to the engine's cent.
#include "engine/decimal.hpp"

#include "cli_runner.hpp"
#include "workbook_tools.hpp"

#include "skip.hpp"

#include <catch2/catch.hpp>

#include <fstream>

namespace {

// The worked example with ten trajectories in Horizon's budget.
std::string model_with_trajectory_line(const test::TempDir& dir) {
    std::string text = test::read_text(test::source_dir() + "/models/examples/worked-example.yaml");
    const std::string line = "        - product: AMB-U\n";
    const auto at = text.find(line);
    REQUIRE(at != std::string::npos);
    text.insert(at, "        - product: TRJ\n          volume: 10\n");
    const std::string path = dir.path + "/trajectory.yaml";
    std::ofstream(path) << text;
    return path;
}

std::string cents(const std::string& cell) {
    const auto value = test::cell_number(cell);
    return value ? engine::format_decimal(*value, 2) : "not a number: `" + cell + "`";
}

const std::vector<std::string>* row_starting(const test::Rows& rows, const std::string& first,
                                             const std::string& second = "") {
    for (const auto& row : rows)
        if (row.size() > 1 && row[0] == first && (second.empty() || row[1] == second)) return &row;
    return nullptr;
}

}  // namespace

TEST_CASE("a trajectory's price in the workbook is recalculated from its components' tariff cells", "[trajectory][xlsx][libreoffice]") {
    if (!test::has_libreoffice()) {
        TARIFF_SKIP("LibreOffice is not installed: the workbook is not recalculated");
    }
    const test::TempDir dir;
    const std::string book = dir.path + "/trajectory.xlsx";
    const auto result = test::run_tariff({"price", model_with_trajectory_line(dir), "--format", "xlsx", "--output", book});
    INFO(result.err);
    REQUIRE(result.exit_code == 0);
    test::export_csv(dir.path + "/out", {book});
    const auto sheet = test::parse_csv(test::read_text(dir.path + "/out/trajectory-Trajectories.csv"));
    const auto* price = row_starting(sheet, "price per trajectory");
    REQUIRE(price);
    CHECK(cents(price->at(4)) == "3745.47");
    CHECK(cents(price->at(5)) == "3889.59");
    CHECK(cents(price->at(6)) == "4010.20");
    const auto* expected = row_starting(sheet, "expected cost");
    REQUIRE(expected);
    CHECK(test::cell_number(expected->at(4)) == engine::Number::parse("3567.114"));
    const auto* start = row_starting(sheet, "start", "phase cost");
    REQUIRE(start);
    CHECK(cents(start->at(5)) == "2722.92");
    // Ten trajectories in 2026: 10 × 3889.59.
    const auto budgets = test::parse_csv(test::read_text(dir.path + "/out/trajectory-Budgets.csv"));
    bool found = false;
    for (const auto& row : budgets)
        if (row.size() > 7 && row[2] == "2026" && row[3] == "TRJ") {
            CHECK(cents(row[4]) == "3889.59");
            CHECK(cents(row[7]) == "38895.90");  // Amount, after Volume and Change
            found = true;
        }
    CHECK(found);
}

TEST_CASE("the workbook's trajectory cells are formulas, not values", "[trajectory][xlsx]") {
    const test::TempDir dir;
    const std::string book = dir.path + "/trajectory.xlsx";
    const auto result = test::run_tariff({"price", model_with_trajectory_line(dir), "--format", "xlsx", "--output", book});
    REQUIRE(result.exit_code == 0);
    // Sheets: Inputs, Build-up, Price sheet, Indexed tariffs, Trajectories, Budgets, …
    const auto xml = test::sheet_xml(book, 6, dir.path);
    if (!xml) {
        TARIFF_SKIP("unzip is not installed: the sheet is not read");
    }
    CHECK(xml->find("<f>ROUND(") != std::string::npos);
    CHECK(xml->find("'Indexed tariffs'!$") != std::string::npos);
    const auto budgets = test::sheet_xml(book, 7, dir.path);
    REQUIRE(budgets);
    CHECK(budgets->find("<f>Trajectories!$") != std::string::npos);
}
