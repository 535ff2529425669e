#include "tariffs/reports/xlsx/xlsx_writer.hpp"

#include <algorithm>
#include <optional>
#include <string>
#include <utility>
#include <vector>

// The sheets of the later years and the budgets: tariffs indexed from the base
// year's cells, budget lines on the indexed tariffs, and each year's total
// against the frame, with the headroom and the flag over the frame as formulas.
// (An allocation is written as the forecast of one key and year: xlsx_forecast.cpp.)

namespace tariffs::xlsx {

// -- Indexed tariffs -----------------------------------------------------------------

std::optional<std::string> Writer::policy_round(const Piece& x, const IndexPolicy& policy) const {
    const engine::Rounding& rounding = policy.round_tariff;
    std::optional<Piece> places, step;
    if (rounding.step) step = Piece{number_text(*rounding.step), atom};
    else places = Piece{std::to_string(rounding.places.value_or(2)), atom};
    auto result = rounded(x, places, step, rounding.mode);
    if (!result) return std::nullopt;
    return result->text;
}

void Writer::write_indexed(Sheet& sheet) {
    const IndexedTariffs& indexed = *data_.indexed;
    const IndexPolicy& model_policy = data_.model->indexation;
    const int first = indexed.base_year, last = indexed.last_year;
    auto col = [&](int year) { return 2 + (year - first); };
    sheet.text(0, 0, t("Product"), formats_.bold);
    sheet.text(0, 1, t("Row"), formats_.bold);
    for (int year = first; year <= last; ++year) sheet.text(0, col(year), std::to_string(year), formats_.bold);
    const int note_col = col(last) + 1;
    sheet.text(0, note_col, t("Note"), formats_.bold);

    // The year's headline index (default weights): availability follows it.
    sheet.text(1, 0, t("all products"));
    sheet.text(1, 1, t("index (default weights)"));
    for (const auto& step : indexed.default_index) {
        sheet.formula(1, col(step.year), index_cell_.at(&step), step.index, formats_.percent(2));
        default_index_cell_[step.year] = sheet.ref(1, col(step.year));
    }
    int row = 3;
    for (const auto& product : indexed.products) {
        const IndexPolicy& policy = *product.policy;
        const Product& p = *product.product;
        const ProductPrice& base = product.base;
        const int index_row = row, tariff_row = row + 1;
        sheet.text(index_row, 0, p.code, formats_.bold);
        sheet.text(index_row, 1, policy.name.empty() ? t("index") : t("index (policy {name})", {{"{name}", policy.name}}));
        sheet.text(tariff_row, 0, p.code);
        sheet.text(tariff_row, 1, t("tariff") + " " + t("per") + " " + t(line_of(p) ? line_of(p)->base_unit : p.unit));
        std::string problem;
        for (const auto& year : product.years) {
            const int c = col(year.year);
            if (!year.index) {
                sheet.formula(tariff_row, c, base_tariff_cell_.at(&p), year.tariff, formats_.tariff);
                tariff_cell_[{&p, year.year}] = sheet.ref(tariff_row, c);
                continue;
            }
            sheet.formula(index_row, c, index_cell_.at(year.index), year.index->index, formats_.percent(2));
            std::optional<std::string> formula;
            if (policy.method == IndexMethod::direct) {
                auto exact = base.tariff_exact ? cells_.find(&data_.cost->derivation(*base.tariff_exact)) : cells_.end();
                if (exact != cells_.end()) {
                    std::string product_of_factors = exact->second;
                    for (int y = first + 1; y <= year.year; ++y)
                        product_of_factors += "*(1+" + cell_name(index_row, col(y)) + ")";
                    formula = policy_round(Piece{product_of_factors, multiplicative}, policy);
                }
            } else {
                formula = policy_round(Piece{cell_name(tariff_row, c - 1) + "*(1+" + cell_name(index_row, c) + ")",
                                             multiplicative},
                                       policy);
            }
            if (formula) {
                sheet.formula(tariff_row, c, *formula, year.tariff, formats_.tariff);
            } else {
                sheet.exact(tariff_row, c, year.tariff, formats_.tariff);
                if (problem.empty())
                    problem = round_call("x", "2", policy.round_tariff.mode)
                                  ? "the exact base-year tariff has no cell: value from the engine"
                                  : no_equivalent(policy.round_tariff.mode);
            }
            tariff_cell_[{&p, year.year}] = sheet.ref(tariff_row, c);
        }
        row = tariff_row + 1;
        if (!base.priced_per_tariff()) {
            // The price per the product's own unit (a minute) from the indexed tariff.
            const int price_row = row++;
            sheet.text(price_row, 0, p.code);
            sheet.text(price_row, 1, t("price") + " " + t("per") + " " + t(p.unit));
            const Derivation& price = data_.cost->derivation(base.price);
            const Derivation* tariff = &data_.cost->derivation(base.tariff);
            const bool direct = is_formula(price) && plan_.depends_on(price, tariff) &&
                                std::none_of(plan_.uses(price).begin(), plan_.uses(price).end(),
                                             [&](const Derivation* used) {
                                                 return used != tariff && plan_.depends_on(*used, tariff);
                                             });
            for (const auto& year : product.years) {
                const int c = col(year.year);
                if (!year.index) {
                    sheet.formula(price_row, c, price_cell_.at(&p), year.price, formats_.tariff);
                } else {
                    std::pair<std::string, std::string> formula{"", t("the price rule uses the tariff indirectly")};
                    if (direct) formula = formula_of(price, sheet.name(), {{tariff, cell_name(tariff_row, c)}});
                    if (formula.second.empty()) {
                        sheet.formula(price_row, c, formula.first, year.price, formats_.tariff);
                    } else {
                        sheet.exact(price_row, c, year.price, formats_.tariff);
                        if (problem.empty()) problem = formula.second;
                    }
                }
                unit_price_cell_[{&p, year.year}] = sheet.ref(price_row, c);
            }
        } else {
            for (const auto& year : product.years) unit_price_cell_[{&p, year.year}] = tariff_cell_[{&p, year.year}];
        }
        sheet.text(index_row, note_col, problem, formats_.note);
        ++row;
    }
    std::string how = model_policy.method == IndexMethod::direct
                          ? t("Each year's tariff is the exact base-year tariff times every year's (1 + index), rounded once.")
                          : t("Each year's tariff is the previous year's tariff times (1 + index), rounded: {rounding}.",
                              {{"{rounding}", model_policy.round_tariff.describe()}});
    if (!model_policy.policies.empty()) how += " " + t("A product of a named policy follows that policy (column B).");
    sheet.note(row, how);
}

// -- Budgets -----------------------------------------------------------------------

void Writer::write_budgets(Sheet& sheet) {
    const Budgets& budgets = *data_.budgets;
    const std::vector<std::string> header = {"Provider", "Lot",    "Year", "Line", "Tariff",
                                             "Volume",   "Change", "Amount", "Note", "Volume history, oldest first"};
    const int volume_col = 5, change_col = 6, amount_col = 7, note_col = 8, history_col = 9;
    for (std::size_t c = 0; c + 1 < header.size(); ++c) sheet.text(0, static_cast<int>(c), t(header[c]), formats_.bold);
    sheet.title(0, history_col, t(header.back()), formats_.bold);  // over the history's columns
    std::map<int, std::vector<std::string>> provider_totals;  // year → the providers' total cells
    int row = 1;
    for (const auto& budget : budgets.providers) {
        const Provider& provider = *budget.provider;
        std::string previous_availability;
        std::vector<std::string> previous_volume(provider.lines.size());  // each line's volume cell of the year before
        for (const auto& year : budget.years) {
            const int first_row = row;
            for (std::size_t i = 0; i < year.lines.size(); ++i) {
                const auto& line = year.lines[i];
                sheet.text(row, 0, provider.name);
                sheet.text(row, 1, provider.lot);
                sheet.number(row, 2, year.year);
                sheet.text(row, 3, line.code);
                const auto cell = component_price_cell(line.code, year.year);
                const Number* price = data_.indexed ? data_.indexed->price_of(line.code, year.year) : nullptr;
                if (cell && price && *price == line.tariff) {
                    sheet.formula(row, 4, *cell, line.tariff, formats_.tariff);
                } else {
                    sheet.exact(row, 4, line.tariff, formats_.tariff);
                    sheet.text(row, note_col, t("tariff from the engine"), formats_.note);
                }
                // The volume: the base year's as given or the average of its history; each
                // later year's the year before's times (1 + the year's change).
                const BudgetLine* planned =
                    i < provider.lines.size() && provider.lines[i].code == line.code ? &provider.lines[i] : nullptr;
                if (planned && year.year > budgets.first_year && !previous_volume[i].empty()) {
                    const auto change = planned->change.find(year.year);
                    const Number target = change == planned->change.end() ? Number() : change->second.value;
                    sheet.exact(row, change_col, target, formats_.percent_of(target, true));
                    sheet.formula(row, volume_col, previous_volume[i] + "*(1+" + cell_name(row, change_col) + ")",
                                  line.volume, formats_.number(2, 4));
                } else if (planned && !planned->volume && year.year == budgets.first_year) {
                    const int base = data_.model->year, n = planned->history_years;
                    for (int k = 0; k < n; ++k) {
                        const auto figure = planned->history.find(base - n + k);
                        if (figure != planned->history.end())
                            sheet.exact(row, history_col + k, figure->second.value,
                                        formats_.number_of(figure->second.value, true));
                    }
                    sheet.formula(row, volume_col,
                                  "SUM(" + cell_name(row, history_col) + ":" + cell_name(row, history_col + n - 1) +
                                      ")/" + std::to_string(n),
                                  line.volume, formats_.number(2, 4));
                } else {
                    sheet.exact(row, volume_col, line.volume, formats_.number_of(line.volume, true));
                }
                if (planned) previous_volume[i] = cell_name(row, volume_col);
                sheet.formula(row, amount_col,
                              "ROUND(" + cell_name(row, 4) + "*" + cell_name(row, volume_col) + ",2)", line.amount,
                              formats_.money);
                ++row;
            }
            if (provider.availability) {
                sheet.text(row, 0, provider.name);
                sheet.text(row, 1, provider.lot);
                sheet.number(row, 2, year.year);
                sheet.text(row, 3, t("availability"));
                auto index = default_index_cell_.find(year.year);
                std::optional<std::string> formula;
                if (!previous_availability.empty() && index != default_index_cell_.end())
                    formula = policy_round(Piece{previous_availability + "*(1+" + index->second + ")", multiplicative},
                                           data_.model->indexation);
                if (formula) {
                    sheet.formula(row, amount_col, *formula, year.availability, formats_.money);
                } else {
                    sheet.exact(row, amount_col, year.availability,
                                previous_availability.empty() ? formats_.input_money : formats_.money);
                    if (!previous_availability.empty())
                        sheet.text(row, note_col, no_equivalent(data_.model->indexation.round_tariff.mode), formats_.note);
                }
                previous_availability = cell_name(row, amount_col);
                ++row;
            }
            sheet.text(row, 0, provider.name, formats_.bold);
            sheet.text(row, 1, provider.lot, formats_.bold);
            sheet.number(row, 2, year.year, formats_.bold);
            sheet.text(row, 3, t("total"), formats_.bold);
            const std::string sum = row > first_row ? "SUM(" + cell_name(first_row, amount_col) + ":" +
                                                          cell_name(row - 1, amount_col) + ")"
                                                    : "0";
            sheet.formula(row, amount_col, sum, year.total, formats_.bold_money);
            provider_totals[year.year].push_back(cell_name(row, amount_col));
            budget_cells_[{provider.name, year.year}].push_back(sheet.ref(row, amount_col));
            if (!provider.lot.empty() && provider.lot != provider.name)
                budget_cells_[{provider.lot, year.year}].push_back(sheet.ref(row, amount_col));
            row += 2;
        }
    }
    // All providers against the region's frame.
    const std::vector<std::string> frame_header = {"Year", "All providers", "Frame", "Headroom", "Over the frame"};
    for (std::size_t c = 0; c < frame_header.size(); ++c) sheet.text(row, static_cast<int>(c), t(frame_header[c]), formats_.bold);
    ++row;
    for (const auto& frame : budgets.frames) {
        sheet.number(row, 0, frame.year);
        std::string sum;
        for (const auto& cell : provider_totals[frame.year]) sum += (sum.empty() ? "" : "+") + cell;
        sheet.formula(row, 1, sum.empty() ? "0" : sum, frame.total, formats_.money);
        all_providers_cell_[frame.year] = sheet.ref(row, 1);
        if (frame.frame) {
            sheet.exact(row, 2, *frame.frame, formats_.input_money);
            sheet.formula(row, 3, cell_name(row, 2) + "-" + cell_name(row, 1), *frame.headroom, formats_.money);
            sheet.flag_below_zero(row, 3, formats_.alarm);
            // A formula, so a changed input that takes the budgets over the frame shows it at once.
            const std::string over = t("over the frame");
            sheet.text_formula(row, 4, "IF(" + cell_name(row, 3) + "<0,\"" + over + "\",\"\")", frame.over() ? over : "",
                               formats_.bold);
            sheet.flag_unless_blank(row, 4, formats_.alarm);
        }
        ++row;
    }
    sheet.note(row + 1,
               t("amount = round(tariff × volume, 2); the tariffs come from the Indexed tariffs sheet, and "
                 "availability is indexed like a tariff by the year's index. A base-year volume is as given or the "
                 "average of its history; each later year's is the year before's times (1 + change). "
                 "Coloured cells are inputs."));
}

}  // namespace tariffs::xlsx
