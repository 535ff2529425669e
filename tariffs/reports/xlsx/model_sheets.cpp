#include "tariffs/reports/xlsx/model_sheets.hpp"

#include "tariffs/reports/xlsx/budgets_sheet.hpp"
#include "tariffs/reports/xlsx/build_up_sheet.hpp"
#include "tariffs/reports/xlsx/index_sheet.hpp"
#include "tariffs/reports/xlsx/indexed_tariffs_sheet.hpp"
#include "tariffs/reports/xlsx/inputs_sheet.hpp"
#include "tariffs/reports/xlsx/prices_sheet.hpp"
#include "tariffs/reports/xlsx/trajectories_sheet.hpp"

namespace tariffs::xlsx {

ModelSheets::ModelSheets(const ReportData& data, const Locale& locale, Book& book)
    : data_(data), locale_(locale), book_(book), plan_(data), look_(*data.cost, locale, book.formats()),
      context_{data, locale, book.formats(), plan_, cells_, look_} {
    for (const auto& price : data.prices) price_of_code_.emplace(price.product->code, &price);
}

Sheet& ModelSheets::add_sheet(const std::string& name, const std::string& suffix, const ModelSheets* model) {
    Sheet& sheet = book_.add_sheet(name + suffix);
    if (model)
        for (const auto& [own_name, own] : model->sheets_)
            if (own_name == name) sheet.mirror(*own);
    sheets_.emplace_back(name, &sheet);
    return sheet;
}

std::vector<std::string> ModelSheets::sheet_names() const {
    std::vector<std::string> names;
    for (const auto& [name, sheet] : sheets_) names.push_back(sheet->name());
    return names;
}

void ModelSheets::write_copy(const std::string& suffix, const ModelSheets* model) {
    write_model_sheets(suffix, model);
    if (data_.indexed) {
        IndexSheet(context_).write(add_sheet(t("Index"), suffix, model));
        IndexedTariffsSheet(context_).write(add_sheet(t("Indexed tariffs"), suffix, model));
    }
    if (!data_.model->trajectories.empty()) TrajectoriesSheet(context_).write(add_sheet(t("Trajectories"), suffix, model));
    if (data_.budgets) BudgetsSheet(context_).write(add_sheet(t("Budgets"), suffix, model));
}

// The three are planned before any is written, so a formula can refer to any cell of them.
void ModelSheets::write_model_sheets(const std::string& suffix, const ModelSheets* model) {
    Sheet& inputs = add_sheet(t("Inputs"), suffix, nullptr);
    Sheet& build_up = add_sheet(t("Build-up"), suffix, nullptr);
    Sheet& prices = add_sheet(t("Price sheet"), suffix, nullptr);
    InputsSheet inputs_sheet(context_);
    BuildUpSheet build_up_sheet(context_);
    PricesSheet prices_sheet(context_);
    inputs_sheet.plan(inputs);
    build_up_sheet.plan(build_up);
    prices_sheet.plan(prices);
    inputs_sheet.write(inputs, model ? &model->cells_ : nullptr);
    build_up_sheet.write(build_up);
    prices_sheet.write(prices);
}

std::optional<std::pair<std::string, Number>> ModelSheets::price_cell(const std::string& code, int year) const {
    if (year == data_.model->year)  // the Price sheet's, where the build-up is
        if (const ProductPrice* price = price_of(code))
            if (auto cell = tariff_cell(code)) return std::pair{*cell, price->price.value};
    const auto cell = cells_.component_price(*data_.model, code, year);
    if (!cell) return std::nullopt;
    if (data_.indexed) {
        if (const Number* price = data_.indexed->price_of(code, year)) return std::pair{*cell, *price};
        return std::nullopt;
    }
    if (year != data_.model->year) return std::nullopt;
    if (const ProductPrice* price = price_of(code)) return std::pair{*cell, price->price.value};
    for (const auto& price : data_.sheet.trajectories)
        if (price.trajectory->code == code) return std::pair{*cell, price.price};
    return std::nullopt;
}

std::optional<std::pair<std::string, Number>> ModelSheets::budget_total_cell(int year) const {
    const auto cell = cells_.all_providers.find(year);
    const FrameCheck* frame = data_.budgets ? data_.budgets->frame(year) : nullptr;
    if (cell == cells_.all_providers.end() || !frame) return std::nullopt;
    return std::pair{cell->second, frame->total};
}

std::optional<std::string> ModelSheets::tariff_cell(const std::string& code) const {
    const ProductPrice* price = price_of(code);
    const auto cell = price ? cells_.tariff.find(price->product) : cells_.tariff.end();
    if (cell == cells_.tariff.end()) return std::nullopt;
    return cell->second;
}

std::optional<std::string> ModelSheets::exact_tariff_cell(const std::string& code) const {
    const ProductPrice* product = price_of(code);
    if (!product || !product->tariff_exact) return std::nullopt;
    auto cell = cells_.derivation.find(&data_.cost->derivation(*product->tariff_exact));
    if (cell == cells_.derivation.end()) return std::nullopt;
    return cell->second;
}

const ProductPrice* ModelSheets::price_of(const std::string& code) const {
    auto it = price_of_code_.find(code);
    return it == price_of_code_.end() ? nullptr : it->second;
}

}  // namespace tariffs::xlsx
