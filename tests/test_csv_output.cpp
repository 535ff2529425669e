// CSV output is safe to open in a spreadsheet: a cell that a spreadsheet would
// run as a formula arrives as text (OWASP's CSV injection), while amounts,
// signed differences and percentages stay numbers.
#include "tariffs/reports/table.hpp"

#include "cli_runner.hpp"

#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>
#include <string>

using Catch::Matchers::Contains;

namespace {

// One row of one text column, written as CSV: the line after the header.
std::string csv_cell(const std::string& text, const tariffs::Locale& locale = tariffs::default_locale) {
    tariffs::Table table;
    table.columns.push_back({"name", false, false});
    table.rows.push_back({text});
    std::ostringstream out;
    tariffs::write_csv(table, out, locale);
    const std::string csv = out.str();
    return csv.substr(csv.find('\n') + 1, csv.size() - csv.find('\n') - 2);
}

}  // namespace

TEST_CASE("a CSV cell a spreadsheet would run as a formula is written as text", "[csv]") {
    CHECK(csv_cell("=1+1") == "'=1+1");
    CHECK(csv_cell("+SUM(A1:A9)") == "'+SUM(A1:A9)");
    CHECK(csv_cell("-2+3") == "'-2+3");
    CHECK(csv_cell("@cmd") == "'@cmd");
    CHECK(csv_cell("\tx") == "'\tx");
    CHECK(csv_cell("=HYPERLINK(\"http://x\",\"y\")") == "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"");  // quoted too
    CHECK(csv_cell("=a,b") == "\"'=a,b\"");
}

TEST_CASE("numbers, signed differences and plain names stay as they are in CSV", "[csv]") {
    CHECK(csv_cell("-46019.94") == "-46019.94");
    CHECK(csv_cell("+1.25") == "+1.25");
    CHECK(csv_cell("-3.85%") == "-3.85%");
    CHECK(csv_cell("-") == "-");
    CHECK(csv_cell("Ambulante begeleiding") == "Ambulante begeleiding");
    CHECK(csv_cell("a=b") == "a=b");  // only the first character matters
}

TEST_CASE("a bidder named =1+1 reaches the CSV report as text", "[csv][cli]") {
    const std::string dir = test::make_temp_dir();
    const std::string bids = dir + "/bids.csv";
    std::ofstream(bids) << "provider,product,tariff\n=1+1,AMB-U,82.92\n";
    const auto result =
        test::run_tariff({"check-bids", "models/examples/worked-example.yaml", bids, "--format", "csv"});
    CHECK(result.exit_code == 0);
    CHECK_THAT(result.out, Contains("'=1+1,AMB-U"));
    CHECK_THAT(result.out, !Contains(",=1+1") && !Contains("\n=1+1"));
}
