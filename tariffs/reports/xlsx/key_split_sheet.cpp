#include "tariffs/reports/xlsx/key_split_sheet.hpp"

#include "engine/rounding.hpp"
#include "tariffs/reports/allocation_wording.hpp"
#include "tariffs/reports/xlsx/formula.hpp"

#include <map>
#include <tuple>
#include <vector>

namespace tariffs::xlsx {

namespace {

Number cents_down(const Number& value) { return engine::round_places(value, 2, engine::RoundingMode::down); }

// Amounts in whole cents are rounded to the cent wherever the spreadsheet adds
// or subtracts them, so the binary arithmetic's last bits cannot tip a later
// ROUND: 32307102.20 − 30874067.65 is 1433034.5500000007 in binary.
//
// An exact share rounded down to the cent. A spreadsheet computes in binary
// floating point, where a share of exactly 251947.26 may come out as
// 251947.2599999…: rounding to 6 places first absorbs that. A share that truly
// lies within a millionth below a cent would then get one cent too many, and
// the check beside the sum shows it.
std::string whole_cents(const std::string& exact) { return "ROUNDDOWN(ROUND(" + exact + ",6),2)"; }

// Where a year's block puts its figures: the parts in rows `first`…`last`,
// then their sums, then the amounts they split.
struct Block {
    int first = 0, last = 0, sums = 0;
    std::string sum(int col) const { return "SUM(" + absolute_cell(first, col) + ":" + absolute_cell(last, col) + ")"; }
};

}  // namespace

void KeySplitSheet::write(Sheet& sheet, std::size_t k) {
    const ReportData& data = context_.data;
    Formats& formats = context_.formats;
    const Locale& locale = context_.locale;
    const Forecast& forecast = data.forecast->forecast;
    const AllocationKey key = forecast.keys[k];
    const AllocationSettings& settings = data.model->allocation;
    const bool insurance = key == AllocationKey::insurance;
    const AllocationKey weight_key = insurance ? settings.premium_key : key;
    std::vector<std::string> header{"Municipality", "Weight", "Exact share", "Cent", "Amount"};
    if (insurance)
        header = {"Municipality", "Weight",  "Exact premium", "Cent",         "Premium", "Use",          "Under-use",
                  "Exact refund", "Cent",    "Refund",        "Exact deficit part", "Cent", "Deficit part", "Amount"};
    const int amount_col = static_cast<int>(header.size()) - 1;
    sheet.title(0, 0,
               t("Contributions by {key}", {{"{key}", t(to_string(key))}}) + ", " +
                   std::to_string(forecast.years.front().year) + "–" + std::to_string(forecast.years.back().year),
               formats.bold);
    int row = 2;
    for (const ForecastYear& year : forecast.years) {
        const KeyYear& cell = year.keys[k];
        sheet.text(row, 0, std::to_string(year.year), formats.bold);
        if (!cell.allocation) {
            sheet.title(row, 1, t("not computed:") + " " + locale.say(cell.why_not), formats.note);
            row += 2;
            continue;
        }
        const Allocation& allocation = *cell.allocation;
        sheet.title(row, 1, basis_text(allocation, locale) + (cell.carried ? " " + t("(reads carried figures)") : ""));
        ++row;
        for (std::size_t c = 0; c < header.size(); ++c) sheet.text(row, static_cast<int>(c), t(header[c]), formats.bold);
        const int n = static_cast<int>(allocation.shares.size());
        const Block block{row + 1, row + n, row + n + 1};
        // The amounts below the sums: what is split, and for insurance what settles it.
        const int split_row = block.sums + 2, use_row = split_row + 1, surplus_row = split_row + 2,
                  share_row = split_row + 3, pool_row = split_row + 4, deficit_row = split_row + 5;
        const std::string split = absolute_cell(split_row, amount_col);
        const std::string pool = absolute_cell(pool_row, amount_col), deficit = absolute_cell(deficit_row, amount_col);
        // The largest-remainder cents, as formulas: each split has a column of
        // remainders (in cents) right of the checks, and below it the cents left over.
        const int helper_col = amount_col + 3;
        const std::vector<std::pair<int, std::string>> splits =
            insurance ? std::vector<std::pair<int, std::string>>{{2, split}, {7, pool}, {10, deficit}}
                      : std::vector<std::pair<int, std::string>>{{2, split}};
        std::map<int, int> remainder_col;  // the exact share's column → its remainders' column
        std::map<int, Number> cents_left;   // the exact share's column → the cents handed out one by one
        for (std::size_t j = 0; j < splits.size(); ++j) {
            const int exact_col = splits[j].first, rc = helper_col + static_cast<int>(j);
            remainder_col[exact_col] = rc;
            if (key != AllocationKey::usage)
                sheet.text(row, rc, t("Remainder (cents) of") + " " + t(header[static_cast<std::size_t>(exact_col)]), formats.bold);
        }
        // Writes an exact share, its largest-remainder cent and the part in whole cents at `col`…`col + 2`.
        const auto apportioned = [&](int r, int col, const std::string& exact_formula, const Number& exact,
                                     const Number& part) {
            sheet.formula(r, col, exact_formula, exact, formats.money_places(2, 6));
            const int rc = remainder_col.at(col);
            const std::string exact_cell = cell_name(r, col), remainder = cell_name(r, rc);
            sheet.formula(r, rc, "ROUND((" + exact_cell + "-" + whole_cents(exact_cell) + ")*100,6)",
                          (exact - cents_down(exact)) * Number(100), formats.number(2, 6));
            // Its rank among the remainders, ties to the one listed first, against the cents left over.
            std::string rank = "1+COUNTIF(" + absolute_cell(block.first, rc) + ":" + absolute_cell(block.last, rc) +
                               ",\">\"&" + remainder + ")";
            if (r > block.first)
                rank += "+COUNTIF(" + absolute_cell(block.first, rc) + ":" + cell_name(r - 1, rc) + "," + remainder + ")";
            const Number cent = part - cents_down(exact);
            cents_left[col] += cent * Number(100);
            sheet.formula(r, col + 1, "IF(" + rank + "<=" + absolute_cell(block.sums, rc) + ",0.01,0)", cent,
                          formats.engine_cent);
            sheet.formula(r, col + 2, whole_cents(exact_cell) + "+" + cell_name(r, col + 1), part, formats.money);
        };
        Number under_sum, weight_sum;
        for (const auto& share : allocation.shares) {
            under_sum += share.under_use;
            weight_sum += share.weight;
        }
        for (int i = 0; i < n; ++i) {
            const AllocationShare& share = allocation.shares[static_cast<std::size_t>(i)];
            const int r = block.first + i;
            sheet.text(r, 0, share.name);
            // The weight: the key's figures for the year, from the key data.
            std::vector<std::string> cells;
            if (weight_key == AllocationKey::moving_average) {
                for (int y = year.year - settings.years; y < year.year; ++y)
                    cells.push_back(key_data_.figure.at({share.name, metric_figure, y}));
            } else {
                cells.push_back(key_data_.figure.at(
                    {share.name, weight_key == AllocationKey::usage ? "usage" : "objective", year.year}));
            }
            sheet.formula(r, 1, joined(cells, "+"), share.weight,
                          weight_key == AllocationKey::moving_average ? formats.number_of(share.weight) : formats.money);
            if (key == AllocationKey::usage) {  // each pays its own use: nothing is split, no cent handed out
                sheet.formula(r, 2, cell_name(r, 1), share.exact, formats.money_places(2, 6));
                sheet.formula(r, 4, whole_cents(cell_name(r, 2)), share.amount, formats.money);
                continue;
            }
            apportioned(r, 2, split + "*" + cell_name(r, 1) + "/" + block.sum(1), share.exact,
                        insurance ? share.premium : share.amount);
            if (!insurance) continue;
            sheet.formula(r, 5, key_data_.figure.at({share.name, "usage", year.year}), share.use, formats.money);
            sheet.formula(r, 6, "ROUND(MAX(0," + cell_name(r, 4) + "-" + cell_name(r, 5) + "),2)", share.under_use,
                          formats.money);
            const Number exact_refund = under_sum.is_zero() ? Number() : allocation.pool * share.under_use / under_sum;
            apportioned(r, 7, "IF(" + block.sum(6) + "=0,0," + pool + "*" + cell_name(r, 6) + "/" + block.sum(6) + ")",
                        exact_refund, share.refund);
            apportioned(r, 10, deficit + "*" + cell_name(r, 1) + "/" + block.sum(1),
                        allocation.deficit * share.weight / weight_sum, share.deficit);
            sheet.formula(r, 13, cell_name(r, 4) + "-" + cell_name(r, 9) + "+" + cell_name(r, 12), share.amount,
                          formats.money);
        }
        // Below each column of remainders, the cents left over: the whole in cents
        // less the parts rounded down (the remainders add up to it).
        if (key != AllocationKey::usage)
            for (const auto& [exact_col, whole] : splits) {
                const int rc = remainder_col.at(exact_col);
                const std::string exact_sum = "SUM(" + absolute_cell(block.first, exact_col) + ":" +
                                              absolute_cell(block.last, exact_col) + ")";
                sheet.formula(block.sums, rc, "ROUND(" + whole + "*100-" + exact_sum + "*100+" + block.sum(rc) + ",0)",
                              cents_left[exact_col], formats.bold);
            }
        // The sums that say something: of the weights and of the amounts.
        sheet.text(block.sums, 0, t("total"), formats.bold);
        std::vector<std::pair<int, Number AllocationShare::*>> sums{{1, &AllocationShare::weight}};
        if (insurance)
            sums.insert(sums.end(), {{4, &AllocationShare::premium}, {5, &AllocationShare::use},
                                     {6, &AllocationShare::under_use}, {9, &AllocationShare::refund},
                                     {12, &AllocationShare::deficit}, {13, &AllocationShare::amount}});
        else
            sums.push_back({4, &AllocationShare::amount});
        for (const auto& [col, member] : sums) {
            Number sum;
            for (const auto& share : allocation.shares) sum += share.*member;
            sheet.formula(block.sums, col, block.sum(col), sum, col == 1 ? formats.bold : formats.bold_money);
        }
        // What is split, and the checks that the parts add up to it.
        const auto check = [&](int r, const std::string& what, int col, const std::string& whole) {
            sheet.text(r, amount_col + 1, t("check: {what} (0 when they add up)", {{"{what}", t(what)}}), formats.note);
            sheet.formula(r, amount_col + 2, "ROUND(" + block.sum(col) + "-" + whole + ",2)", Number(),
                          formats.bold_money);
            sheet.flag_unless_zero(r, amount_col + 2, formats.alarm);
        };
        sheet.text(split_row, 0, t(key == AllocationKey::usage ? "total use (each pays its own)" : "amount to split"));
        std::string source = key == AllocationKey::usage ? block.sum(1) : amount_to_split(year.year);
        if (source.empty()) sheet.exact(split_row, amount_col, allocation.total, formats.money);
        else sheet.formula(split_row, amount_col, source, allocation.total, formats.money);
        check(split_row, insurance ? "Σ premiums − amount to split" : "Σ amounts − amount to split",
              insurance ? 4 : amount_col, split);
        row = split_row + 1;
        if (insurance) {
            const std::vector<std::tuple<int, std::string, std::string, Number>> lines{
                {use_row, "total use", "ROUND(" + block.sum(5) + ",2)", allocation.use},
                {surplus_row, "surplus (amount − use)",
                 "ROUND(MAX(0," + split + "-" + absolute_cell(use_row, amount_col) + "),2)", allocation.surplus},
                {pool_row, "no-claim pool",
                 "ROUND(" + absolute_cell(share_row, amount_col) + "*" + absolute_cell(surplus_row, amount_col) + ",2)",
                 allocation.pool},
                {deficit_row, "deficit (use − amount)",
                 "ROUND(MAX(0," + absolute_cell(use_row, amount_col) + "-" + split + "),2)", allocation.deficit}};
            for (const auto& [r, label, formula, value] : lines) {
                sheet.text(r, 0, t(label));
                sheet.formula(r, amount_col, formula, value, formats.money);
            }
            sheet.text(share_row, 0, t("no-claim share"));
            sheet.formula(share_row, amount_col, key_data_.no_claim_share, settings.no_claim_share,
                          formats.percent_of(settings.no_claim_share));
            check(pool_row, "Σ refunds − pool", 9, pool);
            check(deficit_row, "Σ deficit parts − deficit", 12, deficit);
            row = deficit_row + 1;
        }
        row += 2;
    }
    sheet.note(row,
               t("Each part is its exact share rounded down to a cent (after rounding to 6 places, which absorbs the "
                 "spreadsheet's binary arithmetic), plus the shaded cent: the cents left over (below the remainders, "
                 "right of the checks) go one each to the largest remainders, ties to the one listed first. Every "
                 "cent is a formula, so a changed figure settles them again; a check turns red if the parts ever "
                 "stop adding up."));
}

std::string KeySplitSheet::amount_to_split(int year) const {
    const CellMap& cells = context_.cells;
    const std::string& budget = context_.data.forecast->budget;
    if (!key_data_.given_amount.empty()) return key_data_.given_amount;
    if (budget == "total") {
        if (auto it = cells.all_providers.find(year); it != cells.all_providers.end()) return it->second;
    } else if (auto it = cells.budget.find({budget, year}); it != cells.budget.end()) {
        return joined(it->second, "+");
    }
    return "";
}

}  // namespace tariffs::xlsx
