// The live part of the sensitivity workbook (SensitivityWorkbook):
// the model's sheets, and a Workings sheet with one row per product (or
// trajectory), input and direction that computes the moved tariff again on
// the Inputs cell moved by the step; and the year's budget lines, live, that
// each moved budget total adds its changes to. Every formula is checked
// against the engine's exact figure before it is written; a row that a
// spreadsheet cannot compute keeps the engine's values.
#pragma once

#include "tariffs/analyses/sensitivity.hpp"
#include "tariffs/analyses/variant.hpp"
#include "tariffs/pricing/budgets.hpp"
#include "tariffs/reports/i18n/locale.hpp"
#include "tariffs/reports/report_data.hpp"
#include "tariffs/reports/xlsx/workbook.hpp"
#include "tariffs/reports/xlsx/model_sheets.hpp"
#include "tariffs/reports/xlsx/moved_figures.hpp"

#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace tariffs::xlsx {

// A row's input moved down or up: its cells on the Workings sheet, and their values.
struct MovedPoint {
    std::string moved, result;            // the moved input, the tariff it gives
    std::optional<std::string> exact;     // the exact tariff it gives
    Number budget_change;                 // of the year's total, through this row's code
    Number x;                             // the moved input's value
    std::optional<Number> exact_value;
};

// A row of the Sensitivity sheet: its moved points, and the cells of its base figures.
struct RowCells {
    std::optional<MovedPoint> down, up;
    std::optional<std::string> tariff;  // the base tariff's live cell
    std::optional<std::string> x, exact;  // the input's Inputs cell, the base exact tariff's cell
    Number x_value, exact_value;
};

// The budget lines of the year, grouped by code: where each code's lines are on the Budget sheet.
struct BudgetLines {
    int first_row = 0;  // the header's
    std::vector<std::pair<const Provider*, const BudgetLineYear*>> lines;  // by code, then provider
    std::map<std::string, std::pair<int, int>> rows_of;  // code → its first and last line's row
    std::vector<std::pair<const Provider*, Number>> availability;
    Number total;
    int total_row = 0;
};

class SensitivityWorkings {
public:
    SensitivityWorkings(const Model& model, CostModel& cost, const Sensitivity& sensitivity, Book& book,
                        const Locale& locale)
        : model_(model), cost_(cost), sensitivity_(sensitivity), book_(book), formats_(book.formats()),
          locale_(locale), data_(collect_report_data(model, cost)), sheets_(data_, locale, book), moved_(sheets_),
          variant_(cost) {}

    // The model's sheets and the Workings sheet (after the sheets before them).
    void write_workings(Sheet* budget_sheet);
    const RowCells& cells(std::size_t product, std::size_t input) const { return cells_.at({product, input}); }
    // The budget's moved total of `effect`, live: down (`up` false) or up.
    void budget_result(Sheet& sheet, int row, int col, const InputEffect& effect, bool up);
    void budget_moved(Sheet& sheet, int row, int col, const InputEffect& effect, bool up);
    bool has_budget_lines() const { return lines_.has_value(); }

private:
    std::string t(std::string_view english) const { return locale_.text(english); }
    void plan_budget_lines(int first_row);
    void write_budget_lines(Sheet& sheet);
    void write_step(Sheet& sheet);
    // One row of workings for the product (or trajectory) `code` with `effect`'s input moved; none stays static.
    std::optional<MovedPoint> write_point(Sheet& sheet, int row, const std::string& code, const InputEffect& effect,
                                          bool up, RowCells& cells);
    std::string budget_change_formula(const std::string& price_cell, const std::string& code) const;
    Number budget_change(const Number& price, const std::string& code) const;

    const Model& model_;
    CostModel& cost_;
    const Sensitivity& sensitivity_;
    Book& book_;
    Formats& formats_;
    const Locale& locale_;
    ReportData data_;
    ModelSheets sheets_;
    MovedFigures moved_;
    Variant variant_;
    std::string step_cell_, points_cell_, budget_sheet_;
    std::map<std::pair<std::size_t, std::size_t>, RowCells> cells_;  // (product, input) → its cells
    std::map<std::string, std::string> base_price_;  // a trajectory's live price of the base year
    // (input, up) → the Workings rows of its points, the first one's moved cell and their budget changes.
    struct Group {
        int first = -1, last = -1;
        std::string moved;
        Number change;
    };
    std::map<std::pair<std::string, bool>, Group> groups_;
    std::optional<BudgetLines> lines_;
};

}  // namespace tariffs::xlsx
