// How the workbooks look and print: every value fits its column (no `###`),
// money shows as money and nothing else does, no number shows more decimals
// than it means, every value a formula reads is coloured as an input, and
// every sheet prints on A4 one page wide. Checked on every workbook the
// command writes (price, budget, an allocation, the forecast, scenarios,
// sensitivity), in English and in Dutch, from the XML and, where LibreOffice
// is installed, from each cell as LibreOffice shows it.
#include "cli_runner.hpp"
#include "workbook_tools.hpp"
#include "workbook_xml.hpp"

#include "skip.hpp"

#include <catch2/catch.hpp>

#include <cmath>
#include <filesystem>
#include <map>
#include <regex>
#include <string>
#include <vector>

namespace {

struct Book {
    std::string name;  // the file's stem
    std::vector<std::string> args;
};

// Every workbook the command writes, of the worked example and the example region.
const std::vector<Book> books{
    {"worked-price", {"price", "models/examples/worked-example.yaml"}},
    {"worked-budget", {"budget", "models/examples/worked-example.yaml"}},
    {"worked-insurance", {"allocate", "models/examples/worked-example.yaml", "--key", "insurance", "--year", "2026"}},
    {"region-budget", {"budget", "models/examples/region.yaml"}},
    {"region-budget-nl", {"budget", "models/examples/region.yaml", "--locale", "nl"}},
    {"region-forecast-nl", {"allocate", "models/examples/region.yaml", "--key", "all", "--locale", "nl"}},
    {"region-amount", {"allocate", "models/examples/region.yaml", "--key", "objective", "--from", "2026", "--to", "2027",
                       "--budget", "1000000.00"}},
    {"region-scenarios", {"scenarios", "models/examples/region.yaml"}},
    {"region-scenarios-nl", {"scenarios", "models/examples/region.yaml", "--year", "2027", "--locale", "nl"}},
    {"worked-sensitivity", {"sensitivity", "models/examples/worked-example.yaml"}},
    {"region-sensitivity-nl", {"sensitivity", "models/examples/region.yaml", "--year", "2026", "--locale", "nl"}},
};

std::vector<std::string> write_books(const test::TempDir& dir) {
    std::vector<std::string> paths;
    for (const auto& book : books) {
        std::vector<std::string> args = book.args;
        const std::string path = dir.path + "/" + book.name + ".xlsx";
        args.insert(args.end(), {"--format", "xlsx", "--output", path});
        const auto result = test::run_tariff(args);
        INFO(book.name << ": " << result.err);
        REQUIRE(result.exit_code == 0);
        paths.push_back(path);
    }
    return paths;
}

std::string stem(const std::string& path) { return std::filesystem::path(path).stem().string(); }

// The sheet as LibreOffice shows it, exported as CSV.
test::Rows shown(const std::string& out, const std::string& book, const std::string& sheet) {
    return test::parse_csv(test::read_text(out + "/" + stem(book) + "-" + sheet + ".csv"));
}

std::string at(const test::Rows& rows, int row, int col) {
    if (row < 0 || static_cast<std::size_t>(row) >= rows.size()) return "";
    const auto& cells = rows[static_cast<std::size_t>(row)];
    return static_cast<std::size_t>(col) < cells.size() ? cells[static_cast<std::size_t>(col)] : "";
}

// A column of `width` characters in pixels, as a spreadsheet draws it (Calibri 11).
double pixels(double width) { return std::floor(width * 7 + 5); }

// The characters a column holds: its width in the file less the cell's padding (0.71 of a character).
double room_of(const test::XlsxSheet& sheet, int col) { return sheet.width(col) - 0.71; }

}  // namespace

