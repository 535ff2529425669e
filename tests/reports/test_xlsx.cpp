// The workbook (tariff ... --format xlsx): a real XLSX file whose formulas,
// recalculated by a real spreadsheet (LibreOffice Calc, when installed), give
// the engine's figures to the cent.
#include "tariffs/reports/xlsx/xlsx_report.hpp"

#include "engine/decimal.hpp"
#include "tariffs/pricing/allocation.hpp"
#include "tariffs/pricing/cost_model.hpp"
#include "tariffs/pricing/forecast.hpp"
#include "tariffs/model/model_loader.hpp"
#include "tariffs/reports/report_data.hpp"

#include "cli_runner.hpp"
#include "workbook_tools.hpp"

#include "skip.hpp"

#include <catch2/catch.hpp>
#include <xlsxwriter.h>

#include <algorithm>
#include <clocale>
#include <cstdlib>
#include <filesystem>
#include <map>
#include <optional>
#include <regex>
#include <stdexcept>
#include <string>
#include <vector>

namespace {

using engine::Number;

// A model of models/examples, priced (and indexed and budgeted) as the CLI does.
struct Example {
    explicit Example(const std::string& file)
        : model(tariffs::load_model(test::source_dir() + "/models/examples/" + file)),
          cost(model),
          data(tariffs::collect_report_data(model, cost)) {}

    // Adds the allocation of the first year's total budget after the base year,
    // as `allocate --key KEY --format xlsx` writes it: the forecast of one key and year.
    void allocate(tariffs::AllocationKey key) {
        const int year = model.year + 1;
        const Number total = *data.budgets->amount_of("total", year);
        data.allocation = tariffs::allocate(model.municipalities, model.allocation, key, year, total);
        data.forecast = tariffs::ForecastData{tariffs::forecast_allocation(model, {key}, year, year, {total}), "total"};
    }

    std::string write(const std::string& dir, const std::string& name,
                      const tariffs::Locale& locale = tariffs::default_locale) const {
        const std::string path = dir + "/" + name + ".xlsx";
        tariffs::write_xlsx(data, path, locale);
        return path;
    }

    tariffs::Model model;
    tariffs::CostModel cost;
    tariffs::ReportData data;
};

// ---- CSV as LibreOffice writes it -------------------------------------------------

using test::cell_number;
using test::Rows;
using test::has_command;
using test::parse_csv;
using test::sheet_xml;

std::string cents(const Number& value) { return engine::format_decimal(value, 2); }

// A sheet exported as CSV, looked up by its header row.
struct Table {
    Rows rows;

    int column(const std::string& header) const {
        for (std::size_t c = 0; c < rows.at(0).size(); ++c)
            if (rows[0][c] == header) return static_cast<int>(c);
        throw std::runtime_error("no column `" + header + "`");
    }
    std::string cell(std::size_t row, int col) const {
        const auto& cells = rows.at(row);
        return static_cast<std::size_t>(col) < cells.size() ? cells[static_cast<std::size_t>(col)] : "";
    }
    // The first row whose cells under `headers` read `values`.
    std::size_t find(const std::vector<std::pair<std::string, std::string>>& match) const {
        for (std::size_t r = 1; r < rows.size(); ++r) {
            bool all = true;
            for (const auto& [header, value] : match) all = all && cell(r, column(header)) == value;
            if (all) return r;
        }
        std::string what;
        for (const auto& [header, value] : match) what += " " + header + "=" + value;
        throw std::runtime_error("no row with" + what);
    }
    // The cell in `header` of that row, to the cent.
    std::string cents_at(std::size_t row, const std::string& header) const {
        const std::string text = cell(row, column(header));
        auto value = cell_number(text);
        return value ? cents(*value) : "not a number: `" + text + "`";
    }
};

Table read_table(const std::filesystem::path& csv) { return Table{parse_csv(test::read_text(csv.string()))}; }

using test::export_csv;

}  // namespace

TEST_CASE("the workbooks of the worked example and the region are XLSX files", "[xlsx]") {
    const std::string dir = test::make_temp_dir();
    Example worked("worked-example.yaml");
    worked.allocate(tariffs::AllocationKey::moving_average);
    Example region("region.yaml");
    region.allocate(tariffs::AllocationKey::objective);
    for (const std::string& book : {worked.write(dir, "worked"), region.write(dir, "region")}) {
        INFO(book);
        const std::string bytes = test::read_text(book);
        CHECK(bytes.rfind("PK\x03\x04", 0) == 0);  // a ZIP file, as every XLSX is
        CHECK(bytes.size() > 8000);
    }
    std::filesystem::remove_all(dir);
}

