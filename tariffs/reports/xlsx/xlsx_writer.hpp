// The writer of the workbook, for the XLSX report's files only: it plans
// where each derivation's cell is, then writes the sheets (Inputs, Build-up,
// Price sheet, and where the data has them Index, Indexed tariffs, Trajectories,
// Budgets, Key data and a sheet per allocation key), each figure a formula on the cells it comes from where a
// spreadsheet can compute it. The base year's sheets are in xlsx_report.cpp,
// the later years' and budgets' in xlsx_heavy_care.cpp, the key data and contributions in xlsx_forecast.cpp.
#pragma once

#include "tariffs/reports/i18n/locale.hpp"
#include "tariffs/reports/report_data.hpp"
#include "tariffs/reports/xlsx/xlsx_formula.hpp"
#include "tariffs/reports/xlsx/xlsx_plan.hpp"
#include "tariffs/reports/xlsx/xlsx_workbook.hpp"

#include <xlsxwriter.h>

#include <map>
#include <optional>
#include <string>
#include <tuple>
#include <unordered_map>
#include <utility>
#include <vector>

namespace tariffs::xlsx {

class Writer {
public:
    Writer(const ReportData& data, const Locale& locale, Book& book)
        : data_(data), locale_(locale), book_(book), formats_(book.formats()), plan_(data) {
        for (const auto& price : data.prices) price_of_code_.emplace(price.product->code, &price);
    }

    // Every sheet, in order.
    void write();

    // Only the model's sheets (Inputs, Build-up, Price sheet), their names
    // ending in `suffix`: the live build-up that a workbook holding several
    // copies of it (the scenarios', the sensitivity's) refers to. With `model`,
    // the copy of a variant of that model (a scenario): it defines no names,
    // an input with the model's value refers to the model's Inputs cell, and
    // an input the variant changes stays an input cell, the model's value
    // (a reference) beside it.
    void write_model_sheets(const std::string& suffix, const Writer* model = nullptr);
    // The model's sheets and, where the data has them, Index, Indexed tariffs,
    // Trajectories and Budgets, each name ending in `suffix`: a whole live
    // copy of the model's figures but the contribution forecast. With `model`
    // (a variant's copy, laid out alike), every input cell of those sheets
    // that holds the model's value is a reference to the model's.
    void write_copy(const std::string& suffix, const Writer* model = nullptr);

    // The cell of the product's tariff (`code`) on the Price sheet, once written; none without one.
    std::optional<std::string> tariff_cell(const std::string& code) const;
    // The names of the sheets written, in order.
    std::vector<std::string> sheet_names() const;
    // The cell of the price of the product or trajectory `code` in `year`
    // (Price sheet, Indexed tariffs or Trajectories), once written, and its value.
    std::optional<std::pair<std::string, Number>> price_cell(const std::string& code, int year) const;
    // The cell of all providers' budget total of `year` on the Budgets sheet, once written, and its value.
    std::optional<std::pair<std::string, Number>> budget_total_cell(int year) const;
    // The cell of the input `name` of the scope labelled `scope` on the Inputs sheet, and its value.
    std::optional<std::pair<std::string, Number>> input_cell(const std::string& scope, const std::string& name) const;

    // -- A variant's figures as formulas on a row of workings (xlsx_moved.cpp) ------
    // (after write_model_sheets)

    // A figure and its cell: on the row of workings where the variant computes
    // it again, else on the model's sheets.
    struct MovedFigure {
        std::string cell;
        Number value;
    };
    // A rule computed again: its name, and its formula beside it.
    struct MovedRule {
        int col = 0;  // the name's
        std::string name, formula;
        Number value;
        lxw_format* format = nullptr;
    };
    struct MovedPrice {
        MovedFigure price;                 // per the unit of the product or trajectory
        std::optional<MovedFigure> exact;  // a product's tariff before its rounding, where a rule gives it
        std::vector<MovedRule> rules;      // to be written on the row, by write_rules
    };
    // The Inputs cells of the given values at `slots` (nodes of the compiled model), with their values.
    std::vector<MovedFigure> input_cells_at(const std::vector<engine::NodeId>& slots);
    // The rules that `values` (a variant of the model setting the inputs at
    // `slots`, each read from the cell `moved`) computes again on the way to
    // the price of `code`, a product or trajectory, laid out on `row` from
    // column `col`: each rule's name, then its formula. A trajectory's expected
    // cost and price are among them whether or not they change. None where a
    // rule has no formula or cannot be computed with the change. Writes nothing.
    std::optional<MovedPrice> moved(int row, int col, const std::string& code, engine::Evaluation& values,
                                    const std::vector<engine::NodeId>& slots, const std::string& moved);
    // Writes the rules of `price` on `row` of `sheet`.
    void write_rules(Sheet& sheet, int row, const MovedPrice& price);
    // The cell of the product's exact tariff (before its rounding) on the Build-up sheet; none without one.
    std::optional<std::string> exact_tariff_cell(const std::string& code);

private:
    // A fixed text in the workbook's language.
    std::string t(std::string_view english) const { return locale_.text(english); }
    // Adds the sheet `name` + `suffix`, mirroring `model`'s sheet of that name, if any.
    Sheet& add_sheet(const std::string& name, const std::string& suffix, const Writer* model);
    // ... with `{name}` filled in.
    std::string t(std::string_view english,
                  std::initializer_list<std::pair<std::string_view, std::string>> fills) const {
        return locale_.text(english, fills);
    }

