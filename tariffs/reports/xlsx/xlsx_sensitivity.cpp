// Sensitivity as a workbook: a row per product and input with the moved
// values, the tariffs they give, the swing as a formula and the elasticity;
// the year's budget on a sheet of its own. In the base year each row's tariff
// refers to the model's live sheets (Inputs, Build-up, Price sheet), held
// after those; the moved values and the tariffs they give are the engine's.
#include "tariffs/reports/fingerprint_note.hpp"
#include "tariffs/reports/xlsx/xlsx_report.hpp"
#include "tariffs/reports/xlsx/xlsx_workbook.hpp"
#include "tariffs/reports/xlsx/xlsx_writer.hpp"

#include <functional>

namespace tariffs {

namespace {

using engine::Number;
using xlsx::cell_name;

// The tariff of a row: a reference to the live Price sheet, or the engine's value.
using TariffOf = std::function<void(xlsx::Sheet& sheet, int row, int col, const std::string& owner)>;

void write_effects(xlsx::Sheet& sheet, xlsx::Formats& formats, const std::string& first_header,
                   const std::vector<std::pair<std::string, const InputEffect*>>& rows, bool elasticity,
                   const Locale& locale, const TariffOf& tariff = nullptr) {
    std::vector<std::string> header{first_header, "input", "value", "moved down", "moved up", "result down",
                                    "result up", "swing"};
    if (elasticity) header.push_back("elasticity");
    if (tariff) header.push_back("tariff");
    for (std::size_t c = 0; c < header.size(); ++c)
        sheet.text(0, static_cast<int>(c), locale.text(header[c]), formats.bold);
    int row = 1;
    for (const auto& [owner, effect] : rows) {
        sheet.text(row, 0, owner);
        sheet.text(row, 1, effect->input);
        sheet.text(row, 2, effect->value);
        if (effect->low) sheet.exact(row, 3, *effect->low);
        if (effect->high) sheet.exact(row, 4, *effect->high);
        if (effect->low_result) sheet.exact(row, 5, *effect->low_result, formats.money);
        if (effect->high_result) sheet.exact(row, 6, *effect->high_result, formats.money);
        if (effect->low_result && effect->high_result)
            sheet.formula(row, 7, cell_name(row, 6) + "-" + cell_name(row, 5), effect->swing(), formats.money);
        if (elasticity && effect->elasticity) sheet.exact(row, 8, *effect->elasticity);
        if (tariff) tariff(sheet, row, elasticity ? 9 : 8, owner);
        ++row;
    }
}

}  // namespace

void write_sensitivity_xlsx(const Model& model, CostModel& cost, const Sensitivity& sensitivity,
                            const std::string& path, const Locale& locale) {
    const xlsx::NumericLocaleC c_locale;
    xlsx::Book book(path, locale.dutch);
    book.set_properties(model.name + ": " + locale.text("sensitivity"), model.year, "",
                        model.fingerprint.empty() ? "" : fingerprint_line(model.fingerprint, locale));
    xlsx::Formats& formats = book.formats();
    xlsx::Sheet& products = book.add_sheet(capitalised(locale.text("sensitivity")));
    xlsx::Sheet* budget = sensitivity.budget ? &book.add_sheet(locale.text("Budget")) : nullptr;
    std::optional<ReportData> data;
    std::optional<xlsx::Writer> live;
    if (sensitivity.year == model.year) {
        data = collect_report_data(model, cost);
        live.emplace(*data, locale, book);
        live->write_model_sheets("");
    }
    const auto tariff = [&](xlsx::Sheet& sheet, int row, int col, const std::string& code) {
        const auto cell = live ? live->tariff_cell(code) : std::nullopt;
        for (const auto& product : sensitivity.products) {
            if (product.code != code) continue;
            if (cell) sheet.formula(row, col, *cell, product.tariff, formats.tariff);
            else sheet.exact(row, col, product.tariff, formats.tariff);
        }
    };
    std::vector<std::pair<std::string, const InputEffect*>> rows;
    for (const auto& product : sensitivity.products)
        for (const auto& effect : product.inputs) rows.push_back({product.code, &effect});
    write_effects(products, formats, locale.text("product"), rows, true, locale, tariff);
    if (budget) {
        rows.clear();
        for (const auto& effect : sensitivity.budget->inputs)
            rows.push_back({locale.text("budget") + " " + std::to_string(sensitivity.budget->year), &effect});
        write_effects(*budget, formats, locale.text("what"), rows, false, locale);
    }
    book.close(path);
}

}  // namespace tariffs
