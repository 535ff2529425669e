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

TEST_CASE("a value the workbook's formulas read is an input cell, coloured as one", "[xlsx][layout]") {
    const test::TempDir dir;
    const std::vector<std::string> paths = write_books(dir);
    int read = 0;
    for (const auto& path : paths) {
        // The scenarios and sensitivity workbooks hold the engine's results, not a live model.
        if (stem(path).find("scenarios") != std::string::npos || stem(path).find("sensitivity") != std::string::npos)
            continue;
        const auto xlsx = test::read_xlsx(path, dir.path);
        if (!xlsx) TARIFF_SKIP("unzip is not installed: the formulas are not read");
        for (const auto& sheet : xlsx->sheets)
            for (const auto& [position, cell] : sheet.cells) {
                if (cell.formula.empty()) continue;
                for (const auto& [name, at] : test::formula_references(cell.formula, sheet.name)) {
                    const test::XlsxCell* source = xlsx->sheet(name).cell(at.first, at.second);
                    // An empty cell read is an input not given yet; a formula's value is computed.
                    if (!source || !source->formula.empty() || source->is_text()) continue;
                    INFO(stem(path) << " " << sheet.name << "!" << char('A' + position.second) << position.first + 1
                                    << " = " << cell.formula << " reads the value " << source->value << " at " << name
                                    << "!" << char('A' + at.second) << at.first + 1);
                    ++read;
                    CHECK(xlsx->style_of(*source).fill == "FFDDEBF7");
                }
            }
    }
    CHECK(read > 200);
}

TEST_CASE("money shows in euros and nothing else does: a staff-mix share is no amount", "[xlsx][layout]") {
    const test::TempDir dir;
    const std::vector<std::string> paths = write_books(dir);
    int amounts = 0, others = 0;
    for (const std::string name : {"region-budget-nl", "region-forecast-nl"}) {
        const std::string path = dir.path + "/" + name + ".xlsx";
        const auto xlsx = test::read_xlsx(path, dir.path);
        if (!xlsx) TARIFF_SKIP("unzip is not installed: the formats are not read");
        // The value (Invoer column C, Opbouw column D) against its unit (column G) on each row.
        for (const auto& [sheet_name, value_col] : std::vector<std::pair<std::string, int>>{{"Invoer", 2}, {"Opbouw", 3}}) {
            const test::XlsxSheet& sheet = xlsx->sheet(sheet_name);
            for (const auto& [position, cell] : sheet.cells) {
                if (position.second != value_col || position.first == 0 || cell.is_text()) continue;
                const test::XlsxCell* unit = sheet.cell(position.first, 6);
                const bool money = unit && unit->value.rfind("EUR", 0) == 0;
                const bool euro = xlsx->style_of(cell).number_format.find("€") != std::string::npos;
                const test::XlsxCell* what = sheet.cell(position.first, 1);
                INFO(name << " " << sheet_name << " row " << position.first + 1 << " " << (what ? what->value : "")
                          << ": " << xlsx->style_of(cell).number_format);
                CHECK(euro == money);
                ++(money ? amounts : others);
            }
        }
        const test::XlsxSheet& inputs = xlsx->sheet("Invoer");
        int shares = 0;
        for (const auto& [position, cell] : inputs.cells)
            if (position.second == 1 && cell.value == "share") {
                ++shares;
                CHECK(xlsx->style_of(*inputs.cell(position.first, 2)).number_format.find("€") == std::string::npos);
            }
        CHECK(shares > 10);
    }
    CHECK(amounts > 50);
    CHECK(others > 50);
}

TEST_CASE("no number in a workbook shows more decimals than it means: six at most, a computed figure four or as "
          "its rule rounds",
          "[xlsx][layout]") {
    const test::TempDir dir;
    const std::vector<std::string> paths = write_books(dir);
    int numbers = 0;
    const std::regex decimals("\\.(0*)(#*)");
    for (const auto& path : paths) {
        const auto xlsx = test::read_xlsx(path, dir.path);
        if (!xlsx) TARIFF_SKIP("unzip is not installed: the formats are not read");
        for (const auto& sheet : xlsx->sheets)
            for (const auto& [position, cell] : sheet.cells) {
                if (cell.is_text()) continue;
                const std::string& format = xlsx->style_of(cell).number_format;
                INFO(stem(path) << " " << sheet.name << "!" << char('A' + position.second) << position.first + 1
                                << " holds " << cell.value << " as `" << format << "`");
                ++numbers;
                if (sheet.name == "Build-up" || sheet.name == "Opbouw") CHECK(!format.empty());  // not General
                std::smatch match;
                if (!std::regex_search(format, match, decimals)) continue;
                CHECK(match[1].length() + match[2].length() <= 6);
            }
    }
    CHECK(numbers > 2000);
}

TEST_CASE("the no-claim share is one input cell on the key data, read by every year's split", "[xlsx][layout]") {
    const test::TempDir dir;
    const std::vector<std::string> paths = write_books(dir);
    const auto xlsx = test::read_xlsx(dir.path + "/region-forecast-nl.xlsx", dir.path);
    if (!xlsx) TARIFF_SKIP("unzip is not installed: the cells are not read");
    std::string input;
    int given = 0, read = 0;
    for (const auto& sheet : xlsx->sheets)
        for (const auto& [position, cell] : sheet.cells) {
            if (!cell.is_text() || cell.value != "no-claimaandeel") continue;
            INFO(sheet.name << " row " << position.first + 1);
            // The value is the next cell with one in its row.
            const test::XlsxCell* value = nullptr;
            int col = position.second + 1;
            for (; col < 40 && !value; ++col) value = sheet.cell(position.first, col);
            REQUIRE(value);
            if (value->formula.empty()) {
                ++given;
                CHECK(xlsx->style_of(*value).fill == "FFDDEBF7");
                input = sheet.name + "!" + std::to_string(position.first) + "," + std::to_string(col - 1);
                continue;
            }
            ++read;
            const auto references = test::formula_references(value->formula, sheet.name);
            REQUIRE(references.size() == 1);
            CHECK(references.front().first + "!" + std::to_string(references.front().second.first) + "," +
                      std::to_string(references.front().second.second) ==
                  input);
        }
    CHECK(given == 1);
    CHECK(read >= 3);  // a split of each year
}
