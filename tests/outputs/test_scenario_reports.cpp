// `tariff scenarios` as a workbook and as a page: the workbook's differences
// are formulas that LibreOffice recalculates to the engine's; the page is
// self-contained, draws a bar per scenario for the tariffs that move most,
// and Chromium renders the engine's amounts.
#include "engine/decimal.hpp"
#include "tariffs/analyses/scenario_comparison.hpp"
#include "tariffs/model/model_loader.hpp"
#include "tariffs/reports/html/html_report.hpp"
#include "tariffs/reports/xlsx/xlsx_report.hpp"

#include "cli_runner.hpp"
#include "workbook_tools.hpp"

#include "skip.hpp"

#include "compiled.hpp"

#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <sys/wait.h>

using engine::Number;

namespace {

struct Scenarios {
    tariffs::Model model = tariffs::load_model(test::source_dir() + "/models/examples/region.yaml");
    tariffs::ScenarioComparison comparison = tariffs::compare_scenarios(test::compiled(model)->cost, {}, model.year);

    std::string html() const {
        std::ostringstream out;
        tariffs::write_scenarios_html(model, comparison, tariffs::default_locale, out);
        return out.str();
    }
};

std::size_t count(const std::string& text, const std::string& what) {
    std::size_t n = 0;
    for (std::size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
    return n;
}

std::string amount(const Number& value) { return engine::display_amount(value).text; }

}  // namespace

TEST_CASE("the scenarios page is self-contained, well nested, and shows every tariff under every scenario",
          "[html][scenarios]") {
    const Scenarios scenarios;
    const std::string html = scenarios.html();
    for (const char* outside : {"http://", "https://", "src=", "<link", "<script", "url(", "@import"})
        CHECK(html.find(outside) == std::string::npos);
    for (const char* tag : {"section", "table", "svg", "ul", "div", "text"})
        CHECK(count(html, std::string("<") + tag + (std::string(tag) == "text" ? " " : "")) ==
              count(html, std::string("</") + tag + ">"));
    // A bar per scenario for each of the (at most twelve) products that move most.
    const std::size_t bars = std::min<std::size_t>(12, scenarios.comparison.products.size()) *
                             scenarios.comparison.scenarios.size();
    CHECK(count(html, "<rect ") == bars);
    for (const auto& product : scenarios.comparison.products) {
        INFO(product.code);
        CHECK(html.find("<td class=\"num\">" + amount(product.base) + "</td>") != std::string::npos);
        for (const auto& tariff : product.tariffs)
            CHECK(html.find("<td class=\"num\">" + amount(tariff) + "</td>") != std::string::npos);
    }
    for (const auto& year : scenarios.comparison.budgets)
        CHECK(html.find(amount(year.totals.front())) != std::string::npos);
    // Chart geometry is decimal text, never negative.
    for (const std::string attribute : {" x=\"", " y=\"", " width=\"", " height=\""})
        for (std::size_t at = html.find(attribute); at != std::string::npos; at = html.find(attribute, at + 1)) {
            const std::string value = html.substr(at + attribute.size(), html.find('"', at + attribute.size()) - at -
                                                                             attribute.size());
            INFO(attribute << value);
            CHECK(value.find_first_not_of("0123456789.") == std::string::npos);
        }
}

TEST_CASE("Chromium renders the scenarios page with the engine's tariffs", "[html][scenarios][chromium]") {
    const std::string chromium = "/usr/bin/chromium";
    if (!std::filesystem::exists(chromium)) {
        TARIFF_SKIP("Chromium is not installed: the browser test is skipped");
    }
    const test::TempDir dir;
    const Scenarios scenarios;
    std::ofstream(dir.path + "/scenarios.html") << scenarios.html();
    const std::string command = "timeout 60 " + chromium +
                                " --headless --no-sandbox --disable-gpu --no-first-run --user-data-dir=" + dir.path +
                                "/profile --dump-dom file://" + dir.path + "/scenarios.html >" + dir.path +
                                "/dom.html 2>/dev/null </dev/null";
    const int status = std::system(command.c_str());
    REQUIRE((WIFEXITED(status) && WEXITSTATUS(status) == 0));
    const std::string dom = test::read_text(dir.path + "/dom.html");
    REQUIRE(dom.find("</html>") != std::string::npos);
    for (const auto& product : scenarios.comparison.products)
        for (const auto& tariff : product.tariffs) CHECK(dom.find(">" + amount(tariff) + "<") != std::string::npos);
    CHECK(count(dom, "<rect ") == count(scenarios.html(), "<rect "));
}

TEST_CASE("LibreOffice recalculates the scenarios workbook's differences to the engine's", "[xlsx][scenarios][libreoffice]") {
    const test::TempDir dir;
    const std::string book = dir.path + "/scenarios.xlsx";
    const auto written = test::run_tariff({"scenarios", "models/examples/region.yaml", "--format", "xlsx", "--output", book});
    REQUIRE(written.exit_code == 0);
    CHECK(test::read_text(book).rfind("PK\x03\x04", 0) == 0);
    if (!test::has_libreoffice()) {
        TARIFF_SKIP("LibreOffice is not installed: the recalculation test is skipped");
    }
    const std::string out = dir.path + "/csv";
    test::export_csv(out, {book});
    const Scenarios scenarios;
    // LibreOffice computes in binary floating point (2.78 may come out as 2.7799999999999998):
    // each recalculated cell, rounded to the cent, must be the engine's exact figure.
    const auto cells_of = [](const std::string& csv, const std::string& first) {
        const auto at = csv.find("\n" + first + ",");
        REQUIRE(at != std::string::npos);
        std::vector<std::string> cells;
        std::stringstream row(csv.substr(at + 1, csv.find('\n', at + 1) - at - 1));
        for (std::string cell; std::getline(row, cell, ',');) cells.push_back(cell);
        return cells;
    };
    const auto to_cents = [](const std::string& cell) {
        const auto value = Number::parse(cell);
        REQUIRE(value);
        return engine::format_decimal(*value, 2);
    };
    const std::string sheet = test::read_text(out + "/scenarios-Scenarios.csv");
    for (const auto& product : scenarios.comparison.products) {
        INFO(product.code);
        const auto cells = cells_of(sheet, product.code);
        for (std::size_t s = 0; s < product.tariffs.size(); ++s)
            CHECK(to_cents(cells.at(5 + 3 * s)) == engine::format_decimal(product.difference(s), 2));
    }
    const std::string budgets = test::read_text(out + "/scenarios-Budget totals.csv");
    for (const auto& year : scenarios.comparison.budgets) {
        INFO(year.year);
        const auto cells = cells_of(budgets, std::to_string(year.year));
        for (std::size_t s = 0; s < year.totals.size(); ++s)
            CHECK(to_cents(cells.at(5 + 2 * s)) == engine::format_decimal(*year.headroom(year.totals[s]), 2));
    }
}
