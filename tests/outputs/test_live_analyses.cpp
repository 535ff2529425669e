// The analyses' workbooks are live. The scenarios workbook holds the model's
// sheets once for the model and once per scenario, each scenario's overrides
// its own input cells: LibreOffice recalculates every tariff to the engine's
// `tariff scenarios` figures, and a scenario's input typed anew moves that
// scenario's tariffs (and no other's) to what `tariff price --scenario … --set …`
// gives. The sensitivity workbook's tariffs refer to the model's live sheets.
#include "engine/decimal.hpp"
#include "engine/number.hpp"

#include "cli_runner.hpp"
#include "workbook_tools.hpp"

#include "skip.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <cstddef>
#include <filesystem>
#include <fstream>
#include <map>
#include <string>
#include <vector>

namespace {

using engine::Number;
using test::Rows;

const std::string region = "models/examples/region.yaml";

// The region's scenarios workbook, in the order of its sheets: the comparison,
// then a whole live copy of the model's figures for the model and each scenario.
const std::vector<std::string> sheets{
    "Scenarios",        "Budget totals",                "About",
    "Inputs",           "Build-up",                     "Price sheet",
    "Index",            "Indexed tariffs",              "Budgets",
    "Inputs (cao-2026)", "Build-up (cao-2026)",         "Price sheet (cao-2026)",
    "Index (cao-2026)", "Indexed tariffs (cao-2026)",   "Budgets (cao-2026)",
    "Inputs (lean-overhead)", "Build-up (lean-overhead)", "Price sheet (lean-overhead)",
    "Index (lean-overhead)", "Indexed tariffs (lean-overhead)", "Budgets (lean-overhead)"};

int sheet_number(const std::string& name) {
    for (std::size_t i = 0; i < sheets.size(); ++i)
        if (sheets[i] == name) return static_cast<int>(i) + 1;
    FAIL("no sheet " << name);
    return 0;
}

std::string write_book(const std::string& path) {
    const auto result = test::run_tariff({"scenarios", region, "--format", "xlsx", "--output", path});
    INFO(result.err);
    REQUIRE(result.exit_code == 0);
    return path;
}

Rows exported(const std::string& out, const std::string& book, const std::string& sheet) {
    return test::parse_csv(
        test::read_text(out + "/" + std::filesystem::path(book).stem().string() + "-" + sheet + ".csv"));
}

// A recalculated cell to the cent (LibreOffice computes in binary floating point).
std::string cents(const std::string& cell) {
    const auto value = test::cell_number(cell);
    REQUIRE(value);
    return engine::format_decimal(*value, 2);
}

// code → its tariff, as `tariff ARGUMENTS --format json` gives each product's.
std::map<std::string, std::string> engine_tariffs(std::vector<std::string> arguments, const std::string& list,
                                                  const std::string& field) {
    arguments.insert(arguments.end(), {"--format", "json"});
    const auto result = test::run_tariff(arguments);
    INFO(result.err);
    REQUIRE(result.exit_code == 0);
    std::map<std::string, std::string> tariffs;
    const nlohmann::json json = nlohmann::json::parse(result.out);
    REQUIRE(!json.at(list).empty());
    for (const auto& product : json.at(list)) {
        const auto& value = product.at(field);
        const auto number = Number::parse(value.is_string() ? value.get<std::string>() : value.dump());
        REQUIRE(number);
        tariffs[product.at("code").get<std::string>()] = engine::format_decimal(*number, 2);
    }
    return tariffs;
}

// The column of each tariff on the Scenarios sheet: the model's, then each scenario's.
const std::map<std::string, std::size_t> tariff_column{{"model", 3}, {"cao-2026", 4}, {"lean-overhead", 7}};

// The Scenarios sheet's tariffs of one column, code → cents.
std::map<std::string, std::string> workbook_tariffs(const Rows& rows, const std::string& column) {
    std::map<std::string, std::string> tariffs;
    for (std::size_t r = 1; r < rows.size(); ++r)
        if (!rows[r].empty() && !rows[r][0].empty()) tariffs[rows[r][0]] = cents(rows[r].at(tariff_column.at(column)));
    return tariffs;
}

std::size_t row_of(const Rows& rows, const std::string& where, const std::string& name) {
    for (std::size_t r = 0; r < rows.size(); ++r)
        if (rows[r].size() > 1 && rows[r][0] == where && rows[r][1] == name) return r;
    FAIL("no input " << where << " " << name);
    return 0;
}

}  // namespace

