// The workbook is live end to end: change an input cell (a salary, overhead, a
// base volume, a change target, a key's data, the frame, an index) and LibreOffice
// recalculates every computed sheet (tariffs, the index, indexed tariffs, budgets, the
// flag over the frame, the insurance allocation with its largest-remainder
// cents) to what the engine computes from the model with the same change.
//
// For each change: the workbook of the original model with the one cell edited
// (its sheet's XML rewritten in the zip), recalculated, against the workbook the
// engine writes from the changed model (its stored values are the engine's).
#include "cli_runner.hpp"
#include "workbook_tools.hpp"

#include "skip.hpp"

#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>
#include <functional>
#include <fstream>
#include <map>
#include <string>
#include <vector>

namespace {

using test::Rows;

const std::string worked_example = "models/examples/worked-example.yaml";

// The worked example's insurance allocation of 2026 as a workbook, as a user makes it.
std::string write_book(const std::string& model, const std::string& book) {
    const auto result = test::run_tariff(
        {"allocate", model, "--key", "insurance", "--year", "2026", "--format", "xlsx", "--output", book});
    INFO(result.err);
    REQUIRE(result.exit_code == 0);
    return book;
}

// The sheets of that workbook, in order (xl/worksheets/sheetN.xml is the Nth).
const std::vector<std::string> sheets{"Inputs",       "Build-up", "Price sheet", "Index",       "Indexed tariffs",
                                      "Trajectories", "Budgets",  "Key data",    "By insurance"};

int sheet_number(const std::string& name) {
    for (std::size_t i = 0; i < sheets.size(); ++i)
        if (sheets[i] == name) return static_cast<int>(i) + 1;
    FAIL("no sheet " << name);
    return 0;
}

std::string column_letter(int col) { return std::string(1, static_cast<char>('A' + col)); }

// One input to change: where it is in the workbook, and the same change in the model's text.
struct Change {
    std::string what;
    std::string sheet;
    // Finds the cell's row (0-based) in the sheet as exported, and gives its column.
    std::function<std::size_t(const Rows&)> row;
    int col;
    std::string value;            // the new value, as the cell holds it
    std::string model_from, model_to;  // the same change in the model's YAML
};

std::size_t row_where(const Rows& rows, const std::vector<std::pair<int, std::string>>& cells, std::size_t from = 0) {
    for (std::size_t r = from; r < rows.size(); ++r) {
        bool all = true;
        for (const auto& [col, text] : cells)
            all = all && static_cast<std::size_t>(col) < rows[r].size() && rows[r][static_cast<std::size_t>(col)] == text;
        if (all) return r;
    }
    FAIL("no row with the cells sought");
    return 0;
}

}  // namespace

