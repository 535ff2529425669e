#include "tariffs/reports/xlsx/budgets_sheet.hpp"

#include "tariffs/reports/xlsx/formula.hpp"

#include <optional>

namespace tariffs::xlsx {

void BudgetsSheet::write(Sheet& sheet) {
    Formats& formats = context_.formats;
    const std::vector<std::string> header = {"Provider", "Lot",    "Year", "Line", "Tariff",
                                             "Volume",   "Change", "Amount", "Note", "Volume history, oldest first"};
    for (std::size_t c = 0; c + 1 < header.size(); ++c) sheet.text(0, static_cast<int>(c), t(header[c]), formats.bold);
    sheet.title(0, history_col, t(header.back()), formats.bold);  // over the history's columns
    int row = 1;
    for (const auto& budget : context_.data.budgets->providers) row = write_provider(sheet, budget, row);
    row = write_frames(sheet, row);
    sheet.note(row + 1,
               t("amount = round(tariff × volume, 2); the tariffs come from the Indexed tariffs sheet, and "
                 "availability is indexed like a tariff by the year's index. A base-year volume is as given or the "
                 "average of its history; each later year's is the year before's times (1 + change). "
                 "Coloured cells are inputs."));
}

int BudgetsSheet::write_provider(Sheet& sheet, const ProviderBudget& budget, int row) {
    const ReportData& data = context_.data;
    Formats& formats = context_.formats;
    CellMap& cells = context_.cells;
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
            const auto cell = cells.component_price(*data.model, line.code, year.year);
            const Number* price = data.indexed ? data.indexed->price_of(line.code, year.year) : nullptr;
            if (cell && price && *price == line.tariff) {
                sheet.formula(row, 4, *cell, line.tariff, formats.tariff);
            } else {
                sheet.exact(row, 4, line.tariff, formats.tariff);
                sheet.text(row, note_col, t("tariff from the engine"), formats.note);
            }
            const BudgetLine* planned =
                i < provider.lines.size() && provider.lines[i].code == line.code ? &provider.lines[i] : nullptr;
            write_volume(sheet, row, planned, line, year.year, planned ? previous_volume[i] : std::string());
            if (planned) previous_volume[i] = cell_name(row, volume_col);
            sheet.formula(row, amount_col, "ROUND(" + cell_name(row, 4) + "*" + cell_name(row, volume_col) + ",2)",
                          line.amount, formats.money);
            ++row;
        }
        if (provider.availability) {
            sheet.text(row, 0, provider.name);
            sheet.text(row, 1, provider.lot);
            sheet.number(row, 2, year.year);
            sheet.text(row, 3, t("availability"));
            write_availability(sheet, row, year.year, year.availability, previous_availability);
            previous_availability = cell_name(row, amount_col);
            ++row;
        }
        sheet.text(row, 0, provider.name, formats.bold);
        sheet.text(row, 1, provider.lot, formats.bold);
        sheet.number(row, 2, year.year, formats.bold);
        sheet.text(row, 3, t("total"), formats.bold);
        const std::string sum = row > first_row ? "SUM(" + cell_name(first_row, amount_col) + ":" +
                                                      cell_name(row - 1, amount_col) + ")"
                                                : "0";
        sheet.formula(row, amount_col, sum, year.total, formats.bold_money);
        provider_totals_[year.year].push_back(cell_name(row, amount_col));
        cells.budget[{provider.name, year.year}].push_back(sheet.ref(row, amount_col));
        if (!provider.lot.empty() && provider.lot != provider.name)
            cells.budget[{provider.lot, year.year}].push_back(sheet.ref(row, amount_col));
        row += 2;
    }
    return row;
}

// The base year's volume as given or the average of its history; each later
// year's the year before's times (1 + the year's change).
void BudgetsSheet::write_volume(Sheet& sheet, int row, const BudgetLine* planned, const BudgetLineYear& line,
                                int year, const std::string& previous) {
    Formats& formats = context_.formats;
    const int first_year = context_.data.budgets->first_year;
    if (planned && year > first_year && !previous.empty()) {
        const auto change = planned->change.find(year);
        const Number target = change == planned->change.end() ? Number() : change->second.value;
        sheet.exact(row, change_col, target, formats.percent_of(target, true));
        sheet.formula(row, volume_col, previous + "*(1+" + cell_name(row, change_col) + ")", line.volume,
                      formats.number(2, 4));
    } else if (planned && !planned->volume && year == first_year) {
        const int base = context_.data.model->year, n = planned->history_years;
        for (int k = 0; k < n; ++k) {
            const auto figure = planned->history.find(base - n + k);
            if (figure != planned->history.end())
                sheet.exact(row, history_col + k, figure->second.value, formats.number_of(figure->second.value, true));
        }
        sheet.formula(row, volume_col,
                      "SUM(" + cell_name(row, history_col) + ":" + cell_name(row, history_col + n - 1) + ")/" +
                          std::to_string(n),
                      line.volume, formats.number(2, 4));
    } else {
        sheet.exact(row, volume_col, line.volume, formats.number_of(line.volume, true));
    }
}

void BudgetsSheet::write_availability(Sheet& sheet, int row, int year, const Number& availability,
                                      const std::string& previous) {
    Formats& formats = context_.formats;
    const IndexPolicy& indexation = context_.data.model->indexation;
    auto index = context_.cells.default_index.find(year);
    std::optional<std::string> formula;
    if (!previous.empty() && index != context_.cells.default_index.end())
        formula = tariff_rounded(Piece{previous + "*(1+" + index->second + ")", multiplicative}, indexation.round_tariff);
    if (formula) {
        sheet.formula(row, amount_col, *formula, availability, formats.money);
    } else {
        sheet.exact(row, amount_col, availability, previous.empty() ? formats.input_money : formats.money);
        if (!previous.empty()) sheet.text(row, note_col, no_equivalent(indexation.round_tariff.mode), formats.note);
    }
}

int BudgetsSheet::write_frames(Sheet& sheet, int row) {
    Formats& formats = context_.formats;
    const std::vector<std::string> frame_header = {"Year", "All providers", "Frame", "Headroom", "Over the frame"};
    for (std::size_t c = 0; c < frame_header.size(); ++c)
        sheet.text(row, static_cast<int>(c), t(frame_header[c]), formats.bold);
    ++row;
    for (const auto& frame : context_.data.budgets->frames) {
        sheet.number(row, 0, frame.year);
        std::string sum;
        for (const auto& cell : provider_totals_[frame.year]) sum += (sum.empty() ? "" : "+") + cell;
        sheet.formula(row, 1, sum.empty() ? "0" : sum, frame.total, formats.money);
        context_.cells.all_providers[frame.year] = sheet.ref(row, 1);
        if (frame.frame) {
            sheet.exact(row, 2, *frame.frame, formats.input_money);
            sheet.formula(row, 3, cell_name(row, 2) + "-" + cell_name(row, 1), *frame.headroom, formats.money);
            sheet.flag_below_zero(row, 3, formats.alarm);
            // A formula, so a changed input that takes the budgets over the frame shows it at once.
            const std::string over = t("over the frame");
            sheet.text_formula(row, 4, "IF(" + cell_name(row, 3) + "<0,\"" + over + "\",\"\")", frame.over() ? over : "",
                               formats.bold);
            sheet.flag_unless_blank(row, 4, formats.alarm);
        }
        ++row;
    }
    return row;
}

}  // namespace tariffs::xlsx