TEST_CASE("the scenarios workbook's tariffs are formulas on each scenario's live build-up, recalculated to the "
          "engine's cent",
          "[xlsx][libreoffice][live][scenarios]") {
    if (!test::has_libreoffice()) TARIFF_SKIP("LibreOffice is not installed: the workbook is not recalculated");
    if (!test::has_command("unzip")) TARIFF_SKIP("unzip is not installed: the workbook's formulas cannot be read");
    const test::TempDir dir;
    const std::string book = write_book(dir.path + "/scenarios.xlsx");
    // Each scenario's tariffs refer to its own copy of the Price sheet.
    std::filesystem::create_directories(dir.path + "/xml");
    const auto scenarios_xml = test::sheet_xml(book, 1, dir.path + "/xml");
    REQUIRE(scenarios_xml);
    CHECK(scenarios_xml->find("<f>'Price sheet'!$G$2</f>") != std::string::npos);
    CHECK(scenarios_xml->find("<f>'Price sheet (cao-2026)'!$G$2</f>") != std::string::npos);
    CHECK(scenarios_xml->find("<f>'Price sheet (lean-overhead)'!$G$2</f>") != std::string::npos);
    test::export_csv(dir.path + "/out", {book});
    const Rows rows = exported(dir.path + "/out", book, "Scenarios");
    REQUIRE(rows.at(0).at(4) == "cao-2026");
    REQUIRE(rows.at(0).at(7) == "lean-overhead");
    // The engine's figures: `tariff scenarios` as CSV, each product's tariff per scenario.
    const auto result = test::run_tariff({"scenarios", region, "--format", "csv"});
    REQUIRE(result.exit_code == 0);
    const Rows want = test::parse_csv(result.out);
    std::size_t header = 0;
    while (header < want.size() && (want[header].empty() || want[header][0].rfind("#", 0) == 0)) ++header;
    REQUIRE(header < want.size());
    std::map<std::string, std::size_t> want_column;
    for (std::size_t c = 0; c < want[header].size(); ++c) want_column[want[header][c]] = c;
    int compared = 0;
    for (const auto& [column, col] : tariff_column) {
        INFO("column " << column);
        const std::string engine_column = column == "model" ? "base" : column;
        REQUIRE(want_column.count(engine_column));
        const auto got = workbook_tariffs(rows, column);
        for (std::size_t r = header + 1; r < want.size(); ++r) {
            if (want[r].empty() || want[r][0].empty()) continue;
            const std::string& code = want[r][0];
            INFO(code);
            REQUIRE(got.count(code));
            CHECK(got.at(code) == cents(want[r].at(want_column.at(engine_column))));
            ++compared;
        }
    }
    CHECK(compared >= 3 * 10);
}

TEST_CASE("typing a scenario's input in the scenarios workbook moves that scenario's tariffs to the engine's for the "
          "scenario with that value, and no other column",
          "[xlsx][libreoffice][live][scenarios]") {
    if (!test::has_libreoffice()) TARIFF_SKIP("LibreOffice is not installed: the workbook is not recalculated");
    if (!test::has_command("zip") || !test::has_command("unzip"))
        TARIFF_SKIP("zip or unzip is not installed: the workbook cannot be edited");
    const test::TempDir dir;
    const std::string book = write_book(dir.path + "/scenarios.xlsx");
    test::export_csv(dir.path + "/before", {book}, true);
    const Rows before = exported(dir.path + "/before", book, "Scenarios");
    // The scenario's override is its own input cell, the model's value beside it.
    const Rows inputs = exported(dir.path + "/before", book, "Inputs (lean-overhead)");
    const std::size_t row = row_of(inputs, "model", "overhead_surcharge");
    CHECK(test::cell_number(inputs[row][2]) == Number::parse("0.18"));
    CHECK(test::cell_number(inputs[row].at(7)) == Number::parse("0.20"));
    // The scenario's own value, typed anew: 19% in place of 18%.
    const std::string edited = dir.path + "/edited.xlsx";
    std::filesystem::copy_file(book, edited);
    test::edit_cell(edited, sheet_number("Inputs (lean-overhead)"), "C" + std::to_string(row + 1), "0.19",
                    dir.path + "/work");
    test::export_csv(dir.path + "/after", {edited});
    const Rows after = exported(dir.path + "/after", edited, "Scenarios");
    const auto moved = engine_tariffs({"price", region, "--set", "overhead_surcharge=19%"}, "products", "tariff");
    const auto got = workbook_tariffs(after, "lean-overhead");
    int changed = 0;
    for (const auto& [code, tariff] : moved) {
        INFO(code);
        REQUIRE(got.count(code));
        CHECK(got.at(code) == tariff);
        if (got.at(code) != workbook_tariffs(before, "lean-overhead").at(code)) ++changed;
    }
    CHECK(changed >= 5);
    CHECK(workbook_tariffs(after, "model") == workbook_tariffs(before, "model"));
    CHECK(workbook_tariffs(after, "cao-2026") == workbook_tariffs(before, "cao-2026"));
}

