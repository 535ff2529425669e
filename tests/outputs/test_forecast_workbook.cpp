// The contribution forecast as a live workbook: the key data with carried
// figures as formulas on the years they come from, and a sheet per key whose
// weights, shares, premiums, refunds and amounts are formulas over the key
// data and the Budgets sheet. LibreOffice recalculates every part to the
// engine's cent and every check cell to 0.
#include "engine/decimal.hpp"
#include "tariffs/model/model_loader.hpp"
#include "tariffs/pricing/budgets.hpp"
#include "tariffs/pricing/cost_model.hpp"
#include "tariffs/pricing/forecast.hpp"
#include "tariffs/pricing/indexed_tariffs.hpp"

#include "cli_runner.hpp"
#include "workbook_tools.hpp"

#include "skip.hpp"

#include <catch2/catch.hpp>

#include <fstream>
#include <regex>

using Catch::Matchers::Contains;
using engine::Number;
using tariffs::AllocationKey;

namespace {

const std::vector<AllocationKey> all_keys{AllocationKey::moving_average, AllocationKey::objective, AllocationKey::usage,
                                          AllocationKey::insurance};

// The example region, or a copy of it whose figures are carried as a moving average.
std::string region_model(const test::TempDir& dir, const std::string& carry_forward) {
    std::string text = test::read_text(test::source_dir() + "/models/examples/region.yaml");
    if (carry_forward == "last") return test::source_dir() + "/models/examples/region.yaml";
    const auto at = text.find("carry_forward: last");
    REQUIRE(at != std::string::npos);
    text.replace(at, std::string("carry_forward: last").size(), "carry_forward: " + carry_forward);
    for (auto at = text.find("../"); at != std::string::npos; at = text.find("../", at))  // the series file
        text.replace(at, 3, test::source_dir() + "/models/");
    const std::string path = dir.path + "/region-" + carry_forward + ".yaml";
    std::ofstream(path) << text;
    return path;
}

// What the engine forecasts for the model, as `allocate --key all` does.
tariffs::Forecast engine_forecast(const std::string& path) {
    const tariffs::Model model = tariffs::load_model(path);
    tariffs::CostModel cost(model);
    const auto budgets = tariffs::compute_budgets(model, tariffs::index_tariffs(cost, model.until));
    std::vector<Number> totals;
    for (int year = model.year; year <= model.until; ++year) totals.push_back(budgets.frame(year)->total);
    return tariffs::forecast_allocation(model, all_keys, model.year, model.until, totals);
}

std::string write_forecast_book(const std::string& model, const std::string& book) {
    const auto result = test::run_tariff({"allocate", model, "--key", "all", "--from", "2025", "--to", "2032", "--format",
                                          "xlsx", "--output", book});
    INFO(result.err);
    REQUIRE(result.exit_code == 0);
    return book;
}

std::string cents(const std::string& cell) {
    const auto value = test::cell_number(cell);
    return value ? engine::format_decimal(*value, 2) : "not a number: `" + cell + "`";
}

// A key's sheet as recalculated: each year's municipality rows by name, the
// check cells, in the order they appear.
struct KeySheet {
    std::map<int, std::map<std::string, std::vector<std::string>>> rows;  // year → municipality → cells
    std::vector<std::string> checks;
};

KeySheet read_key_sheet(const std::string& csv, const std::vector<std::string>& municipalities) {
    KeySheet sheet;
    int year = 0;
    for (const auto& row : test::parse_csv(test::read_text(csv))) {
        if (row.empty()) continue;
        if (std::regex_match(row[0], std::regex("20[0-9][0-9]"))) year = std::stoi(row[0]);
        if (std::find(municipalities.begin(), municipalities.end(), row[0]) != municipalities.end())
            sheet.rows[year][row[0]] = row;
        for (std::size_t c = 0; c + 1 < row.size(); ++c)
            if (row[c].rfind("check: ", 0) == 0) sheet.checks.push_back(row[c + 1]);
    }
    return sheet;
}

void check_recalculated(const std::string& model, const test::TempDir& dir, const std::string& name) {
    const std::string book = write_forecast_book(model, dir.path + "/" + name + ".xlsx");
    const std::string out = dir.path + "/" + name;
    test::export_csv(out, {book});
    const tariffs::Forecast forecast = engine_forecast(model);
    for (std::size_t k = 0; k < all_keys.size(); ++k) {
        const std::string key(tariffs::to_string(all_keys[k]));
        INFO("by " << key);
        const KeySheet sheet = read_key_sheet(out + "/" + name + "-By " + key + ".csv", forecast.municipalities);
        for (const auto& year : forecast.years) {
            const auto& allocation = *year.keys[k].allocation;
            for (const auto& share : allocation.shares) {
                INFO(year.year << " " << share.name);
                const auto& cells = sheet.rows.at(year.year).at(share.name);
                CHECK(cents(cells.at(1)) == engine::format_decimal(share.weight, 2));  // young people or cents
                const std::size_t amount_col = all_keys[k] == AllocationKey::insurance ? 13 : 4;
                CHECK(cents(cells.at(amount_col)) == engine::format_decimal(share.amount, 2));
                if (all_keys[k] == AllocationKey::insurance) {
                    CHECK(cents(cells.at(4)) == engine::format_decimal(share.premium, 2));
                    CHECK(cents(cells.at(9)) == engine::format_decimal(share.refund, 2));
                }
            }
        }
        CHECK(sheet.checks.size() == forecast.years.size() * (all_keys[k] == AllocationKey::insurance ? 3 : 1));
        for (const auto& check : sheet.checks) CHECK(cents(check) == "0.00");
    }
    // Every carried figure, recomputed from the years it comes from.
    const auto key_data = test::parse_csv(test::read_text(out + "/" + name + "-Key data.csv"));
    for (const auto& figure : forecast.carried) {
        INFO(figure.municipality << " " << figure.figure << " " << figure.year);
        const std::string header = (figure.figure == "usage (projected)" ? "usage" : figure.figure) + " " +
                                   std::to_string(figure.year);
        const auto col = std::find(key_data[0].begin(), key_data[0].end(), header) - key_data[0].begin();
        REQUIRE(static_cast<std::size_t>(col) < key_data[0].size());
        bool found = false;
        for (const auto& row : key_data)
            if (row.at(0) == figure.municipality) {
                const auto value = test::cell_number(row.at(static_cast<std::size_t>(col)));
                REQUIRE(value);
                CHECK(engine::format_decimal(*value, 6) == engine::format_decimal(figure.value, 6));
                found = true;
            }
        CHECK(found);
    }
}

}  // namespace

