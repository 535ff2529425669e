// Sensitivity: each input a tariff is derived from moved down and up, and the
// exact elasticity of the unrounded tariff, which for the standard method
// follows from the build-up by hand.
#include "engine/decimal.hpp"
#include "tariffs/analyses/sensitivity.hpp"
#include "tariffs/model/model_loader.hpp"
#include "tariffs/pricing/cost_model.hpp"
#include "tariffs/reports/html/html_report.hpp"
#include "tariffs/reports/xlsx/xlsx_report.hpp"

#include "cli_runner.hpp"
#include "workbook_tools.hpp"

#include "skip.hpp"

#include "compiled.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <sstream>

using Catch::Matchers::Contains;
using engine::Number;

namespace {

tariffs::Model load(const std::string& path) { return tariffs::load_model(test::source_dir() + "/" + path); }

const tariffs::InputEffect& effect(const tariffs::ProductSensitivity& product, const std::string& input) {
    const auto it = std::find_if(product.inputs.begin(), product.inputs.end(),
                                 [&](const tariffs::InputEffect& e) { return e.input == input; });
    REQUIRE(it != product.inputs.end());
    return *it;
}

Number magnitude(const Number& value) { return value.sign() < 0 ? -value : value; }

}  // namespace

TEST_CASE("the elasticity of a ratio of linear functions is exact", "[sensitivity]") {
    // T(x) = (2 + 3x) / (4 + 5x): T'(1) = 2/81, T(1) = 5/9, so x·T'/T = 2/45.
    const auto t = [](const Number& x) { return (Number(2) + Number(3) * x) / (Number(4) + Number(5) * x); };
    std::vector<std::pair<Number, Number>> points;
    for (const Number& x : {Number(1), Number::fraction(99, 100), Number::fraction(101, 100), Number::fraction(51, 50)})
        points.push_back({x, t(x)});
    CHECK(tariffs::moebius_elasticity(points) == Number::fraction(2, 45));
    // T(x) = K / x (hours in the denominator): elasticity −1.
    std::vector<std::pair<Number, Number>> inverse;
    for (const Number& x : {Number(7), Number(6), Number(8), Number(9)}) inverse.push_back({x, Number(42) / x});
    CHECK(tariffs::moebius_elasticity(inverse) == Number(-1));
    // x² is no ratio of linear functions: no exact elasticity is claimed.
    std::vector<std::pair<Number, Number>> square;
    for (const Number& x : {Number(1), Number(2), Number(3), Number(4)}) square.push_back({x, x * x});
    CHECK(!tariffs::moebius_elasticity(square));
}

TEST_CASE("the elasticity of a tariff to a salary is that staff level's share of the direct cost", "[sensitivity]") {
    const tariffs::Model model = load("models/examples/worked-example.yaml");
    tariffs::CostModel cost(model);
    const tariffs::Product& product = *model.find_product("AMB-U");
    // METHOD.md §8: staff cost per hour = Σ share × wage cost per FTE / direct hours; the jeugdzorgwerker's
    // part moves with its salary, so the elasticity is that part over the direct cost (staff + client cost).
    const Number share = Number::fraction(8, 10);
    const Number wage = cost.value(*model.find_role("jeugdzorgwerker"), "wage_cost_per_fte").value;
    const Number expected = share * wage / cost.value(product, "direct_hours").value / cost.value(product, "direct_cost").value;
    const auto sensitivity = tariffs::analyse_sensitivity(test::compiled(model)->cost, {"AMB-U"}, tariffs::Step{}, model.year);
    REQUIRE(sensitivity.products.size() == 1);
    const auto& amb = sensitivity.products.front();
    CHECK(effect(amb, "jeugdzorgwerker.monthly_salary").elasticity == expected);
    // The overhead surcharge o multiplies the cost price by (1 + o): elasticity o / (1 + o) = 1/6.
    CHECK(effect(amb, "overhead_surcharge").elasticity == Number::fraction(1, 6));
    // Moved by 1%, the tariffs are those of the model with the salary changed.
    CHECK(effect(amb, "jeugdzorgwerker.monthly_salary").high == *Number::parse("3686.50"));
    const auto set = test::run_tariff({"price", "models/examples/worked-example.yaml", "--set",
                                       "jeugdzorgwerker.monthly_salary=3686.50", "--format", "json"});
    CHECK_THAT(set.out, Contains("\"tariff\": \"" + engine::display_amount(*effect(amb, "jeugdzorgwerker.monthly_salary").high_result).text + "\""));
}

