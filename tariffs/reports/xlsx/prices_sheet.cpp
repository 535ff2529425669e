#include "tariffs/reports/xlsx/prices_sheet.hpp"

namespace tariffs::xlsx {

void PricesSheet::plan(const Sheet& sheet) {
    const auto& prices = context_.data.prices;
    for (std::size_t i = 0; i < prices.size(); ++i) {
        const int row = static_cast<int>(i) + 1;
        context_.cells.tariff[prices[i].product] = sheet.ref(row, tariff_col);
        context_.cells.base_tariff[prices[i].product] = sheet.ref(row, base_tariff_col);
    }
}

void PricesSheet::derived(Sheet& sheet, int row, int col, const std::optional<engine::Figure>& figure,
                          lxw_format* format) {
    if (!figure) return;
    const Derivation* derivation = &context_.data.cost->derivation(*figure);
    const auto& cells = context_.cells.derivation;
    auto cell = cells.find(derivation);
    if (cell != cells.end()) sheet.formula(row, col, cell->second, derivation->value, format);
    else sheet.exact(row, col, derivation->value, format);
}

void PricesSheet::write(Sheet& sheet) {
    const ReportData& data = context_.data;
    Formats& formats = context_.formats;
    const std::vector<std::string> header = {"Code", "Name", "Kind", "Unit", "iJw unit", "Category", "Tariff",
                                             "Build-up per", "Staff cost", "Client cost", "Overhead", "Risk",
                                             "Tariff per build-up unit", "Personnel share"};
    for (std::size_t c = 0; c < header.size(); ++c) sheet.text(0, static_cast<int>(c), t(header[c]), formats.bold);
    for (std::size_t i = 0; i < data.prices.size(); ++i) {
        const ProductPrice& price = data.prices[i];
        const Product& product = *price.product;
        const PriceLine* line = context_.line_of(product);
        const int row = static_cast<int>(i) + 1;
        sheet.text(row, 0, product.code);
        sheet.text(row, 1, product.name);
        sheet.text(row, 2, context_.locale.kind(product.kind));
        sheet.text(row, 3, t(product.unit));
        if (line) {
            sheet.text(row, 4, line->ijw_unit);
            sheet.text(row, 5, line->category);
            sheet.text(row, 7, t(line->base_unit));
        }
        derived(sheet, row, tariff_col, price.price, formats.tariff);
        derived(sheet, row, 8, price.staff_cost, formats.money);
        derived(sheet, row, 9, price.client_cost, formats.money);
        derived(sheet, row, 10, price.overhead, formats.money);
        derived(sheet, row, 11, price.risk, formats.money);
        derived(sheet, row, base_tariff_col, price.tariff, formats.tariff);
        derived(sheet, row, 13, price.personnel_share, formats.percent());
        if (price.personnel_share) context_.cells.personnel_share[&product] = sheet.ref(row, 13);
    }
    const int note = static_cast<int>(data.prices.size()) + 2;
    sheet.note(note,
               t("The tariff is per unit, rounded as its rule says; the build-up is exact, per the unit under "
                 "`build-up per`. Every figure is a formula on the Build-up sheet."));
}

}  // namespace tariffs::xlsx