TEST_CASE("every value and header fits its column, in every sheet of every workbook", "[xlsx][layout][libreoffice]") {
    if (!test::has_libreoffice()) TARIFF_SKIP("LibreOffice is not installed: the cells are not shown");
    const test::TempDir dir;
    const std::vector<std::string> paths = write_books(dir);
    test::export_csv(dir.path + "/shown", paths, true, true);
    int measured = 0;
    for (const auto& path : paths) {
        const auto xlsx = test::read_xlsx(path, dir.path);
        if (!xlsx) TARIFF_SKIP("unzip is not installed: the widths are not read");
        for (const auto& sheet : xlsx->sheets) {
            const test::Rows rows = shown(dir.path + "/shown", path, sheet.name);
            for (std::size_t r = 0; r < rows.size(); ++r)
                for (std::size_t c = 0; c < rows[r].size(); ++c) {
                    const std::string& text = rows[r][c];
                    if (text.empty()) continue;
                    const int row = static_cast<int>(r), col = static_cast<int>(c);
                    const test::XlsxCell* cell = sheet.cell(row, col);
                    if (!cell || sheet.in_merged(row, col) || xlsx->style_of(*cell).wrap) continue;
                    const double needed = static_cast<double>(test::characters(text)) * (xlsx->style_of(*cell).bold ? 1.1 : 1);
                    INFO(stem(path) << " " << sheet.name << "!" << char('A' + col) << r + 1 << " shows `" << text
                                    << "` in a column holding " << room_of(sheet, col));
                    ++measured;
                    if (needed <= room_of(sheet, col)) continue;
                    // A number that does not fit shows as ###; a text may run on over empty cells to its right.
                    REQUIRE(cell->is_text());
                    double room = room_of(sheet, col);
                    for (int next = col + 1; room < needed; ++next) {
                        INFO("runs into " << char('A' + next) << r + 1);
                        CHECK(at(rows, row, next).empty());
                        if (!at(rows, row, next).empty()) break;
                        room += room_of(sheet, next);
                    }
                }
        }
    }
    CHECK(measured > 5000);
}

TEST_CASE("every sheet of every workbook prints on A4 one page wide, landscape where it is wide", "[xlsx][layout]") {
    const test::TempDir dir;
    const std::vector<std::string> paths = write_books(dir);
    int sheets = 0, landscape = 0;
    for (const auto& path : paths) {
        const auto xlsx = test::read_xlsx(path, dir.path);
        if (!xlsx) TARIFF_SKIP("unzip is not installed: the print setup is not read");
        for (const auto& sheet : xlsx->sheets) {
            INFO(stem(path) << " " << sheet.name);
            ++sheets;
            const auto setup = [&](const std::string& key) {
                const auto it = sheet.page_setup.find(key);
                return it == sheet.page_setup.end() ? std::string() : it->second;
            };
            CHECK(sheet.fit_to_page);
            CHECK(sheet.page_setup.count("fitToWidth") == 0);  // 1, the default
            CHECK(setup("fitToHeight") == "0");     // as many pages down as it takes
            CHECK(setup("paperSize") == "9");       // A4
            // The print area is what the sheet holds, from A1.
            CHECK(std::regex_match(sheet.print_area, std::regex("'?[^!]+'?!\\$A\\$1:\\$[A-Z]+\\$[0-9]+")));
            // Wider than a portrait page between its margins (174 mm, 659 pixels): landscape.
            double width = 0;
            int last = 0;
            for (const auto& [position, cell] : sheet.cells) last = std::max(last, position.second);
            for (int c = 0; c <= last; ++c) width += pixels(sheet.width(c));
            const bool wide = width > (210 - 2 * 17.78) / 25.4 * 96;
            CHECK((setup("orientation") == "landscape") == wide);
            if (wide) ++landscape;
        }
    }
    CHECK(sheets > 50);
    CHECK(landscape > 5);
}

TEST_CASE("the region's workbook prints in about a page per forty rows of each sheet", "[xlsx][layout][libreoffice]") {
    if (!test::has_libreoffice()) TARIFF_SKIP("LibreOffice is not installed: the workbook is not printed");
    const test::TempDir dir;
    std::vector<std::string> paths;
    for (const std::string name : {"region-budget", "region-budget-nl"})
        for (const auto& book : books)
            if (book.name == name) {
                std::vector<std::string> args = book.args;
                args.insert(args.end(), {"--format", "xlsx", "--output", dir.path + "/" + name + ".xlsx"});
                REQUIRE(test::run_tariff(args).exit_code == 0);
                paths.push_back(dir.path + "/" + name + ".xlsx");
            }
    test::export_pdf(dir.path + "/pdf", paths);
    for (const auto& path : paths) {
        const auto xlsx = test::read_xlsx(path, dir.path);
        if (!xlsx) TARIFF_SKIP("unzip is not installed: the rows are not counted");
        // One page wide, a sheet takes a page per forty rows at most (fewer where it is scaled down to fit).
        int bound = 0;
        for (const auto& sheet : xlsx->sheets) {
            int rows = 0;
            for (const auto& [position, cell] : sheet.cells) rows = std::max(rows, position.first + 1);
            bound += (rows + 39) / 40;
        }
        const int pages = test::pdf_pages(dir.path + "/pdf/" + stem(path) + ".pdf");
        INFO(stem(path) << ": " << pages << " pages, at most " << bound);
        CHECK(pages > 0);
        CHECK(pages <= bound);
    }
}