TEST_CASE("inputs are ranked by how far they move the tariff", "[sensitivity]") {
    const tariffs::Model model = load("models/examples/region.yaml");
    const auto sensitivity = tariffs::analyse_sensitivity(test::compiled(model)->cost, {}, tariffs::Step{}, model.year);
    CHECK(sensitivity.products.size() == model.products.size());
    for (const auto& product : sensitivity.products) {
        INFO(product.code);
        REQUIRE(product.inputs.size() > 5);
        for (std::size_t i = 1; i < product.inputs.size(); ++i)
            CHECK(magnitude(product.inputs[i - 1].swing()) >= magnitude(product.inputs[i].swing()));
    }
    // The region's budget: its inputs ranked, each moving the year's total.
    REQUIRE(sensitivity.budget);
    REQUIRE(!sensitivity.budget->inputs.empty());
    for (const auto& input : sensitivity.budget->inputs) CHECK(input.swing().sign() != 0);
}

TEST_CASE("a moved value outside the input's range is left out, not computed", "[sensitivity]") {
    const tariffs::Model model = load("models/examples/worked-example.yaml");
    const auto sensitivity = tariffs::analyse_sensitivity(test::compiled(model)->cost, {"VBL"}, tariffs::Step{}, model.year);
    const auto& days = effect(sensitivity.products.front(), "days_per_year");  // 365 + 1% is above 366
    CHECK(days.low_result);
    CHECK(!days.high_result);
    CHECK(days.elasticity);  // found from points inside the range
}

TEST_CASE("percentage points move inputs written as percentages", "[sensitivity]") {
    const tariffs::Model model = load("models/examples/worked-example.yaml");
    const auto sensitivity = tariffs::analyse_sensitivity(
        test::compiled(model)->cost, {"AMB-U"}, tariffs::Step{Number::fraction(2, 100), Number::fraction(1, 2)}, model.year);
    const auto& amb = sensitivity.products.front();
    CHECK(effect(amb, "overhead_surcharge").high == Number::fraction(205, 1000));  // 20% + 0.5 point
    CHECK(effect(amb, "annual_hours").high == Number(1878) * Number::fraction(102, 100));  // not a percentage: + 2%
}

TEST_CASE("the sensitivity page draws a tornado per product and for the budget, self-contained", "[sensitivity][html]") {
    const tariffs::Model model = load("models/examples/region.yaml");
    const auto sensitivity = tariffs::analyse_sensitivity(test::compiled(model)->cost, {}, tariffs::Step{}, model.year);
    std::ostringstream page;
    tariffs::write_sensitivity_html(model, sensitivity, tariffs::default_locale, page);
    const std::string html = page.str();
    for (const char* outside : {"http://", "https://", "src=", "<script", "url("}) CHECK(html.find(outside) == std::string::npos);
    std::size_t tornados = 0;
    for (std::size_t at = html.find("class=\"chart tornado\""); at != std::string::npos;
         at = html.find("class=\"chart tornado\"", at + 1))
        ++tornados;
    CHECK(tornados == sensitivity.products.size() + 1);
    for (const auto& product : sensitivity.products)
        for (const auto& effect : product.inputs)
            if (effect.low_result) CHECK(html.find(">" + engine::display_amount(*effect.low_result).text + "<") != std::string::npos);
    // Chart geometry is decimal text, never negative.
    for (const std::string attribute : {" x=\"", " width=\""})
        for (std::size_t at = html.find(attribute); at != std::string::npos; at = html.find(attribute, at + 1)) {
            const std::string value = html.substr(at + attribute.size(), html.find('"', at + attribute.size()) - at -
                                                                             attribute.size());
            INFO(attribute << value);
            CHECK(value.find_first_not_of("0123456789.") == std::string::npos);
        }
}