TEST_CASE("an input of the model typed anew in the scenarios workbook moves every scenario that does not override it",
          "[xlsx][libreoffice][live][scenarios]") {
    if (!test::has_libreoffice()) TARIFF_SKIP("LibreOffice is not installed: the workbook is not recalculated");
    if (!test::has_command("zip") || !test::has_command("unzip"))
        TARIFF_SKIP("zip or unzip is not installed: the workbook cannot be edited");
    const test::TempDir dir;
    const std::string book = write_book(dir.path + "/scenarios.xlsx");
    test::export_csv(dir.path + "/before", {book}, true);
    const Rows inputs = exported(dir.path + "/before", book, "Inputs");
    const std::size_t row = row_of(inputs, "model", "overhead_surcharge");
    const std::string edited = dir.path + "/edited.xlsx";
    std::filesystem::copy_file(book, edited);
    test::edit_cell(edited, sheet_number("Inputs"), "C" + std::to_string(row + 1), "0.23", dir.path + "/work");
    test::export_csv(dir.path + "/after", {edited});
    const Rows after = exported(dir.path + "/after", edited, "Scenarios");
    const std::vector<std::string> set{"--set", "overhead_surcharge=23%"};
    std::vector<std::string> model{"price", region}, cao{"price", region, "--scenario", "cao-2026"},
        lean{"price", region, "--scenario", "lean-overhead"};
    model.insert(model.end(), set.begin(), set.end());
    cao.insert(cao.end(), set.begin(), set.end());
    CHECK(workbook_tariffs(after, "model") == engine_tariffs(model, "products", "tariff"));
    CHECK(workbook_tariffs(after, "cao-2026") == engine_tariffs(cao, "products", "tariff"));
    // lean-overhead sets the overhead itself: the model's does not reach it.
    CHECK(workbook_tariffs(after, "lean-overhead") == engine_tariffs(lean, "products", "tariff"));
}

