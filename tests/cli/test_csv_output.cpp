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

namespace {

// The cells of a CSV text (no quoted separators in these outputs' number columns), the fingerprint line left out.
std::vector<std::vector<std::string>> csv_rows(const std::string& text, char separator) {
    std::vector<std::vector<std::string>> rows;
    std::istringstream lines(text);
    std::string line;
    while (std::getline(lines, line)) {
        if (line.empty() || line[0] == '#') continue;
        std::vector<std::string> cells;
        std::string cell;
        bool quoted = false;
        for (char c : line) {
            if (c == '"') quoted = !quoted;
            else if (c == separator && !quoted) {
                cells.push_back(cell);
                cell.clear();
            } else cell += c;
        }
        cells.push_back(cell);
        rows.push_back(cells);
    }
    return rows;
}

bool is_fraction(const std::string& cell) {
    const auto slash = cell.find('/');
    if (slash == std::string::npos || slash == 0) return false;
    return std::all_of(cell.begin(), cell.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)) || c == '/' || c == '-' || c == '\''; });
}

}  // namespace

TEST_CASE("every CSV a command writes holds decimals in its number columns, never a fraction or a guarded number",
          "[csv]") {
    const std::string worked = "models/examples/worked-example.yaml", region = "models/examples/region.yaml";
    const std::vector<std::vector<std::string>> commands = {
        {"price", region}, {"index", region}, {"budget", region}, {"allocate", region, "--key", "all"},
        {"scenarios", region}, {"sensitivity", worked}, {"compare", region, "models/examples/region-cao.yaml"},
        {"solve", worked, "VBL", "--target", "300", "--vary", "VBL.occupancy"},
        {"check-bids", region, "models/examples/region-bids.csv"}};
    for (const auto& command : commands)
        for (const char* locale : {"en", "nl"}) {
            std::vector<std::string> args = command;
            args.insert(args.end(), {"--format", "csv", "--locale", locale});
            const auto result = test::run_tariff(args);
            if (result.exit_code == 2) continue;  // a command without CSV
            INFO(command[0] << " " << locale << "\n" << result.err);
            REQUIRE((result.exit_code == 0 || result.exit_code == 3));
            const auto rows = csv_rows(result.out, std::string(locale) == "nl" ? ';' : ',');
            REQUIRE(!rows.empty());
            const auto& header = rows.front();
            for (std::size_t r = 1; r < rows.size(); ++r)
                for (std::size_t c = 0; c < rows[r].size() && c < header.size(); ++c) {
                    if (header[c].size() > 6 && header[c].substr(header[c].size() - 6) == "_exact") continue;
                    INFO(header[c] << " = " << rows[r][c]);
                    CHECK_FALSE(is_fraction(rows[r][c]));
                    CHECK_FALSE((rows[r][c].size() > 1 && rows[r][c][0] == '\'' &&
                                 (std::isdigit(static_cast<unsigned char>(rows[r][c][1])) || rows[r][c][1] == '-')));
                }
        }
}