TEST_CASE("the sensitivity workbook opens with the swing as a formula", "[sensitivity][xlsx][libreoffice]") {
    const test::TempDir dir;
    const std::string book = dir.path + "/sensitivity.xlsx";
    const auto result = test::run_tariff({"sensitivity", "models/examples/worked-example.yaml", "--format", "xlsx",
                                          "--output", book});
    REQUIRE(result.exit_code == 0);
    CHECK(test::read_text(book).rfind("PK\x03\x04", 0) == 0);
    if (!test::has_libreoffice()) {
        TARIFF_SKIP("LibreOffice is not installed: the workbook is not recalculated");
    }
    const std::string out = dir.path + "/csv";
    test::export_csv(out, {book});
    const std::string sheet = test::read_text(out + "/sensitivity-Sensitivity.csv");
    // AMB-U's salary row: the recalculated swing is the engine's, to the cent.
    const auto at = sheet.find("AMB-U,jeugdzorgwerker.monthly_salary,");
    REQUIRE(at != std::string::npos);
    std::vector<std::string> cells;
    std::stringstream row(sheet.substr(at, sheet.find('\n', at) - at));
    for (std::string cell; std::getline(row, cell, ',');) cells.push_back(cell);
    REQUIRE(cells.size() >= 8);
    CHECK(engine::format_decimal(*Number::parse(cells[7]), 2) == "1.16");
}

TEST_CASE("a sensitivity workbook of more moved points than its bound keeps the engine's values and says so, "
          "where within it every result is a formula on the Workings sheet",
          "[sensitivity][xlsx]") {
    if (!test::has_command("unzip")) TARIFF_SKIP("unzip is not installed: the workbook cannot be read");
    const auto compiled = test::compiled(load("models/examples/worked-example.yaml"));
    const tariffs::Model& model = compiled->model;
    const tariffs::Sensitivity sensitivity = tariffs::analyse_sensitivity(compiled->cost, {}, {}, model.year);
    const test::TempDir dir;
    const auto sheets_of = [&](const std::string& name, std::size_t bound) {
        const std::string book = dir.path + "/" + name + ".xlsx";
        tariffs::write_sensitivity_xlsx(model, compiled->cost, sensitivity, book, tariffs::default_locale, bound);
        std::filesystem::create_directories(dir.path + "/" + name);
        const auto text = test::workbook_text(book, dir.path + "/" + name);
        const auto rows = test::sheet_xml(book, 1, dir.path + "/" + name);
        REQUIRE(text);
        REQUIRE(rows);
        return std::pair{*text, *rows};
    };
    const auto [live_text, live_rows] = sheets_of("live", tariffs::max_live_sensitivity_points);
    CHECK_THAT(live_text, Contains("Workings"));
    CHECK_THAT(live_text, Contains("is a formula on the Workings sheet"));
    CHECK_THAT(live_rows, Contains("<f>Workings!$E$"));
    const auto [bound_text, bound_rows] = sheets_of("bound", 10);
    CHECK_THAT(bound_text, !Contains("Workings"));
    CHECK_THAT(bound_text, Contains("Too many rows to compute again live"));
    CHECK_THAT(bound_text, Contains("at most 10)"));
    CHECK_THAT(bound_rows, !Contains("<f>Workings!"));
    // After the base year the tariffs are indexed: the engine's values, and a note that says so.
    const tariffs::Sensitivity later = tariffs::analyse_sensitivity(compiled->cost, {}, {}, model.year + 1);
    const std::string book = dir.path + "/later.xlsx";
    tariffs::write_sensitivity_xlsx(model, compiled->cost, later, book, tariffs::default_locale);
    std::filesystem::create_directories(dir.path + "/later");
    const auto later_text = test::workbook_text(book, dir.path + "/later");
    REQUIRE(later_text);
    CHECK_THAT(*later_text, Contains("The tariffs of 2026 are indexed: these are the engine's values."));
    CHECK_THAT(*later_text, !Contains("Workings"));
}

TEST_CASE("after the base year the index figures are inputs too, without an exact elasticity", "[sensitivity]") {
    const tariffs::Model model = load("models/examples/region.yaml");
    const auto sensitivity = tariffs::analyse_sensitivity(test::compiled(model)->cost, {"VBL-Z"}, tariffs::Step{}, 2028);
    const auto& product = sensitivity.products.front();
    const auto& figure = effect(product, "index OVA 2026 definitive");
    CHECK(!figure.elasticity);  // each year's step is rounded: the tariff is no ratio of linear functions of it
    REQUIRE(figure.high_result);
    CHECK(*figure.high_result > product.tariff);  // a higher wage index raises the tariff
    // In the base year no index figure counts.
    const auto base = tariffs::analyse_sensitivity(test::compiled(model)->cost, {"VBL-Z"}, tariffs::Step{}, model.year);
    for (const auto& input : base.products.front().inputs) CHECK(input.input.rfind("index ", 0) != 0);
}
