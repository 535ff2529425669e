// The contribution forecast in the workbook: the key data (figures carried
// forward are formulas on the years they come from), and a sheet per key with
// each year's split. Weights, exact shares, premiums, use, refunds and deficit
// parts are formulas over the key data and the Budgets sheet, so a changed
// input moves them. The largest-remainder cents are formulas too: a column of
// remainders per split, the cents left over below it, and each part's rank by
// COUNTIF (ties to the one listed first); a check cell beside each sum turns
// red if the parts no longer add up.
#include "tariffs/reports/xlsx/xlsx_writer.hpp"
#include "tariffs/reports/allocation_wording.hpp"

#include "engine/rounding.hpp"

#include <set>

namespace tariffs::xlsx {

namespace {

const char* const metric_figure = "metric";  // the settings' metric, by whatever name the model gives it

// A municipality's figures by year: `objective`, `usage`, or the settings' metric.
const ByYear* figure_values(const Municipality& municipality, const std::string& figure, const std::string& metric) {
    if (figure == "objective") return &municipality.objective;
    if (figure == "usage") return &municipality.usage;
    const auto it = municipality.metrics.find(metric);
    return it == municipality.metrics.end() ? nullptr : &it->second;
}

// The years a figure has (given or carried) up to `last`, over all municipalities.
std::vector<int> years_of(const std::vector<Municipality>& municipalities, const std::string& figure,
                          const std::string& metric, int last) {
    std::set<int> years;
    for (const auto& municipality : municipalities)
        if (const ByYear* by_year = figure_values(municipality, figure, metric))
            for (const auto& [year, value] : *by_year)
                if (year <= last) years.insert(year);
    return {years.begin(), years.end()};
}

// The carried figures' names are those of the forecast's list.
std::string carried_name(const std::string& figure, const std::string& metric) {
    if (figure == "usage") return "usage (projected)";
    if (figure == metric_figure) return metric;
    return figure;
}

std::string joined(const std::vector<std::string>& cells, const std::string& separator) {
    std::string text;
    for (const auto& cell : cells) text += (text.empty() ? "" : separator) + cell;
    return text;
}

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

}  // namespace

void Writer::write_key_data(Sheet& sheet) {
    const Forecast& forecast = data_.forecast->forecast;
    const AllocationSettings& settings = data_.model->allocation;
    const int last = forecast.years.empty() ? data_.model->until : forecast.years.back().year;
    std::map<std::tuple<std::string, std::string, int>, const CarriedFigure*> carried;
    for (const auto& figure : forecast.carried) carried[{figure.municipality, figure.figure, figure.year}] = &figure;

    struct Column {
        std::string figure;  // objective, usage, or metric_figure
        int year;
    };
    std::vector<Column> columns;
    for (const std::string figure : {metric_figure, "objective", "usage"})
        for (int year : years_of(forecast.figures, figure, settings.metric, last)) columns.push_back({figure, year});

    sheet.text(0, 0, t("Municipality"), formats_.bold);
    for (std::size_t c = 0; c < columns.size(); ++c) {
        const std::string name =
            columns[c].figure == metric_figure ? settings.metric : method_figure_name(columns[c].figure, locale_);
        sheet.text(0, static_cast<int>(c) + 1, name + " " + std::to_string(columns[c].year), formats_.bold);
    }
    // First every cell's place, so a carried figure can refer to any year of its row.
    for (std::size_t m = 0; m < forecast.figures.size(); ++m)
        for (std::size_t c = 0; c < columns.size(); ++c)
            figure_cell_[{forecast.figures[m].name, columns[c].figure, columns[c].year}] =
                sheet.ref(static_cast<int>(m) + 1, static_cast<int>(c) + 1);
    for (std::size_t m = 0; m < forecast.figures.size(); ++m) {
        const Municipality& municipality = forecast.figures[m];
        const int row = static_cast<int>(m) + 1;
        sheet.text(row, 0, municipality.name);
        for (std::size_t c = 0; c < columns.size(); ++c) {
            const int col = static_cast<int>(c) + 1;
            const ByYear* values = figure_values(municipality, columns[c].figure, settings.metric);
            const auto value = values ? values->find(columns[c].year) : ByYear::const_iterator{};
            if (!values || value == values->end()) continue;
            const bool money = columns[c].figure != metric_figure;
            const auto it = carried.find({municipality.name, carried_name(columns[c].figure, settings.metric), columns[c].year});
            if (it == carried.end()) {
                sheet.exact(row, col, value->second.value,
                            money ? formats_.money_of(value->second.value, true) : formats_.number_of(value->second.value, true));
                continue;
            }
            const CarriedFigure& figure = *it->second;
            std::vector<std::string> from;
            const std::string prefix = sheet_prefix(sheet.name());  // on this sheet, a cell needs no sheet name
            for (int year : figure.from_years)
                from.push_back(figure_cell_.at({municipality.name, columns[c].figure, year}).substr(prefix.size()));
            std::string formula = from.size() == 1 ? from.front() : "AVERAGE(" + joined(from, ",") + ")";
            if (figure.in_cents) formula = "ROUND(" + formula + ",2)";
            sheet.formula(row, col, formula, figure.value,
                          formats_.carried_look(money || figure.in_cents ? formats_.money : formats_.number(2, 4)));
            sheet.comment(row, col, t("carried forward") + ": " + carried_how(figure, locale_));
        }
    }
    // What every year's split reads, given once: the no-claim share, and an amount given on the command line.
    int row = static_cast<int>(forecast.figures.size()) + 2;
    if (std::find(forecast.keys.begin(), forecast.keys.end(), AllocationKey::insurance) != forecast.keys.end()) {
        sheet.text(row, 0, t("no-claim share"));
        sheet.exact(row, 1, settings.no_claim_share, formats_.percent_of(settings.no_claim_share, true));
        no_claim_share_cell_ = sheet.ref(row, 1);
        ++row;
    }
    if (const auto amount = Number::parse(data_.forecast->budget)) {
        sheet.text(row, 0, t("amount to split"));
        sheet.exact(row, 1, *amount, formats_.money_of(*amount, true));
        given_amount_cell_ = sheet.ref(row, 1);
        ++row;
    }
    sheet.note(row + 1,
               t("Shaded figures are carried forward, as the model's `allocation: carry_forward` says: each is a "
                 "formula on the years it comes from, and its comment says how. Coloured cells are inputs."));
}

std::string Writer::amount_to_split(int year) const {
    const std::string& budget = data_.forecast->budget;
    if (!given_amount_cell_.empty()) return given_amount_cell_;
    if (budget == "total") {
        if (auto it = all_providers_cell_.find(year); it != all_providers_cell_.end()) return it->second;
    } else if (auto it = budget_cells_.find({budget, year}); it != budget_cells_.end()) {
        return joined(it->second, "+");
    }
    return "";
}

namespace {

// Where a year's block puts its figures: the parts in rows `first`…`last`,
// then their sums, then the amounts they split.
struct Block {
    int first = 0, last = 0, sums = 0;
    std::string sum(int col) const { return "SUM(" + absolute_cell(first, col) + ":" + absolute_cell(last, col) + ")"; }
};

}  // namespace

void Writer::write_forecast_key(Sheet& sheet, std::size_t k) {
    const Forecast& forecast = data_.forecast->forecast;
    const AllocationKey key = forecast.keys[k];
    const AllocationSettings& settings = data_.model->allocation;
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
               formats_.bold);
    int row = 2;
    for (const ForecastYear& year : forecast.years) {
        const KeyYear& cell = year.keys[k];
        sheet.text(row, 0, std::to_string(year.year), formats_.bold);
        if (!cell.allocation) {
            sheet.title(row, 1, t("not computed:") + " " + locale_.say(cell.why_not), formats_.note);
            row += 2;
            continue;
        }
        const Allocation& allocation = *cell.allocation;
        sheet.title(row, 1, basis_text(allocation, locale_) + (cell.carried ? " " + t("(reads carried figures)") : ""));
        ++row;
        for (std::size_t c = 0; c < header.size(); ++c) sheet.text(row, static_cast<int>(c), t(header[c]), formats_.bold);
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
                sheet.text(row, rc, t("Remainder (cents) of") + " " + t(header[static_cast<std::size_t>(exact_col)]), formats_.bold);
        }
        // Writes an exact share, its largest-remainder cent and the part in whole cents at `col`…`col + 2`.
        const auto apportioned = [&](int r, int col, const std::string& exact_formula, const Number& exact,
                                     const Number& part) {
            sheet.formula(r, col, exact_formula, exact, formats_.money_places(2, 6));
            const int rc = remainder_col.at(col);
            const std::string exact_cell = cell_name(r, col), remainder = cell_name(r, rc);
            sheet.formula(r, rc, "ROUND((" + exact_cell + "-" + whole_cents(exact_cell) + ")*100,6)",
                          (exact - cents_down(exact)) * Number(100), formats_.number(2, 6));
            // Its rank among the remainders, ties to the one listed first, against the cents left over.
            std::string rank = "1+COUNTIF(" + absolute_cell(block.first, rc) + ":" + absolute_cell(block.last, rc) +
                               ",\">\"&" + remainder + ")";
            if (r > block.first)
                rank += "+COUNTIF(" + absolute_cell(block.first, rc) + ":" + cell_name(r - 1, rc) + "," + remainder + ")";
            const Number cent = part - cents_down(exact);
            cents_left[col] += cent * Number(100);
            sheet.formula(r, col + 1, "IF(" + rank + "<=" + absolute_cell(block.sums, rc) + ",0.01,0)", cent,
                          formats_.engine_cent);
            sheet.formula(r, col + 2, whole_cents(exact_cell) + "+" + cell_name(r, col + 1), part, formats_.money);
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
                    cells.push_back(figure_cell_.at({share.name, metric_figure, y}));
            } else {
                cells.push_back(figure_cell_.at(
                    {share.name, weight_key == AllocationKey::usage ? "usage" : "objective", year.year}));
            }
            sheet.formula(r, 1, joined(cells, "+"), share.weight,
                          weight_key == AllocationKey::moving_average ? formats_.number_of(share.weight) : formats_.money);
            if (key == AllocationKey::usage) {  // each pays its own use: nothing is split, no cent handed out
                sheet.formula(r, 2, cell_name(r, 1), share.exact, formats_.money_places(2, 6));
                sheet.formula(r, 4, whole_cents(cell_name(r, 2)), share.amount, formats_.money);
                continue;
            }
            apportioned(r, 2, split + "*" + cell_name(r, 1) + "/" + block.sum(1), share.exact,
                        insurance ? share.premium : share.amount);
            if (!insurance) continue;
            sheet.formula(r, 5, figure_cell_.at({share.name, "usage", year.year}), share.use, formats_.money);
            sheet.formula(r, 6, "ROUND(MAX(0," + cell_name(r, 4) + "-" + cell_name(r, 5) + "),2)", share.under_use,
                          formats_.money);
            const Number exact_refund = under_sum.is_zero() ? Number() : allocation.pool * share.under_use / under_sum;
            apportioned(r, 7, "IF(" + block.sum(6) + "=0,0," + pool + "*" + cell_name(r, 6) + "/" + block.sum(6) + ")",
                        exact_refund, share.refund);
            apportioned(r, 10, deficit + "*" + cell_name(r, 1) + "/" + block.sum(1),
                        allocation.deficit * share.weight / weight_sum, share.deficit);
            sheet.formula(r, 13, cell_name(r, 4) + "-" + cell_name(r, 9) + "+" + cell_name(r, 12), share.amount,
                          formats_.money);
        }
        // Below each column of remainders, the cents left over: the whole in cents
        // less the parts rounded down (the remainders add up to it).
        if (key != AllocationKey::usage)
            for (const auto& [exact_col, whole] : splits) {
                const int rc = remainder_col.at(exact_col);
                const std::string exact_sum = "SUM(" + absolute_cell(block.first, exact_col) + ":" +
                                              absolute_cell(block.last, exact_col) + ")";
                sheet.formula(block.sums, rc, "ROUND(" + whole + "*100-" + exact_sum + "*100+" + block.sum(rc) + ",0)",
                              cents_left[exact_col], formats_.bold);
            }
        // The sums that say something: of the weights and of the amounts.
        sheet.text(block.sums, 0, t("total"), formats_.bold);
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
            sheet.formula(block.sums, col, block.sum(col), sum, col == 1 ? formats_.bold : formats_.bold_money);
        }
        // What is split, and the checks that the parts add up to it.
        const auto check = [&](int r, const std::string& what, int col, const std::string& whole) {
            sheet.text(r, amount_col + 1, t("check: {what} (0 when they add up)", {{"{what}", t(what)}}), formats_.note);
            sheet.formula(r, amount_col + 2, "ROUND(" + block.sum(col) + "-" + whole + ",2)", Number(),
                          formats_.bold_money);
            sheet.flag_unless_zero(r, amount_col + 2, formats_.alarm);
        };
        sheet.text(split_row, 0, t(key == AllocationKey::usage ? "total use (each pays its own)" : "amount to split"));
        std::string source = key == AllocationKey::usage ? block.sum(1) : amount_to_split(year.year);
        if (source.empty()) sheet.exact(split_row, amount_col, allocation.total, formats_.money);
        else sheet.formula(split_row, amount_col, source, allocation.total, formats_.money);
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
                sheet.formula(r, amount_col, formula, value, formats_.money);
            }
            sheet.text(share_row, 0, t("no-claim share"));
            sheet.formula(share_row, amount_col, no_claim_share_cell_, settings.no_claim_share,
                          formats_.percent_of(settings.no_claim_share));
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

}  // namespace tariffs::xlsx