TEST_CASE("the build-up computes each tariff with formulas that reference the inputs", "[xlsx]") {
    const std::string dir = test::make_temp_dir();
    Example worked("worked-example.yaml");
    const std::string book = worked.write(dir, "worked");
    const auto build_up = sheet_xml(book, 2, dir);
    const auto prices = sheet_xml(book, 3, dir);
    if (!build_up || !prices) {
        TARIFF_SKIP("unzip is not installed: the formulas are not read back");
    }
    // AMB-U's staff cost per FTE: sum(staff_mix, share × wage_cost_per_fte) as
    // share (an input) × the role's wage cost (a formula row), once per role.
    CHECK(std::regex_search(*build_up, std::regex(R"(<f>Inputs!\$C\$\d+\*\$D\$\d+\+Inputs!\$C\$\d+\*\$D\$\d+</f>)")));
    // Hours from the inputs: annual_hours − leave_hours.
    CHECK(std::regex_search(*build_up, std::regex(R"(<f>Inputs!\$C\$\d+-Inputs!\$C\$\d+</f>)")));
    // The standard method's tariff: round(tariff_exact, 2, half_up); the minute tariff likewise.
    CHECK(std::regex_search(*build_up, std::regex(R"(<f>ROUND\(\$D\$\d+,2\)</f>)")));
    CHECK(std::regex_search(*build_up, std::regex(R"(<f>ROUND\(\$D\$\d+/60,2\)</f>)")));
    // The price sheet refers to the build-up.
    CHECK(std::regex_search(*prices, std::regex(R"(<f>'Build-up'!\$D\$\d+</f>)")));
    std::filesystem::remove_all(dir);
}

TEST_CASE("writing a workbook where it cannot be written throws and keeps the locale", "[xlsx]") {
    Example worked("worked-example.yaml");
    const std::string before = std::setlocale(LC_NUMERIC, nullptr);
    CHECK_THROWS_AS(tariffs::write_xlsx(worked.data, "/nonexistent-directory/tariff/book.xlsx"), std::runtime_error);
    try {
        tariffs::write_xlsx(worked.data, "/nonexistent-directory/tariff/book.xlsx");
    } catch (const std::runtime_error& e) {
        CHECK(std::string(e.what()).find("book.xlsx") != std::string::npos);
    }
    CHECK(std::setlocale(LC_NUMERIC, nullptr) == before);
}