TEST_CASE("the sensitivity workbook's tariffs refer to the model's live build-up and follow an input typed anew",
          "[xlsx][libreoffice][live][sensitivity]") {
    if (!test::has_libreoffice()) TARIFF_SKIP("LibreOffice is not installed: the workbook is not recalculated");
    if (!test::has_command("zip") || !test::has_command("unzip"))
        TARIFF_SKIP("zip or unzip is not installed: the workbook cannot be edited");
    const test::TempDir dir;
    const std::string book = dir.path + "/sensitivity.xlsx";
    const auto result = test::run_tariff({"sensitivity", region, "--format", "xlsx", "--output", book});
    INFO(result.err);
    REQUIRE(result.exit_code == 0);
    const int inputs_sheet = 3;  // Sensitivity, Budget, Inputs, Build-up, Price sheet
    std::filesystem::create_directories(dir.path + "/xml");
    const auto xml = test::sheet_xml(book, 1, dir.path + "/xml");
    REQUIRE(xml);
    CHECK(xml->find("<f>'Price sheet'!$G$2</f>") != std::string::npos);
    // Each row's tariff (column J) against `tariff price`, before and after the overhead is typed anew.
    const auto tariffs_of = [](const Rows& rows) {
        REQUIRE(rows.at(0).at(9) == "tariff");
        std::map<std::string, std::string> tariffs;
        for (std::size_t r = 1; r < rows.size(); ++r) {
            if (rows[r].size() < 10 || rows[r][0].empty() || rows[r][1].empty()) continue;  // the note below
            const auto [at, fresh] = tariffs.emplace(rows[r][0], cents(rows[r][9]));
            if (!fresh) CHECK(at->second == cents(rows[r][9]));  // the same tariff on every row of a product
        }
        return tariffs;
    };
    test::export_csv(dir.path + "/before", {book});
    const Rows before = exported(dir.path + "/before", book, "Sensitivity");
    const auto engine_before = engine_tariffs({"price", region}, "products", "tariff");
    const auto recalculated = tariffs_of(before);
    CHECK(recalculated.size() >= 10);
    for (const auto& [code, tariff] : recalculated) {
        INFO(code);
        REQUIRE(engine_before.count(code));
        CHECK(tariff == engine_before.at(code));
    }
    const std::size_t row = row_of(exported(dir.path + "/before", book, "Inputs"), "model", "overhead_surcharge");
    const std::string edited = dir.path + "/edited.xlsx";
    std::filesystem::copy_file(book, edited);
    test::edit_cell(edited, inputs_sheet, "C" + std::to_string(row + 1), "0.23", dir.path + "/work");
    test::export_csv(dir.path + "/after", {edited});
    const auto moved = tariffs_of(exported(dir.path + "/after", edited, "Sensitivity"));
    const auto engine_after = engine_tariffs({"price", region, "--set", "overhead_surcharge=23%"}, "products", "tariff");
    int changed = 0;
    for (const auto& [code, tariff] : moved) {
        INFO(code);
        CHECK(tariff == engine_after.at(code));
        if (tariff != recalculated.at(code)) ++changed;
    }
    CHECK(changed >= 5);
}

namespace {

// What the engine says of one row of `tariff sensitivity`: the results to the cent, the elasticity exact.
struct EngineEffect {
    std::optional<std::string> low, high;
    std::optional<Number> elasticity;
};
using Effects = std::map<std::pair<std::string, std::string>, EngineEffect>;  // (code or "budget", input)

std::optional<std::string> cents_of(const nlohmann::json& value) {
    if (value.is_null()) return std::nullopt;
    const auto number = Number::parse(value.get<std::string>());
    REQUIRE(number);
    return engine::format_decimal(*number, 2);
}

void add_effects(Effects& effects, const std::string& owner, const nlohmann::json& inputs) {
    for (const auto& input : inputs) {
        EngineEffect effect{cents_of(input.at("low_result")), cents_of(input.at("high_result")), std::nullopt};
        if (input.contains("elasticity") && !input.at("elasticity").is_null())
            effect.elasticity = Number::parse(input.at("elasticity").get<std::string>());
        effects[{owner, input.at("input").get<std::string>()}] = effect;
    }
}

// `tariff sensitivity ARGUMENTS --format json`, row by row.
Effects engine_effects(std::vector<std::string> arguments) {
    arguments.insert(arguments.begin(), "sensitivity");
    arguments.insert(arguments.end(), {"--format", "json"});
    const auto result = test::run_tariff(arguments);
    INFO(result.err);
    REQUIRE(result.exit_code == 0);
    const nlohmann::json json = nlohmann::json::parse(result.out);
    Effects effects;
    for (const auto& product : json.at("products"))
        add_effects(effects, product.at("code").get<std::string>(), product.at("inputs"));
    if (json.contains("budget") && !json.at("budget").is_null()) add_effects(effects, "budget", json.at("budget").at("inputs"));
    return effects;
}

// A recalculated elasticity against the engine's exact one, to LibreOffice's precision.
bool close_to(const std::string& cell, const Number& exact) {
    const auto value = test::cell_number(cell);
    if (!value) return false;
    const Number difference = (*value - exact).magnitude();
    const Number scale = exact.magnitude() > Number(1) ? exact.magnitude() : Number(1);
    return difference <= scale * Number::fraction(1, 1000000000);
}

// Compares every row of the recalculated Sensitivity and Budget sheets with
// the engine's; returns how many results it compared.
int compare_with_engine(const std::string& out, const std::string& book, const Effects& engine) {
    int compared = 0;
    for (const std::string sheet : {"Sensitivity", "Budget"}) {
        const Rows rows = exported(out, book, sheet);
        for (std::size_t r = 1; r < rows.size(); ++r) {
            if (rows[r].size() < 8 || rows[r][0].empty() || rows[r][1].empty()) continue;
            if (sheet == std::string("Budget") && rows[r][0].rfind("budget", 0) != 0) continue;  // the lines below
            const std::string owner = sheet == std::string("Budget") ? "budget" : rows[r][0];
            INFO(sheet << " " << owner << " " << rows[r][1]);
            const auto want = engine.find({owner, rows[r][1]});
            REQUIRE(want != engine.end());
            CHECK((rows[r][5].empty() ? std::nullopt : std::optional(cents(rows[r][5]))) == want->second.low);
            CHECK((rows[r][6].empty() ? std::nullopt : std::optional(cents(rows[r][6]))) == want->second.high);
            if (want->second.elasticity) CHECK(close_to(rows[r].at(8), *want->second.elasticity));
            ++compared;
        }
    }
    return compared;
}

// The cells of sheet number `sheet` below its first row, in `columns`
// (letters), that hold a number but no formula.
int static_cells(const std::string& book, int sheet, const std::string& columns, const std::string& dir) {
    std::filesystem::create_directories(dir);
    const auto xml = test::sheet_xml(book, sheet, dir);
    REQUIRE(xml);
    int found = 0;
    std::size_t at = 0;
    while ((at = xml->find("<c r=\"", at)) != std::string::npos) {
        const char column = (*xml)[at + 6];
        const std::size_t end = xml->find("</c>", at);
        const std::size_t closed = xml->find("/>", at);
        const bool empty = closed != std::string::npos && closed < xml->find('>', at) + 1;
        const std::string cell = empty || end == std::string::npos ? "" : xml->substr(at, end - at);
        const bool first_row = xml->compare(at + 7, 2, "1\"") == 0;
        if (columns.find(column) != std::string::npos && !first_row && !cell.empty() &&
            cell.find("<f>") == std::string::npos && cell.find("t=\"s\"") == std::string::npos)
            ++found;
        at += 6;
    }
    return found;
}

}  // namespace