TEST_CASE("changing an input in the workbook moves every computed sheet to the engine's figures for that change",
          "[xlsx][libreoffice][live]") {
    if (!test::has_libreoffice()) TARIFF_SKIP("LibreOffice is not installed: the workbook is not recalculated");
    if (!test::has_command("zip") || !test::has_command("unzip"))
        TARIFF_SKIP("zip or unzip is not installed: the workbook cannot be edited");
    const test::TempDir dir;
    const std::string original = write_book(worked_example, dir.path + "/original.xlsx");
    test::export_csv(dir.path + "/original", {original}, true);
    const auto exported = [&](const std::string& out, const std::string& book, const std::string& sheet) {
        return test::parse_csv(test::read_text(out + "/" + std::filesystem::path(book).stem().string() + "-" + sheet + ".csv"));
    };
    const auto frame_row = [](const Rows& rows) { return row_where(rows, {{0, "2026"}}, row_where(rows, {{0, "Year"}})); };
    const std::vector<Change> changes{
        {"overhead", "Inputs", [](const Rows& r) { return row_where(r, {{0, "model"}, {1, "overhead_surcharge"}}); }, 2,
         "0.22", "overhead_surcharge: 20%", "overhead_surcharge: 22%"},
        {"a salary", "Inputs",
         [](const Rows& r) { return row_where(r, {{0, "staff level jeugdzorgwerker"}, {1, "monthly_salary"}}); }, 2,
         "3700", "jeugdzorgwerker:        {monthly_salary: 3650.00}", "jeugdzorgwerker:        {monthly_salary: 3700.00}"},
        {"a base volume", "Budgets",
         [](const Rows& r) { return row_where(r, {{0, "Horizon Jeugdzorg"}, {2, "2025"}, {3, "AMB-U"}}); }, 5, "8400",
         "volume: 8000", "volume: 8400"},
        {"a volume's history", "Budgets",
         [](const Rows& r) { return row_where(r, {{0, "Horizon Jeugdzorg"}, {2, "2025"}, {3, "VBL"}}); }, 10, "12000",
         "2023: 11315, 2024: 10585}", "2023: 12000, 2024: 10585}"},
        {"a change target", "Budgets",
         [](const Rows& r) { return row_where(r, {{0, "Horizon Jeugdzorg"}, {2, "2026"}, {3, "VBL"}}); }, 6, "-0.08",
         "change: {2026: -5%, 2027: -5%}", "change: {2026: -8%, 2027: -5%}"},
        {"a key's data", "Key data", [](const Rows& r) { return row_where(r, {{0, "Noordmeer"}}); }, 3, "50",
         "young_people: {2023: 41, 2024: 38, 2025: 44}", "young_people: {2023: 41, 2024: 38, 2025: 50}"},
        {"the frame", "Budgets", frame_row, 2, "4000000", "frames: {2026: 4200000.00", "frames: {2026: 4000000.00"},
        {"an index figure", "Index", [](const Rows& r) { return row_where(r, {{0, "index stated outright"}}); }, 3,
         "0.04", "applied: {2026: 3.85%", "applied: {2026: 4.00%"},
    };
    const std::string model_text = test::read_text(test::source_dir() + "/" + worked_example);
    for (std::size_t k = 0; k < changes.size(); ++k) {
        const Change& change = changes[k];
        INFO("change: " << change.what);
        // The engine, on the model with the change.
        std::string text = model_text;
        const auto at = text.find(change.model_from);
        REQUIRE(at != std::string::npos);
        text.replace(at, change.model_from.size(), change.model_to);
        const std::string changed_model = dir.path + "/changed-" + std::to_string(k) + ".yaml";
        std::ofstream(changed_model) << text;
        const std::string engine_book = write_book(changed_model, dir.path + "/engine-" + std::to_string(k) + ".xlsx");
        // The workbook, with the one cell changed.
        const std::string edited = dir.path + "/edited-" + std::to_string(k) + ".xlsx";
        std::filesystem::copy_file(original, edited);
        const std::size_t row = change.row(exported(dir.path + "/original", original, change.sheet));
        test::edit_cell(edited, sheet_number(change.sheet), column_letter(change.col) + std::to_string(row + 1), change.value,
                  dir.path + "/work-" + std::to_string(k));
        const std::string out = dir.path + "/out-" + std::to_string(k);
        std::filesystem::create_directories(out);
        test::export_csv(out + "/edited", {edited}, false);
        test::export_csv(out + "/engine", {engine_book}, true);
        int compared = 0, moved = 0;
        for (const auto& sheet : sheets) {
            const Rows recalculated = exported(out + "/edited", edited, sheet);
            const Rows engine = exported(out + "/engine", engine_book, sheet);
            const Rows before = exported(dir.path + "/original", original, sheet);
            REQUIRE(recalculated.size() == engine.size());
            for (std::size_t r = 0; r < engine.size(); ++r)
                for (std::size_t c = 0; c < engine[r].size(); ++c) {
                    const std::string want = engine[r][c];
                    if (r < before.size() && c < before[r].size() && before[r][c] != want) ++moved;
                    const std::string got = c < recalculated[r].size() ? recalculated[r][c] : "";
                    const auto expected = test::cell_number(want);
                    if (sheet == "Inputs" && (c == 3 || c == 4)) continue;  // as the model writes it, and where
                    INFO(sheet << " " << column_letter(static_cast<int>(c)) << r + 1 << ": engine `" << want
                               << "`, workbook `" << got << "`");
                    if (!expected) {
                        CHECK(got == want);
                        continue;
                    }
                    const auto actual = test::cell_number(got);
                    REQUIRE(actual);
                    const engine::Number difference = *actual - *expected;
                    CHECK((difference.sign() < 0 ? -difference : difference) <= *engine::Number::parse("0.000001"));
                    ++compared;
                }
        }
        CHECK(compared > 300);
        CHECK(moved > 3);  // the change moves figures: the workbook had to follow them
    }
}