TEST_CASE("LibreOffice recalculates the workbooks to the engine's figures", "[xlsx][libreoffice]") {
    if (!has_command("soffice") && !has_command("libreoffice")) {
        TARIFF_SKIP("LibreOffice is not installed: the recalculation test is skipped");
    }
    // One conversion for everything (a Catch SECTION would run it again per section).
    const std::string dir = test::make_temp_dir();
    std::map<std::string, Example*> examples;
    Example worked("worked-example.yaml");
    worked.allocate(tariffs::AllocationKey::moving_average);
    Example insurance("worked-example.yaml");
    insurance.allocate(tariffs::AllocationKey::insurance);
    Example region("region.yaml");
    region.allocate(tariffs::AllocationKey::moving_average);
    examples = {{"worked", &worked}, {"insurance", &insurance}, {"region", &region}};
    std::vector<std::string> books;
    for (const auto& [name, example] : examples) books.push_back(example->write(dir, name));
    // In Dutch too: its sheets have other names (`Geïndexeerde tarieven`), which every formula must quote.
    books.push_back(region.write(dir, "region-nl", tariffs::Locale{true}));

    // A control: a formula whose stored result is wrong (0) shows 2 only when
    // LibreOffice really recalculates.
    {
        const std::string control = dir + "/control.xlsx";
        lxw_workbook* book = workbook_new(control.c_str());
        REQUIRE(book);
        lxw_worksheet* sheet = workbook_add_worksheet(book, "Control");
        REQUIRE(sheet);
        REQUIRE(worksheet_write_formula(sheet, 0, 0, "=1+1", nullptr) == LXW_NO_ERROR);
        REQUIRE(workbook_close(book) == LXW_NO_ERROR);
        books.push_back(control);
    }

    const std::string recalculated = dir + "/recalculated", cached = dir + "/cached";
    export_csv(recalculated, books, false);
    export_csv(cached, books, true);
    namespace fs = std::filesystem;
    REQUIRE(read_table(fs::path(recalculated) / "control-Control.csv").cell(0, 0) == "2");
    REQUIRE(read_table(fs::path(cached) / "control-Control.csv").cell(0, 0) == "0");

    // Every cell recalculates to the value the engine stored.
    {
        const Number tolerance = *Number::parse("0.000001");
        int files = 0, numbers = 0;
        for (const auto& entry : fs::directory_iterator(recalculated)) {
            if (entry.path().extension() != ".csv" || entry.path().filename().string().rfind("control", 0) == 0) continue;
            ++files;
            const Table after = read_table(entry.path());
            const Table before = read_table(fs::path(cached) / entry.path().filename());
            REQUIRE(after.rows.size() == before.rows.size());
            for (std::size_t r = 0; r < before.rows.size(); ++r) {
                for (std::size_t c = 0; c < before.rows[r].size(); ++c) {
                    const std::string stored = before.cell(r, static_cast<int>(c));
                    const std::string computed = after.cell(r, static_cast<int>(c));
                    INFO(entry.path().filename().string() << " row " << r + 1 << " column " << c + 1 << ": stored `"
                                                          << stored << "`, recalculated `" << computed << "`");
                    const auto expected = cell_number(stored);
                    if (!expected) {
                        CHECK(computed == stored);
                        continue;
                    }
                    const auto actual = cell_number(computed);
                    REQUIRE(actual);
                    const Number difference = *actual - *expected;
                    CHECK((difference.sign() < 0 ? -difference : difference) <= tolerance);
                    ++numbers;
                }
            }
        }
        CHECK(files == 34);  // eight sheets for each of the four workbooks, and the worked examples' Trajectories
        CHECK(numbers > 1000);
    }

    // The price sheet's tariffs are the engine's, to the cent.
    {
        for (const auto& [name, example] : examples) {
            const Table prices = read_table(fs::path(recalculated) / (name + "-Price sheet.csv"));
            for (const auto& price : example->data.prices) {
                INFO(name << " " << price.product->code);
                const std::size_t row = prices.find({{"Code", price.product->code}});
                CHECK(prices.cents_at(row, "Tariff") == cents(price.price.value));
                CHECK(prices.cents_at(row, "Tariff per build-up unit") == cents(price.tariff.value));
            }
        }
    }

    // The indexed tariffs are the engine's, to the cent.
    {
        for (const auto& [name, example] : examples) {
            const Table indexed = read_table(fs::path(recalculated) / (name + "-Indexed tariffs.csv"));
            for (const auto& product : example->data.indexed->products) {
                const std::string& code = product.product->code;
                const std::size_t tariff_row = indexed.find({{"Product", code}, {"Row", "index"}}) + 1;
                for (const auto& year : product.years) {
                    INFO(name << " " << code << " " << year.year);
                    CHECK(indexed.cents_at(tariff_row, std::to_string(year.year)) == cents(year.tariff));
                    if (!product.base.priced_per_tariff())
                        CHECK(indexed.cents_at(tariff_row + 1, std::to_string(year.year)) == cents(year.price));
                }
            }
        }
    }

    // Every budget line, total and headroom is the engine's, to the cent.
    {
        for (const auto& [name, example] : examples) {
            const Table budgets = read_table(fs::path(recalculated) / (name + "-Budgets.csv"));
            int lines = 0;
            for (const auto& budget : example->data.budgets->providers) {
                const std::string& provider = budget.provider->name;
                for (const auto& year : budget.years) {
                    const std::string y = std::to_string(year.year);
                    for (const auto& line : year.lines) {
                        INFO(name << " " << provider << " " << y << " " << line.code);
                        const std::size_t row = budgets.find({{"Provider", provider}, {"Year", y}, {"Line", line.code}});
                        CHECK(budgets.cents_at(row, "Tariff") == cents(line.tariff));
                        CHECK(budgets.cents_at(row, "Amount") == cents(line.amount));
                        ++lines;
                    }
                    INFO(name << " " << provider << " " << y);
                    if (budget.provider->availability)
                        CHECK(budgets.cents_at(budgets.find({{"Provider", provider}, {"Year", y}, {"Line", "availability"}}),
                                               "Amount") == cents(year.availability));
                    CHECK(budgets.cents_at(budgets.find({{"Provider", provider}, {"Year", y}, {"Line", "total"}}), "Amount") ==
                          cents(year.total));
                }
            }
            CHECK(lines > 0);
            // The frame table below the providers: year, all providers, frame, headroom.
            std::size_t header = 0;
            while (header < budgets.rows.size() && budgets.cell(header, 0) != "Year") ++header;
            REQUIRE(header < budgets.rows.size());
            for (std::size_t i = 0; i < example->data.budgets->frames.size(); ++i) {
                const auto& frame = example->data.budgets->frames[i];
                const std::size_t row = header + 1 + i;
                INFO(name << " frame " << frame.year);
                REQUIRE(budgets.cell(row, 0) == std::to_string(frame.year));
                CHECK(cents(*cell_number(budgets.cell(row, 1))) == cents(frame.total));
                if (frame.headroom) CHECK(cents(*cell_number(budgets.cell(row, 3))) == cents(*frame.headroom));
            }
        }
        // METHOD.md §8: 2027 is over its frame by 46019.94.
        const Table budgets = read_table(fs::path(recalculated) / "worked-Budgets.csv");
        std::size_t row = 0;
        while (row < budgets.rows.size() && budgets.cell(row, 0) != "2027") ++row;
        REQUIRE(row < budgets.rows.size());
        CHECK(cents(*cell_number(budgets.cell(row, 3))) == "-46019.94");
        CHECK(budgets.cell(row, 4) == "over the frame");
    }

    // Every allocated amount is the engine's, to the cent, and each check cell 0.
    {
        for (const auto& [name, example] : examples) {
            const tariffs::Allocation& allocation = *example->data.allocation;
            const bool insurance = allocation.key == tariffs::AllocationKey::insurance;
            const Rows rows = parse_csv(test::read_text(
                (fs::path(recalculated) / (name + "-By " + std::string(tariffs::to_string(allocation.key)) + ".csv"))
                    .string()));
            const std::size_t amount_col = insurance ? 13 : 4;
            int checks = 0;
            for (const auto& share : allocation.shares) {
                INFO(name << " " << share.name);
                const auto row = std::find_if(rows.begin(), rows.end(),
                                              [&](const auto& cells) { return !cells.empty() && cells[0] == share.name; });
                REQUIRE(row != rows.end());
                CHECK(cents(*cell_number(row->at(amount_col))) == cents(share.amount));
                if (insurance) CHECK(cents(*cell_number(row->at(9))) == cents(share.refund));
            }
            for (const auto& cells : rows)
                for (std::size_t c = 0; c + 1 < cells.size(); ++c)
                    if (cells[c].rfind("check: ", 0) == 0) {
                        INFO(name << " " << cells[c]);
                        CHECK(cents(*cell_number(cells[c + 1])) == "0.00");
                        ++checks;
                    }
            CHECK(checks == (insurance ? 3 : 1));
        }
        // METHOD.md §8: the insurance refund of Noordmeer.
        CHECK(insurance.data.allocation->shares.front().name == "Noordmeer");
        CHECK(cents(insurance.data.allocation->shares.front().refund) == "84365.31");
    }
    std::filesystem::remove_all(dir);
}

TEST_CASE("the same model gives the same workbook, byte for byte, whenever it is written", "[xlsx]") {
    const std::string dir = test::make_temp_dir();
    const Example example("region.yaml");
    const std::string first = example.write(dir, "first");
    const std::string second = example.write(dir, "second");
    CHECK(test::read_text(first) == test::read_text(second));
    // No clock in it: created and modified on 1 January of the model's year.
    if (!test::has_command("unzip")) TARIFF_SKIP("unzip is not installed: the document's dates are not read");
    const std::string core = dir + "/core.xml";
    REQUIRE(std::system(("unzip -p " + test::shell_quote(first) + " docProps/core.xml > " + test::shell_quote(core)).c_str()) == 0);
    const std::string text = test::read_text(core);
    const std::regex stamp("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z");
    int stamps = 0;
    for (auto it = std::sregex_iterator(text.begin(), text.end(), stamp); it != std::sregex_iterator(); ++it, ++stamps)
        CHECK(it->str() == "2025-01-01T00:00:00Z");
    CHECK(stamps == 2);
    std::filesystem::remove_all(dir);
}
