#include "tariffs/reports/index_wording.hpp"
#include "tariffs/reports/xlsx/sensitivity_workbook.hpp"

#include "tariffs/reports/fingerprint_note.hpp"

#include <optional>

namespace tariffs::xlsx {

namespace {

// The exact elasticity x·T'(x)/T(x) of a ratio of linear functions through
// three points (x0, y0), (x1, y1), (x2, y2), x1 the input's value: 0 where the
// tariff does not move or the input is 0.
Number three_point_elasticity(const Number& x0, const Number& y0, const Number& x1, const Number& y1, const Number& x2,
                              const Number& y2) {
    if (x1.sign() == 0 || y2 == y0) return Number(0);
    return x1 * (y1 - y0) * (y2 - y1) * (x2 - x0) / ((x1 - x0) * (x2 - x1) * (y2 - y0) * y1);
}

// The engine's moved values and results, where the row is not live.
void write_static(Sheet& sheet, Formats& formats, int row, const InputEffect& effect) {
    if (effect.low) sheet.exact(row, 3, *effect.low);
    if (effect.high) sheet.exact(row, 4, *effect.high);
    if (effect.low_result) sheet.exact(row, 5, *effect.low_result, formats.money);
    if (effect.high_result) sheet.exact(row, 6, *effect.high_result, formats.money);
}

void write_swing(Sheet& sheet, Formats& formats, int row, const InputEffect& effect) {
    if (effect.low_result && effect.high_result)
        sheet.formula(row, 7, cell_name(row, 6) + "-" + cell_name(row, 5), effect.swing(), formats.money);
}

// The elasticity: a formula through the three points where the rows are
// live and it gives the engine's exact figure, else the engine's value.
void write_elasticity(Sheet& sheet, int row, const Number& elasticity, const RowCells* cells) {
    const bool live = cells && cells->down && cells->up && cells->down->exact && cells->up->exact && cells->x &&
                      cells->exact &&
                      three_point_elasticity(cells->down->x, *cells->down->exact_value, cells->x_value,
                                             cells->exact_value, cells->up->x, *cells->up->exact_value) == elasticity;
    if (!live) return sheet.exact(row, 8, elasticity);
    const std::string x0 = cells->down->moved, y0 = *cells->down->exact, x1 = *cells->x, y1 = *cells->exact,
                      x2 = cells->up->moved, y2 = *cells->up->exact;
    sheet.formula(row, 8,
                  "IF(OR(" + x1 + "=0," + y2 + "=" + y0 + "),0," + x1 + "*(" + y1 + "-" + y0 + ")*(" + y2 + "-" + y1 +
                      ")*(" + x2 + "-" + x0 + ")/((" + x1 + "-" + x0 + ")*(" + x2 + "-" + x1 + ")*(" + y2 + "-" + y0 +
                      ")*" + y1 + "))",
                  elasticity);
}

std::size_t points_of(const Sensitivity& sensitivity) {
    std::size_t points = 0;
    for (const auto& product : sensitivity.products)
        for (const auto& effect : product.inputs) points += (effect.low ? 1 : 0) + (effect.high ? 1 : 0);
    return points;
}

}  // namespace

void SensitivityWorkbook::write(const std::string& path) {
    const NumericLocaleC c_locale;
    Book book(path, locale_.dutch);
    book.set_properties(model_.name + ": " + locale_.text("sensitivity"), model_.year, "",
                        model_.fingerprint.empty() ? "" : fingerprint_line(model_.fingerprint, locale_));
    Formats& formats = book.formats();
    Sheet& products = book.add_sheet(capitalised(locale_.text("sensitivity")));
    Sheet* budget = sensitivity_.budget ? &book.add_sheet(locale_.text("Budget")) : nullptr;
    std::optional<SensitivityWorkings> live;
    const std::size_t points = points_of(sensitivity_);
    if (sensitivity_.year == model_.year && points <= max_live_points_) {
        live.emplace(model_, cost_, sensitivity_, book, locale_);
        live->write_workings(budget);
    }
    write_products(products, formats, live ? &*live : nullptr);
    write_note(products, live.has_value(), points);
    if (budget) write_budget(*budget, formats, live && live->has_budget_lines() ? &*live : nullptr);
    book.close(path);
}

void SensitivityWorkbook::write_note(Sheet& sheet, bool live, std::size_t points) const {
    int after = 2;
    for (const auto& product : sensitivity_.products) after += static_cast<int>(product.inputs.size());
    if (live)
        sheet.note(after, locale_.text("Every moved value, result and elasticity is a formula on the Workings sheet: "
                                       "type an input (Inputs) or the step (Workings) anew, and they follow. The rows "
                                       "keep the engine's order, largest swing first."));
    else if (sensitivity_.year != model_.year)
        sheet.note(after, locale_.text("The tariffs of {year} are indexed: these are the engine's values. The "
                                       "sensitivity of the base year's tariffs (without --year) is live, each "
                                       "result a formula on the model's sheets.",
                                       {{"{year}", std::to_string(sensitivity_.year)}}));
    else
        sheet.note(after, locale_.text("Too many rows to compute again live ({count}, at most {limit}): these are "
                                       "the engine's values. Ask for fewer products (tariff sensitivity MODEL "
                                       "CODE...) to have them live.",
                                       {{"{count}", std::to_string(points)},
                                        {"{limit}", std::to_string(max_live_points_)}}));
}

void SensitivityWorkbook::write_header(Sheet& sheet, Formats& formats, const std::string& first, bool elasticity,
                                       bool tariff) const {
    std::vector<std::string> header{first, "input", "value", "moved down", "moved up", "result down",
                                    "result up", "swing"};
    if (elasticity) header.push_back("elasticity");
    if (tariff) header.push_back("tariff");
    for (std::size_t c = 0; c < header.size(); ++c)
        sheet.text(0, static_cast<int>(c), locale_.text(header[c]), formats.bold);
}

void SensitivityWorkbook::write_products(Sheet& sheet, Formats& formats, const SensitivityWorkings* live) const {
    const Sensitivity& sensitivity = sensitivity_;
    write_header(sheet, formats, locale_.text("product"), true, true);
    int row = 1;
    for (std::size_t p = 0; p < sensitivity.products.size(); ++p) {
        const ProductSensitivity& product = sensitivity.products[p];
        for (std::size_t i = 0; i < product.inputs.size(); ++i, ++row) {
            const InputEffect& effect = product.inputs[i];
            sheet.text(row, 0, product.code);
            sheet.text(row, 1, input_label(effect, locale_));
            sheet.text(row, 2, effect.value);
            const RowCells* cells = live ? &live->cells(p, i) : nullptr;
            for (const bool up : {false, true}) {
                const auto& moved = up ? effect.high : effect.low;
                const auto& result = up ? effect.high_result : effect.low_result;
                const std::optional<MovedPoint>& point = cells ? (up ? cells->up : cells->down) : std::nullopt;
                const int col = up ? 4 : 3;
                if (point) {
                    sheet.formula(row, col, point->moved, *moved, formats.number_of(*moved));
                    sheet.formula(row, col + 2, point->result, *result, formats.money);
                } else {
                    if (moved) sheet.exact(row, col, *moved);
                    if (result) sheet.exact(row, col + 2, *result, formats.money);
                }
            }
            write_swing(sheet, formats, row, effect);
            if (effect.elasticity) write_elasticity(sheet, row, *effect.elasticity, cells);
            if (cells && cells->tariff) sheet.formula(row, 9, *cells->tariff, product.tariff, formats.tariff);
            else sheet.exact(row, 9, product.tariff, formats.tariff);
        }
    }
}

void SensitivityWorkbook::write_budget(Sheet& sheet, Formats& formats, SensitivityWorkings* live) const {
    const BudgetSensitivity& budget = *sensitivity_.budget;
    write_header(sheet, formats, locale_.text("what"), false, false);
    int row = 1;
    for (const auto& effect : budget.inputs) {
        sheet.text(row, 0, locale_.text("budget") + " " + std::to_string(budget.year));
        sheet.text(row, 1, input_label(effect, locale_));
        sheet.text(row, 2, effect.value);
        if (live) {
            for (const bool up : {false, true}) {
                live->budget_moved(sheet, row, up ? 4 : 3, effect, up);
                live->budget_result(sheet, row, up ? 6 : 5, effect, up);
            }
        } else {
            write_static(sheet, formats, row, effect);
        }
        write_swing(sheet, formats, row, effect);
        ++row;
    }
}

}  // namespace tariffs::xlsx