TEST_CASE("the forecast workbook's parts are formulas over the key data and the budgets", "[forecast][xlsx]") {
    const test::TempDir dir;
    const std::string book = write_forecast_book(region_model(dir, "moving_average"), dir.path + "/forecast.xlsx");
    // Sheets: Inputs, Build-up, Price sheet, Indexed tariffs, Budgets, Key data, then one per key.
    const auto key_data = test::sheet_xml(book, 7, dir.path);
    const auto by_average = test::sheet_xml(book, 8, dir.path);
    const auto by_insurance = test::sheet_xml(book, 11, dir.path);
    if (!key_data || !by_average || !by_insurance) {
        TARIFF_SKIP("unzip is not installed: the formulas are not read back");
    }
    // A carried figure averages the years before it; an amount of money to the cent.
    CHECK(std::regex_search(*key_data, std::regex(R"(<f>AVERAGE\(\$[A-Z]+\$2,\$[A-Z]+\$2,\$[A-Z]+\$2\)</f>)")));
    CHECK(std::regex_search(*key_data, std::regex(R"(<f>ROUND\(AVERAGE\([^<]*\),2\)</f>)")));
    // The weight sums the key data; the share splits the Budgets sheet's total of all providers.
    CHECK(std::regex_search(*by_average, std::regex(R"(<f>'Key data'!\$[A-Z]+\$\d+\+'Key data'!\$[A-Z]+\$\d+\+'Key data'!\$[A-Z]+\$\d+</f>)")));
    CHECK(std::regex_search(*by_average, std::regex(R"(<f>Budgets!\$B\$\d+</f>)")));
    CHECK(std::regex_search(*by_average, std::regex(R"(<f>ROUNDDOWN\(ROUND\(C\d+,6\),2\)\+D\d+</f>)")));
    // Insurance: the under-use, the pool and the net amount.
    CHECK(std::regex_search(*by_insurance, std::regex(R"(<f>ROUND\(MAX\(0,E\d+-F\d+\),2\)</f>)")));
    CHECK(std::regex_search(*by_insurance, std::regex(R"(<f>ROUND\(\$N\$\d+\*\$N\$\d+,2\)</f>)")));
    CHECK(std::regex_search(*by_insurance, std::regex(R"(<f>E\d+-J\d+\+M\d+</f>)")));
}

TEST_CASE("LibreOffice recalculates the forecast workbook to the engine's cents, every check 0", "[forecast][xlsx][libreoffice]") {
    if (!test::has_libreoffice()) {
        TARIFF_SKIP("LibreOffice is not installed: the recalculation test is skipped");
    }
    const test::TempDir dir;
    SECTION("figures carried as the last given") { check_recalculated(region_model(dir, "last"), dir, "last"); }
    SECTION("figures carried as a moving average") {
        check_recalculated(region_model(dir, "moving_average"), dir, "average");
    }
}

TEST_CASE("a forecast of an amount given on the command line holds it as a value", "[forecast][xlsx]") {
    const test::TempDir dir;
    const std::string book = dir.path + "/amount.xlsx";
    const auto result = test::run_tariff({"allocate", "models/examples/region.yaml", "--key", "objective", "--from",
                                          "2026", "--to", "2027", "--budget", "1000000.00", "--format", "xlsx",
                                          "--output", book});
    REQUIRE(result.exit_code == 0);
    const auto by_objective = test::sheet_xml(book, 8, dir.path);
    if (!by_objective) {
        TARIFF_SKIP("unzip is not installed: the workbook is not read back");
    }
    CHECK(by_objective->find("Budgets!") == std::string::npos);
    CHECK_THAT(*by_objective, Contains("<v>1000000</v>"));
}
