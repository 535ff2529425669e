// A live copy of the model's figures in a workbook: the sheets Inputs,
// Build-up, Price sheet and, where the data has them, Index, Indexed tariffs,
// Trajectories and Budgets (each a class of its own), every figure a formula
// on the cells it comes from where a spreadsheet can compute it. Every
// workbook holds one copy or more (the scenarios' one per scenario) and asks
// it where a figure is.
#pragma once

#include "tariffs/reports/i18n/locale.hpp"
#include "tariffs/reports/report_data.hpp"
#include "tariffs/reports/xlsx/cell_map.hpp"
#include "tariffs/reports/xlsx/figure_look.hpp"
#include "tariffs/reports/xlsx/plan.hpp"
#include "tariffs/reports/xlsx/sheet_context.hpp"
#include "tariffs/reports/xlsx/workbook.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace tariffs::xlsx {

class ModelSheets {
public:
    ModelSheets(const ReportData& data, const Locale& locale, Book& book);
    ModelSheets(const ModelSheets&) = delete;
    ModelSheets& operator=(const ModelSheets&) = delete;

    // Only Inputs, Build-up and Price sheet, their names ending in `suffix`:
    // the live build-up that a workbook holding several copies of it refers to.
    // With `model`, the copy of a variant of that model (a scenario): it
    // defines no names, an input with the model's value refers to the model's
    // Inputs cell, and an input the variant changes stays an input cell, the
    // model's value (a reference) beside it.
    void write_model_sheets(const std::string& suffix, const ModelSheets* model = nullptr);
    // The model's sheets and, where the data has them, Index, Indexed tariffs,
    // Trajectories and Budgets, each name ending in `suffix`. With `model` (a
    // variant's copy, laid out alike), every input cell of those sheets that
    // holds the model's value is a reference to the model's.
    void write_copy(const std::string& suffix, const ModelSheets* model = nullptr);

    // The names of the sheets written, in order.
    std::vector<std::string> sheet_names() const;
    // The cell of the product's tariff (`code`) on the Price sheet, once written; none without one.
    std::optional<std::string> tariff_cell(const std::string& code) const;
    // The cell of the product's exact tariff (before its rounding) on the Build-up sheet; none without one.
    std::optional<std::string> exact_tariff_cell(const std::string& code) const;
    // The cell of the price of the product or trajectory `code` in `year`
    // (Price sheet, Indexed tariffs or Trajectories), once written, and its value.
    std::optional<std::pair<std::string, Number>> price_cell(const std::string& code, int year) const;
    // The cell of all providers' budget total of `year` on the Budgets sheet, once written, and its value.
    std::optional<std::pair<std::string, Number>> budget_total_cell(int year) const;
    // The product's price (its figures) by its code; none for a trajectory.
    const ProductPrice* price_of(const std::string& code) const;

    // What the sheets were written with, for a workbook's sheets that refer to them.
    const SheetContext& context() const { return context_; }

private:
    std::string t(std::string_view english) const { return locale_.text(english); }
    // Adds the sheet `name` + `suffix`, mirroring `model`'s sheet of that name, if any.
    Sheet& add_sheet(const std::string& name, const std::string& suffix, const ModelSheets* model);

    const ReportData& data_;
    const Locale& locale_;
    Book& book_;
    Plan plan_;
    CellMap cells_;
    FigureLook look_;
    SheetContext context_;
    std::unordered_map<std::string, const ProductPrice*> price_of_code_;  // every product's, by code
    std::vector<std::pair<std::string, const Sheet*>> sheets_;  // each sheet written, and its name without the suffix
};

}  // namespace tariffs::xlsx
