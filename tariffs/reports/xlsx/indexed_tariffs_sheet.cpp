#include "tariffs/reports/xlsx/indexed_tariffs_sheet.hpp"

#include "tariffs/reports/xlsx/formula.hpp"

#include <algorithm>
#include <optional>

namespace tariffs::xlsx {

namespace {

// The column of `year`, the first year's in column C.
int column(int year, int first) { return 2 + (year - first); }

}  // namespace

void IndexedTariffsSheet::write(Sheet& sheet) {
    const ReportData& data = context_.data;
    Formats& formats = context_.formats;
    CellMap& cells = context_.cells;
    const IndexedTariffs& indexed = *data.indexed;
    const IndexPolicy& model_policy = data.model->indexation;
    const int first = indexed.base_year, last = indexed.last_year;
    sheet.text(0, 0, t("Product"), formats.bold);
    sheet.text(0, 1, t("Row"), formats.bold);
    for (int year = first; year <= last; ++year) sheet.text(0, column(year, first), std::to_string(year), formats.bold);
    const int note_col = column(last, first) + 1;
    sheet.text(0, note_col, t("Note"), formats.bold);

    // The year's headline index (default weights): availability follows it.
    sheet.text(1, 0, t("all products"));
    sheet.text(1, 1, t("index (default weights)"));
    for (const auto& step : indexed.default_index) {
        sheet.formula(1, column(step.year, first), cells.index_step.at(&step), step.index, formats.percent(2));
        cells.default_index[step.year] = sheet.ref(1, column(step.year, first));
    }
    int row = 3;
    for (const auto& product : indexed.products) row = write_product(sheet, product, row, first, note_col);
    std::string how = model_policy.method == IndexMethod::direct
                          ? t("Each year's tariff is the exact base-year tariff times every year's (1 + index), rounded once.")
                          : t("Each year's tariff is the previous year's tariff times (1 + index), rounded: {rounding}.",
                              {{"{rounding}", model_policy.round_tariff.describe()}});
    if (!model_policy.policies.empty()) how += " " + t("A product of a named policy follows that policy (column B).");
    sheet.note(row, how);
}

int IndexedTariffsSheet::write_product(Sheet& sheet, const IndexedProduct& product, int row, int first,
                                       int note_col) {
    const ReportData& data = context_.data;
    Formats& formats = context_.formats;
    CellMap& cells = context_.cells;
    const IndexPolicy& policy = *product.policy;
    const Product& p = *product.product;
    const ProductPrice& base = product.base;
    const int index_row = row, tariff_row = row + 1;
    const PriceLine* line = context_.line_of(p);
    sheet.text(index_row, 0, p.code, formats.bold);
    sheet.text(index_row, 1, policy.name.empty() ? t("index") : t("index (policy {name})", {{"{name}", policy.name}}));
    sheet.text(tariff_row, 0, p.code);
    sheet.text(tariff_row, 1, t("tariff") + " " + t("per") + " " + t(line ? line->base_unit : p.unit));
    std::string problem;
    for (const auto& year : product.years) {
        const int c = column(year.year, first);
        if (!year.index) {
            sheet.formula(tariff_row, c, cells.base_tariff.at(&p), year.tariff, formats.tariff);
            cells.indexed_tariff[{&p, year.year}] = sheet.ref(tariff_row, c);
            continue;
        }
        sheet.formula(index_row, c, cells.index_step.at(year.index), year.index->index, formats.percent(2));
        std::optional<std::string> formula;
        if (policy.method == IndexMethod::direct) {
            auto exact = base.tariff_exact ? cells.derivation.find(&data.cost->derivation(*base.tariff_exact))
                                           : cells.derivation.end();
            if (exact != cells.derivation.end()) {
                std::string product_of_factors = exact->second;
                for (int y = first + 1; y <= year.year; ++y)
                    product_of_factors += "*(1+" + cell_name(index_row, column(y, first)) + ")";
                formula = tariff_rounded(Piece{product_of_factors, multiplicative}, policy.round_tariff);
            }
        } else {
            formula = tariff_rounded(
                Piece{cell_name(tariff_row, c - 1) + "*(1+" + cell_name(index_row, c) + ")", multiplicative},
                policy.round_tariff);
        }
        if (formula) {
            sheet.formula(tariff_row, c, *formula, year.tariff, formats.tariff);
        } else {
            sheet.exact(tariff_row, c, year.tariff, formats.tariff);
            if (problem.empty())
                problem = round_call("x", "2", policy.round_tariff.mode)
                              ? "the exact base-year tariff has no cell: value from the engine"
                              : no_equivalent(policy.round_tariff.mode);
        }
        cells.indexed_tariff[{&p, year.year}] = sheet.ref(tariff_row, c);
    }
    row = tariff_row + 1;
    if (!base.priced_per_tariff()) {
        write_unit_price(sheet, product, row++, tariff_row, first, problem);
    } else {
        for (const auto& year : product.years)
            cells.unit_price[{&p, year.year}] = cells.indexed_tariff[{&p, year.year}];
    }
    sheet.text(index_row, note_col, problem, formats.note);
    return row + 1;
}

void IndexedTariffsSheet::write_unit_price(Sheet& sheet, const IndexedProduct& product, int price_row, int tariff_row,
                                           int first, std::string& problem) {
    const ReportData& data = context_.data;
    Formats& formats = context_.formats;
    CellMap& cells = context_.cells;
    const Plan& plan = context_.plan;
    const Product& p = *product.product;
    const ProductPrice& base = product.base;
    sheet.text(price_row, 0, p.code);
    sheet.text(price_row, 1, t("price") + " " + t("per") + " " + t(p.unit));
    const Derivation& price = data.cost->derivation(base.price);
    const Derivation* tariff = &data.cost->derivation(base.tariff);
    const bool direct = is_formula(price) && plan.depends_on(price, tariff) &&
                        std::none_of(plan.uses(price).begin(), plan.uses(price).end(), [&](const Derivation* used) {
                            return used != tariff && plan.depends_on(*used, tariff);
                        });
    for (const auto& year : product.years) {
        const int c = column(year.year, first);
        if (!year.index) {
            sheet.formula(price_row, c, cells.tariff.at(&p), year.price, formats.tariff);
        } else {
            std::pair<std::string, std::string> formula{"", t("the price rule uses the tariff indirectly")};
            if (direct) formula = context_.formula_of(price, sheet.name(), {{tariff, cell_name(tariff_row, c)}});
            if (formula.second.empty()) {
                sheet.formula(price_row, c, formula.first, year.price, formats.tariff);
            } else {
                sheet.exact(price_row, c, year.price, formats.tariff);
                if (problem.empty()) problem = formula.second;
            }
        }
        cells.unit_price[{&p, year.year}] = sheet.ref(price_row, c);
    }
}

}  // namespace tariffs::xlsx