TEST_CASE("every moved value, result, elasticity and budget total of the sensitivity workbook is a formula that "
          "LibreOffice recalculates to the engine's figure",
          "[xlsx][libreoffice][live][sensitivity]") {
    if (!test::has_libreoffice()) TARIFF_SKIP("LibreOffice is not installed: the workbook is not recalculated");
    if (!test::has_command("unzip")) TARIFF_SKIP("unzip is not installed: the workbook's formulas cannot be read");
    for (const std::string& model : {region, std::string("models/examples/worked-example.yaml")}) {
        INFO(model);
        const test::TempDir dir;
        const std::string book = dir.path + "/sensitivity.xlsx";
        const auto result = test::run_tariff({"sensitivity", model, "--format", "xlsx", "--output", book});
        INFO(result.err);
        REQUIRE(result.exit_code == 0);
        // Moved values and results (D to G), the elasticity (I) and the tariff (J).
        CHECK(static_cells(book, 1, "DEFGIJ", dir.path + "/xml") == 0);
        test::export_csv(dir.path + "/out", {book});
        CHECK(compare_with_engine(dir.path + "/out", book, engine_effects({model})) >= 30);
    }
}

TEST_CASE("the sensitivity workbook's moved tariffs follow an input and the step typed anew to the engine's figures "
          "for that input and step",
          "[xlsx][libreoffice][live][sensitivity]") {
    if (!test::has_libreoffice()) TARIFF_SKIP("LibreOffice is not installed: the workbook is not recalculated");
    if (!test::has_command("zip") || !test::has_command("unzip"))
        TARIFF_SKIP("zip or unzip is not installed: the workbook cannot be edited");
    const test::TempDir dir;
    const std::string book = dir.path + "/sensitivity.xlsx";
    const auto result = test::run_tariff({"sensitivity", region, "--format", "xlsx", "--output", book});
    REQUIRE(result.exit_code == 0);
    const int inputs_sheet = 3, workings_sheet = 6;  // Sensitivity, Budget, Inputs, Build-up, Price sheet, Workings
    test::export_csv(dir.path + "/cached", {book}, true);
    REQUIRE(exported(dir.path + "/cached", book, "Workings").at(0).at(0) == "step");
    const std::size_t row = row_of(exported(dir.path + "/cached", book, "Inputs"), "model", "overhead_surcharge");
    SECTION("an input") {
        const std::string edited = dir.path + "/edited.xlsx";
        std::filesystem::copy_file(book, edited);
        test::edit_cell(edited, inputs_sheet, "C" + std::to_string(row + 1), "0.23", dir.path + "/work");
        test::export_csv(dir.path + "/after", {edited});
        CHECK(compare_with_engine(dir.path + "/after", edited,
                                  engine_effects({region, "--set", "overhead_surcharge=23%"})) >= 300);
    }
    SECTION("the step") {
        const std::string edited = dir.path + "/step.xlsx";
        std::filesystem::copy_file(book, edited);
        test::edit_cell(edited, workings_sheet, "B1", "0.02", dir.path + "/work");
        test::export_csv(dir.path + "/after", {edited});
        CHECK(compare_with_engine(dir.path + "/after", edited, engine_effects({region, "--by", "2%"})) >= 300);
    }
}

