#include "tariffs/reports/xlsx/key_data_sheet.hpp"

#include "tariffs/reports/allocation_wording.hpp"
#include "tariffs/reports/xlsx/formula.hpp"

#include <algorithm>
#include <set>
#include <vector>

namespace tariffs::xlsx {

namespace {

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

}  // namespace

void KeyDataSheet::write(Sheet& sheet, KeyDataCells& cells) {
    const ReportData& data = context_.data;
    Formats& formats = context_.formats;
    const Locale& locale = context_.locale;
    const Forecast& forecast = data.forecast->forecast;
    const AllocationSettings& settings = data.model->allocation;
    const int last = forecast.years.empty() ? data.model->until : forecast.years.back().year;
    std::map<std::tuple<std::string, std::string, int>, const CarriedFigure*> carried;
    for (const auto& figure : forecast.carried) carried[{figure.municipality, figure.figure, figure.year}] = &figure;

    struct Column {
        std::string figure;  // objective, usage, or metric_figure
        int year;
    };
    std::vector<Column> columns;
    for (const std::string figure : {metric_figure, "objective", "usage"})
        for (int year : years_of(forecast.figures, figure, settings.metric, last)) columns.push_back({figure, year});

    sheet.text(0, 0, t("Municipality"), formats.bold);
    for (std::size_t c = 0; c < columns.size(); ++c) {
        const std::string name =
            columns[c].figure == metric_figure ? settings.metric : method_figure_name(columns[c].figure, locale);
        sheet.text(0, static_cast<int>(c) + 1, name + " " + std::to_string(columns[c].year), formats.bold);
    }
    // First every cell's place, so a carried figure can refer to any year of its row.
    for (std::size_t m = 0; m < forecast.figures.size(); ++m)
        for (std::size_t c = 0; c < columns.size(); ++c)
            cells.figure[{forecast.figures[m].name, columns[c].figure, columns[c].year}] =
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
                            money ? formats.money_of(value->second.value, true) : formats.number_of(value->second.value, true));
                continue;
            }
            const CarriedFigure& figure = *it->second;
            std::vector<std::string> from;
            const std::string prefix = sheet_prefix(sheet.name());  // on this sheet, a cell needs no sheet name
            for (int year : figure.from_years)
                from.push_back(cells.figure.at({municipality.name, columns[c].figure, year}).substr(prefix.size()));
            std::string formula = from.size() == 1 ? from.front() : "AVERAGE(" + joined(from, ",") + ")";
            if (figure.in_cents) formula = "ROUND(" + formula + ",2)";
            sheet.formula(row, col, formula, figure.value,
                          formats.carried_look(money || figure.in_cents ? formats.money : formats.number(2, 4)));
            sheet.comment(row, col, t("carried forward") + ": " + carried_how(figure, locale));
        }
    }
    // What every year's split reads, given once: the no-claim share, and an amount given on the command line.
    int row = static_cast<int>(forecast.figures.size()) + 2;
    if (std::find(forecast.keys.begin(), forecast.keys.end(), AllocationKey::insurance) != forecast.keys.end()) {
        sheet.text(row, 0, t("no-claim share"));
        sheet.exact(row, 1, settings.no_claim_share, formats.percent_of(settings.no_claim_share, true));
        cells.no_claim_share = sheet.ref(row, 1);
        ++row;
    }
    if (const auto amount = Number::parse(data.forecast->budget)) {
        sheet.text(row, 0, t("amount to split"));
        sheet.exact(row, 1, *amount, formats.money_of(*amount, true));
        cells.given_amount = sheet.ref(row, 1);
        ++row;
    }
    sheet.note(row + 1,
               t("Shaded figures are carried forward, as the model's `allocation: carry_forward` says: each is a "
                 "formula on the years it comes from, and its comment says how. Coloured cells are inputs."));
}

}  // namespace tariffs::xlsx