    // -- Inputs: every value the price derivations use, grouped by scope --------

    struct InputRow {
        int row = 0;
        const Derivation* value = nullptr;
    };

    void plan_inputs(const Sheet& sheet);
    int product_index(const Product& product) const;
    void write_inputs(Sheet& sheet, const Writer* model = nullptr);
    // An input of a variant of `model`: a reference to the model's cell when the
    // value is the model's, else an input cell with the model's value beside it.
    void write_variant_input(Sheet& sheet, int row, const Derivation& value, const Writer& model);
    lxw_format* input_format(const Derivation& value);
    // Whether the figure is an amount of money (its unit is EUR or EUR per something).
    bool is_money(const Scope& scope, std::string_view name) const;

    // -- Build-up: every formula, as a spreadsheet formula ------------------------

    struct BuildUpRow {
        int row = 0;
        const Derivation* rule = nullptr;  // none: a title row
        std::string title;
    };

    void plan_build_up(const Sheet& sheet);
    // The formula of a derivation with each name at its cell (without the sheet
    // name when the cell is on `on_sheet`), or why it has none.
    std::pair<std::string, std::string> formula_of(const Derivation& rule, const std::string& on_sheet,
                                                   const std::map<const Derivation*, std::string>& replaced = {});
    lxw_format* rule_format(const Derivation& rule);
    std::string unit_of(const Derivation& figure) const;
    void write_build_up(Sheet& sheet);

    // -- Price sheet -------------------------------------------------------------

    static constexpr int price_tariff_col = 6;
    static constexpr int price_base_tariff_col = 12;

    void plan_prices(const Sheet& sheet);
    const PriceLine* line_of(const Product& product) const;
    // A reference to a derivation's cell, or its value when it has none.
    void derived(Sheet& sheet, int row, int col, const std::optional<engine::Figure>& figure, lxw_format* format);
    void write_prices(Sheet& sheet);

    // -- Index (xlsx_index.cpp) ----------------------------------------------------

    // `x` rounded as a policy rounds a percentage step, or nothing.
    std::optional<std::string> percentage_round(const std::string& x,
                                                const std::optional<engine::Rounding>& rounding) const;
    void write_index(Sheet& sheet);

    // -- Indexed tariffs -----------------------------------------------------------

    // round(x) as the indexation policy rounds tariffs, or nothing.
    std::optional<std::string> policy_round(const Piece& x, const IndexPolicy& policy) const;
    void write_indexed(Sheet& sheet);

    // -- Trajectories (xlsx_trajectories.cpp) ------------------------------------------

    std::vector<std::vector<const TrajectoryPrice*>> trajectory_years() const;
    std::optional<std::string> component_price_cell(const std::string& code, int year) const;
    void write_trajectories(Sheet& sheet);
    int write_trajectory(Sheet& sheet, const std::vector<const TrajectoryPrice*>& years, int row, int year_col);

    // -- A variant's figures (xlsx_moved.cpp) -------------------------------------------

    struct MovedRow;
    std::optional<MovedFigure> moved_figure(MovedRow& row, const Derivation& figure);
    std::optional<MovedFigure> moved_price(MovedRow& row, const std::string& code);
    std::optional<MovedFigure> moved_trajectory(MovedRow& row, const Trajectory& trajectory);
    // The product's price (its figures) by its code; none for a trajectory.
    const ProductPrice* price_of(const std::string& code) const;

    // -- Budgets ---------------------------------------------------------------------

    void write_budgets(Sheet& sheet);

    // -- The contribution forecast (xlsx_forecast.cpp) --------------------------------

    // Each municipality's figures by year, carried ones as formulas.
    void write_key_data(Sheet& sheet);
    // Every year's split by one key, each part a formula over the key data and
    // the budgets; the largest-remainder cents are the engine's, with a check.
    void write_forecast_key(Sheet& sheet, std::size_t key);
    // The amount the forecast splits in `year`: a reference to the budgets, or its value.
    std::string amount_to_split(int year) const;

    const ReportData& data_;
    const Locale& locale_;
    Book& book_;
    Formats& formats_;
    Plan plan_;
    std::map<const Derivation*, std::string> cells_;  // where each derivation's value is
    std::vector<InputRow> input_rows_;
    std::vector<BuildUpRow> build_up_rows_;
    std::map<const Product*, std::string> price_cell_, base_tariff_cell_, personnel_share_cell_;
    std::map<int, std::string> default_index_cell_;
    std::map<const IndexStep*, std::string> index_cell_;  // each index step's cell on the Index sheet
    std::map<std::pair<const Product*, int>, std::string> tariff_cell_, unit_price_cell_;
    std::map<std::pair<std::string, int>, std::string> trajectory_cell_;  // (code, year) → its price
    std::map<int, std::string> all_providers_cell_;  // year → the Budgets sheet's total of all providers
    std::map<std::pair<std::string, int>, std::vector<std::string>> budget_cells_;  // (provider or lot, year)
    std::map<std::tuple<std::string, std::string, int>, std::string> figure_cell_;  // (municipality, figure, year)
    std::string no_claim_share_cell_, given_amount_cell_;  // on the Key data sheet
    std::unordered_map<engine::NodeId, const Derivation*> input_at_node_;  // the Inputs sheet's values by node
    std::unordered_map<std::string, const ProductPrice*> price_of_code_;  // every product's, by code
    std::vector<std::pair<std::string, const Sheet*>> sheets_;  // each sheet written, and its name without the suffix
};

}  // namespace tariffs::xlsx