TEST_CASE("typing a definitive index figure the model does not have yet moves the correction and every indexed tariff "
          "to the engine's figures with it",
          "[xlsx][libreoffice][live][index]") {
    if (!test::has_libreoffice()) TARIFF_SKIP("LibreOffice is not installed: the workbook is not recalculated");
    if (!test::has_command("zip") || !test::has_command("unzip"))
        TARIFF_SKIP("zip or unzip is not installed: the workbook cannot be edited");
    const test::TempDir dir;
    // The model without OVA's definitive figure of 2026, which the correction of 2027 reads.
    const std::string with = test::read_text(test::source_dir() + "/models/examples/practice/split-indexation.yaml");
    const std::string figure = "2026: {provisional: 3.60%, definitive: 3.95%}";
    std::string without = with;
    const auto at = without.find(figure);
    REQUIRE(at != std::string::npos);
    without.replace(at, figure.size(), "2026: {provisional: 3.60%}");
    const auto write = [&](const std::string& text, const std::string& name) {
        std::ofstream(dir.path + "/" + name + ".yaml") << text;
        const std::string book = dir.path + "/" + name + ".xlsx";
        const auto result =
            test::run_tariff({"price", dir.path + "/" + name + ".yaml", "--format", "xlsx", "--output", book});
        INFO(result.err);
        REQUIRE(result.exit_code == 0);
        return book;
    };
    const std::string before = write(without, "without"), engine = write(with, "with");
    const std::vector<std::string> sheets{"Index", "Indexed tariffs"};
    const int index_sheet = 4;  // Inputs, Build-up, Price sheet, Index, Indexed tariffs
    test::export_csv(dir.path + "/before", {before}, true);
    const auto read = [&](const std::string& out, const std::string& book, const std::string& sheet) {
        return test::parse_csv(test::read_text(out + "/" + std::filesystem::path(book).stem().string() + "-" + sheet + ".csv"));
    };
    // The cell is there, empty, for the figure to be typed in.
    const Rows index = read(dir.path + "/before", before, "Index");
    const std::size_t row = row_where(index, {{0, "OVA definitive"}});
    REQUIRE(index[1][3] == "2026");
    REQUIRE(index[row][3].empty());
    const std::string edited = dir.path + "/edited.xlsx";
    std::filesystem::copy_file(before, edited);
    test::edit_cell(edited, index_sheet, "D" + std::to_string(row + 1), "0.0395", dir.path + "/work");
    test::export_csv(dir.path + "/edited", {edited}, false);
    test::export_csv(dir.path + "/engine", {engine}, true);
    int compared = 0, moved = 0;
    for (const auto& sheet : sheets) {
        const Rows was = read(dir.path + "/before", before, sheet), got = read(dir.path + "/edited", edited, sheet),
                   want = read(dir.path + "/engine", engine, sheet);
        REQUIRE(got.size() == want.size());
        for (std::size_t r = 0; r < want.size(); ++r)
            for (std::size_t c = 0; c < want[r].size(); ++c) {
                const std::string shown = c < got[r].size() ? got[r][c] : "";
                INFO(sheet << " " << column_letter(static_cast<int>(c)) << r + 1 << ": engine `" << want[r][c]
                           << "`, workbook `" << shown << "`");
                if (r < was.size() && c < was[r].size() && was[r][c] != want[r][c]) ++moved;
                const auto expected = test::cell_number(want[r][c]);
                if (!expected) {
                    CHECK(shown == want[r][c]);
                    continue;
                }
                const auto actual = test::cell_number(shown);
                REQUIRE(actual);
                const engine::Number difference = *actual - *expected;
                CHECK((difference.sign() < 0 ? -difference : difference) <= *engine::Number::parse("0.000001"));
                ++compared;
            }
    }
    CHECK(compared > 20);
    CHECK(moved >= 6);  // the figure, three corrections and indexes of 2027, and the tariffs after them
}