namespace {

// The engine's `tariff scenarios ARGUMENTS --format json`: (code, column) → the
// tariff to the cent, and (year, column) → the budget total, each column
// `model` or a scenario's name.
struct ScenarioFigures {
    std::map<std::pair<std::string, std::string>, std::string> tariffs;
    std::map<std::pair<std::string, std::string>, std::string> budgets;
};

ScenarioFigures engine_scenarios(std::vector<std::string> arguments) {
    arguments.insert(arguments.begin(), "scenarios");
    arguments.insert(arguments.end(), {"--format", "json"});
    const auto result = test::run_tariff(arguments);
    INFO(result.err);
    REQUIRE(result.exit_code == 0);
    const nlohmann::json json = nlohmann::json::parse(result.out);
    ScenarioFigures figures;
    for (const auto& product : json.at("products")) {
        const std::string code = product.at("code").get<std::string>();
        figures.tariffs[{code, "model"}] = *cents_of(product.at("base"));
        for (const auto& [name, scenario] : product.at("scenarios").items())
            figures.tariffs[{code, name}] = *cents_of(scenario.at("tariff"));
    }
    for (const auto& year : json.at("budgets")) {
        const std::string y = std::to_string(year.at("year").get<int>());
        figures.budgets[{y, "model"}] = *cents_of(year.at("base"));
        for (const auto& [name, total] : year.at("scenarios").items()) figures.budgets[{y, name}] = *cents_of(total);
    }
    return figures;
}

// The recalculated Scenarios and Budget totals sheets against the engine's
// figures; returns how many figures it compared.
int compare_scenarios(const std::string& out, const std::string& book, const ScenarioFigures& engine) {
    int compared = 0;
    const Rows tariffs = exported(out, book, "Scenarios");
    for (std::size_t r = 1; r < tariffs.size(); ++r) {
        if (tariffs[r].size() < 4 || tariffs[r][0].empty()) continue;
        for (std::size_t c = 3; c < tariffs[r].size(); c += (c == 3 ? 1 : 3)) {
            const std::string column = c == 3 ? "model" : tariffs[0].at(c);
            INFO(tariffs[r][0] << " " << column);
            REQUIRE(engine.tariffs.count({tariffs[r][0], column}));
            CHECK(cents(tariffs[r][c]) == engine.tariffs.at({tariffs[r][0], column}));
            ++compared;
        }
    }
    const Rows budgets = exported(out, book, "Budget totals");
    for (std::size_t r = 1; r < budgets.size(); ++r) {
        if (budgets[r].size() < 3 || budgets[r][0].empty()) continue;
        for (std::size_t c = 2; c < budgets[r].size(); c += 2) {
            const std::string column = c == 2 ? "model" : budgets[0].at(c);
            INFO(budgets[r][0] << " " << column);
            REQUIRE(engine.budgets.count({budgets[r][0], column}));
            CHECK(cents(budgets[r][c]) == engine.budgets.at({budgets[r][0], column}));
            ++compared;
        }
    }
    return compared;
}

}  // namespace

