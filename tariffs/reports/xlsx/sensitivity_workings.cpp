#include "tariffs/reports/index_wording.hpp"
#include "tariffs/reports/xlsx/sensitivity_workings.hpp"

namespace tariffs::xlsx {

namespace {

constexpr int moved_col = 3, price_col = 4, exact_col = 5, change_col = 6, rules_col = 7;
constexpr int line_volume_col = 2, line_price_col = 3, line_amount_col = 4;

}  // namespace

void SensitivityWorkings::write_step(Sheet& sheet) {
    sheet.text(0, 0, t("step"), formats_.bold);
    sheet.exact(0, 1, sensitivity_.step.by, formats_.percent_of(sensitivity_.step.by, true));
    step_cell_ = sheet.ref(0, 1);
    if (sensitivity_.step.points) {
        sheet.text(1, 0, t("step in percentage points"), formats_.bold);
        sheet.exact(1, 1, *sensitivity_.step.points, formats_.number_of(*sensitivity_.step.points, true));
        points_cell_ = sheet.ref(1, 1);
    }
    sheet.note(2,
               t("Each row computes a tariff again with one input moved by the step: the moved value, the tariff, "
                 "the exact tariff, the change of the year's budget, then each rule the move reaches, its name and "
                 "its formula. Type the step or an input anew, and every row follows."),
               0);
}

void SensitivityWorkings::write_workings(Sheet* budget_sheet) {
    sheets_.write_model_sheets("");
    Sheet& sheet = book_.add_sheet(t("Workings"));
    write_step(sheet);
    if (budget_sheet && sensitivity_.budget && data_.budgets) {
        budget_sheet_ = budget_sheet->name();
        plan_budget_lines(static_cast<int>(sensitivity_.budget->inputs.size()) + 2);
    }
    const int header = 4;
    const std::vector<std::string> titles{"product", "input", "direction", "moved value", "tariff", "exact tariff",
                                          "budget change", "rules computed again: name, formula"};
    for (std::size_t c = 0; c < titles.size(); ++c)
        sheet.text(header, static_cast<int>(c), t(titles[c]), formats_.bold);
    int row = header + 1;
    // The base year's price of each trajectory, live: what its rows and budget lines refer to.
    variant_.reset();
    for (const auto& product : sensitivity_.products) {
        if (!model_.find_trajectory(product.code)) continue;
        const auto price = moved_.moved(row, rules_col, product.code, variant_.values(), {}, "");
        if (!price || price->price.value != product.tariff) continue;
        moved_.write_rules(sheet, row, *price);
        sheet.text(row, 0, product.code);
        sheet.text(row, 2, t("as the model"));
        sheet.formula(row, price_col, price->price.cell, price->price.value, formats_.tariff);
        base_price_[product.code] = sheet.ref(row, price_col);
        ++row;
    }
    std::map<std::string, Number> exact_tariffs;
    for (const auto& price : data_.prices) exact_tariffs.emplace(price.product->code, price.exact_tariff());
    // The points grouped by input, then direction, so a budget total sums a block.
    std::vector<std::string> inputs;
    std::map<std::string, std::vector<std::pair<std::size_t, std::size_t>>> by_input;
    for (std::size_t p = 0; p < sensitivity_.products.size(); ++p) {
        for (std::size_t i = 0; i < sensitivity_.products[p].inputs.size(); ++i) {
            const std::string& input = sensitivity_.products[p].inputs[i].input;
            auto& rows = by_input[input];
            if (rows.empty()) inputs.push_back(input);
            rows.push_back({p, i});
            RowCells& cells = cells_[{p, i}];
            const std::string& code = sensitivity_.products[p].code;
            if (auto base = base_price_.find(code); base != base_price_.end()) cells.tariff = base->second;
            else cells.tariff = sheets_.tariff_cell(code);
            cells.exact = sheets_.exact_tariff_cell(code);
            if (auto price = exact_tariffs.find(code); price != exact_tariffs.end()) cells.exact_value = price->second;
        }
    }
    for (const auto& input : inputs) {
        for (const bool up : {false, true}) {
            Group& group = groups_[{input, up}];
            for (const auto& [p, i] : by_input[input]) {
                const ProductSensitivity& product = sensitivity_.products[p];
                const InputEffect& effect = product.inputs[i];
                if (!(up ? effect.high : effect.low)) continue;
                RowCells& cells = cells_.at({p, i});
                auto point = write_point(sheet, row, product.code, effect, up, cells);
                if (!point) continue;
                if (group.first < 0) {
                    group.first = row;
                    group.moved = point->moved;
                }
                group.last = row;
                group.change += point->budget_change;
                (up ? cells.up : cells.down) = std::move(point);
                ++row;
            }
        }
    }
    if (budget_sheet && lines_) write_budget_lines(*budget_sheet);
}

std::optional<MovedPoint> SensitivityWorkings::write_point(Sheet& sheet, int row, const std::string& code,
                                                       const InputEffect& effect, bool up, RowCells& cells) {
    const auto slots = cost_.input_slots(effect.input);
    if (!slots) return std::nullopt;  // moving it changes the model itself
    const auto inputs = moved_.input_cells_at(*slots);
    if (inputs.empty()) return std::nullopt;
    for (const auto& input : inputs)
        if (input.value != inputs.front().value) return std::nullopt;
    const Number& x = inputs.front().value;
    const bool points = !points_cell_.empty() && !effect.value.empty() && effect.value.back() == '%';
    const Number moved = points ? x + Number(up ? 1 : -1) * *sensitivity_.step.points / Number(100)
                                : x * (Number(1) + Number(up ? 1 : -1) * sensitivity_.step.by);
    const Number& expected = *(up ? effect.high : effect.low);
    const Number& expected_result = *(up ? effect.high_result : effect.low_result);
    if (moved != expected) return std::nullopt;
    variant_.reset();
    variant_.set(*slots, moved);
    const std::string moved_cell = cell_name(row, moved_col);
    std::optional<MovedFigures::Price> price;
    try {
        price = moved_.moved(row, rules_col, code, variant_.values(), *slots, moved_cell);
    } catch (const engine::InputError&) {
        return std::nullopt;
    }
    if (!price || price->price.value != expected_result) return std::nullopt;
    moved_.write_rules(sheet, row, *price);
    cells.x = inputs.front().cell;
    cells.x_value = x;
    sheet.text(row, 0, code);
    sheet.text(row, 1, input_label(effect, locale_));
    sheet.text(row, 2, t(up ? "up" : "down"));
    const std::string sign = up ? "+" : "-";
    const std::string formula = points ? inputs.front().cell + sign + points_cell_ + "/100"
                                       : inputs.front().cell + "*(1" + sign + step_cell_ + ")";
    sheet.formula(row, moved_col, formula, moved, formats_.number_of(moved));
    sheet.formula(row, price_col, price->price.cell, price->price.value, formats_.tariff);
    MovedPoint result{sheet.ref(row, moved_col), sheet.ref(row, price_col), std::nullopt, Number(), moved, std::nullopt};
    if (price->exact) {
        result.exact_value = price->exact->value;
        sheet.formula(row, exact_col, price->exact->cell, price->exact->value, formats_.number(2, 6));
        result.exact = sheet.ref(row, exact_col);
    }
    if (lines_ && lines_->rows_of.count(code)) {
        result.budget_change = budget_change(price->price.value, code);
        sheet.formula(row, change_col, budget_change_formula(cell_name(row, price_col), code), result.budget_change,
                      formats_.money);
    }
    return result;
}

// -- The budget: its lines of the year, live, and each moved total ---------------------

void SensitivityWorkings::plan_budget_lines(int first_row) {
    const int year = sensitivity_.budget->year;
    BudgetLines lines;
    lines.first_row = first_row;
    std::map<std::string, std::vector<std::pair<const Provider*, const BudgetLineYear*>>> by_code;
    std::vector<std::string> codes;
    for (const auto& budget : data_.budgets->providers) {
        const ProviderYear* in_year = budget.find(year);
        if (!in_year) continue;
        if (in_year->availability.sign() != 0) lines.availability.push_back({budget.provider, in_year->availability});
        lines.total += in_year->total;
        for (const auto& line : in_year->lines) {
            auto& of_code = by_code[line.code];
            if (of_code.empty()) codes.push_back(line.code);
            of_code.push_back({budget.provider, &line});
        }
    }
    if (lines.total != sensitivity_.budget->total) return;  // not the total the analysis moved: the values stay
    int row = first_row + 1;
    for (const auto& code : codes) {
        lines.rows_of[code] = {row, row + static_cast<int>(by_code[code].size()) - 1};
        for (const auto& line : by_code[code]) lines.lines.push_back(line);
        row += static_cast<int>(by_code[code].size());
    }
    lines.total_row = row + static_cast<int>(lines.availability.size());
    lines_ = std::move(lines);
}

std::string SensitivityWorkings::budget_change_formula(const std::string& price_cell, const std::string& code) const {
    const std::pair<int, int> rows = lines_->rows_of.at(code);  // not a structured binding: the lambda captures it (clang 14)
    const std::string prefix = sheet_prefix(budget_sheet_);
    const auto range = [&](int col) {
        return prefix + absolute_cell(rows.first, col) + ":" + absolute_cell(rows.second, col);
    };
    return "SUMPRODUCT(ROUND(" + price_cell + "*" + range(line_volume_col) + ",2))-SUM(" + range(line_amount_col) + ")";
}

Number SensitivityWorkings::budget_change(const Number& price, const std::string& code) const {
    Number change;
    for (const auto& [provider, line] : lines_->lines)
        if (line->code == code) change += line_amount(price, line->volume) - line->amount;
    return change;
}

void SensitivityWorkings::write_budget_lines(Sheet& sheet) {
    int row = lines_->first_row;
    const std::vector<std::string> titles{"provider", "code", "volume", "tariff", "amount"};
    for (std::size_t c = 0; c < titles.size(); ++c) sheet.text(row, static_cast<int>(c), t(titles[c]), formats_.bold);
    ++row;
    for (const auto& [provider, line] : lines_->lines) {
        sheet.text(row, 0, provider->name);
        sheet.text(row, 1, line->code);
        sheet.exact(row, line_volume_col, line->volume, formats_.number_of(line->volume));
        std::optional<std::string> price;
        if (auto base = base_price_.find(line->code); base != base_price_.end()) price = base->second;
        else price = sheets_.tariff_cell(line->code);
        if (price) sheet.formula(row, line_price_col, *price, line->tariff, formats_.tariff);
        else sheet.exact(row, line_price_col, line->tariff, formats_.tariff);
        sheet.formula(row, line_amount_col,
                      "ROUND(" + cell_name(row, line_price_col) + "*" + cell_name(row, line_volume_col) + ",2)",
                      line->amount, formats_.money);
        ++row;
    }
    for (const auto& [provider, amount] : lines_->availability) {
        sheet.text(row, 0, provider->name);
        sheet.text(row, 1, t("availability"));
        sheet.exact(row, line_amount_col, amount, formats_.money);
        ++row;
    }
    sheet.text(row, 0, t("total"), formats_.bold);
    sheet.formula(row, line_amount_col,
                  "SUM(" + cell_name(lines_->first_row + 1, line_amount_col) + ":" + cell_name(row - 1, line_amount_col) +
                      ")",
                  lines_->total, formats_.bold_money);
}

void SensitivityWorkings::budget_moved(Sheet& sheet, int row, int col, const InputEffect& effect, bool up) {
    const auto& value = up ? effect.high : effect.low;
    if (!value) return;
    auto group = groups_.find({effect.input, up});
    if (group != groups_.end() && group->second.first >= 0)
        sheet.formula(row, col, group->second.moved, *value, formats_.number_of(*value));
    else
        sheet.exact(row, col, *value);
}

void SensitivityWorkings::budget_result(Sheet& sheet, int row, int col, const InputEffect& effect, bool up) {
    const auto& result = up ? effect.high_result : effect.low_result;
    if (!result) return;
    auto group = groups_.find({effect.input, up});
    if (lines_ && group != groups_.end() && group->second.first >= 0 &&
        lines_->total + group->second.change == *result) {
        const std::string workings = sheet_prefix(t("Workings"));
        sheet.formula(row, col,
                      cell_name(lines_->total_row, line_amount_col) + "+SUM(" + workings +
                          absolute_cell(group->second.first, change_col) + ":" +
                          absolute_cell(group->second.last, change_col) + ")",
                      *result, formats_.money);
    } else {
        sheet.exact(row, col, *result, formats_.money);
    }
}

}  // namespace tariffs::xlsx