TEST_CASE("the scenarios workbook's tariffs of any contract year, a trajectory's too, and its budget totals are "
          "formulas on each scenario's live copy, recalculated to the engine's cent",
          "[xlsx][libreoffice][live][scenarios]") {
    if (!test::has_libreoffice()) TARIFF_SKIP("LibreOffice is not installed: the workbook is not recalculated");
    if (!test::has_command("unzip")) TARIFF_SKIP("unzip is not installed: the workbook's formulas cannot be read");
    const test::TempDir dir;
    // The worked example (a trajectory) with a scenario of its own.
    const std::string worked = dir.path + "/worked.yaml";
    {
        std::ofstream out(worked);
        out << test::read_text(test::source_dir() + "/models/examples/worked-example.yaml")
            << "\nscenarios:\n  lean:\n    about: overhead held to 18%\n    set:\n      overhead_surcharge: 18%\n";
    }
    const std::vector<std::vector<std::string>> cases{
        {region}, {region, "--year", "2027"}, {worked}, {worked, "--year", "2026"}};
    for (const auto& arguments : cases) {
        INFO(arguments.front() << (arguments.size() > 1 ? " " + arguments.back() : ""));
        const std::string book = dir.path + "/scenarios-" + std::to_string(&arguments - cases.data()) + ".xlsx";
        std::vector<std::string> write{"scenarios"};
        write.insert(write.end(), arguments.begin(), arguments.end());
        write.insert(write.end(), {"--format", "xlsx", "--output", book});
        const auto result = test::run_tariff(write);
        INFO(result.err);
        REQUIRE(result.exit_code == 0);
        // Every tariff and difference (D on), every budget total and headroom (C on): formulas.
        CHECK(static_cells(book, 1, "DEFGHIJ", dir.path + "/xml") == 0);
        CHECK(static_cells(book, 2, "CDEFGH", dir.path + "/xml") == 0);
        test::export_csv(dir.path + "/out", {book});
        CHECK(compare_scenarios(dir.path + "/out", book, engine_scenarios(arguments)) >= 12);
    }
}

TEST_CASE("an index figure typed anew on the model's Index sheet moves every scenario's indexed tariffs: a "
          "scenario's copy refers to the model's inputs it does not change",
          "[xlsx][libreoffice][live][scenarios]") {
    if (!test::has_libreoffice()) TARIFF_SKIP("LibreOffice is not installed: the workbook is not recalculated");
    if (!test::has_command("zip") || !test::has_command("unzip"))
        TARIFF_SKIP("zip or unzip is not installed: the workbook cannot be edited");
    const test::TempDir dir;
    const std::string book = dir.path + "/scenarios.xlsx";
    const auto result =
        test::run_tariff({"scenarios", region, "--year", "2027", "--format", "xlsx", "--output", book});
    REQUIRE(result.exit_code == 0);
    test::export_csv(dir.path + "/before", {book}, true);
    const Rows index = exported(dir.path + "/before", book, "Index");
    REQUIRE(index.at(2).at(0) == "OVA provisional");
    REQUIRE(index.at(1).at(3) == "2026");
    // The scenario's copy of the figure is a reference to the model's.
    std::filesystem::create_directories(dir.path + "/xml");
    const auto copy = test::sheet_xml(book, sheet_number("Index (cao-2026)"), dir.path + "/xml");
    REQUIRE(copy);
    CHECK(copy->find("<f>Index!$D$3</f>") != std::string::npos);
    const std::string edited = dir.path + "/edited.xlsx";
    std::filesystem::copy_file(book, edited);
    test::edit_cell(edited, sheet_number("Index"), "D3", "0.05", dir.path + "/work");
    test::export_csv(dir.path + "/after", {edited});
    CHECK(test::cell_number(exported(dir.path + "/after", edited, "Index (cao-2026)").at(2).at(3)) ==
          Number::parse("0.05"));
    const Rows before = exported(dir.path + "/before", book, "Scenarios");
    const Rows after = exported(dir.path + "/after", edited, "Scenarios");
    for (const std::string column : {"model", "cao-2026", "lean-overhead"}) {
        INFO(column);
        const auto was = workbook_tariffs(before, column), is = workbook_tariffs(after, column);
        int moved = 0;
        for (const auto& [code, tariff] : is)
            if (tariff != was.at(code)) ++moved;
        CHECK(moved >= 10);
    }
}
