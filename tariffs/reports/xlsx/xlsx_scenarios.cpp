// The scenarios side by side as a live workbook: the model's sheets (Inputs,
// Build-up, Price sheet, and where the model has them Index, Indexed tariffs,
// Trajectories, Budgets) once for the model and once per scenario, each
// scenario's copy with its overrides as its own input cells and every other
// input a reference to the model's; one column per scenario of tariffs that
// refer to those copies, each difference a formula, and the budget totals per
// year, each a reference to its copy's Budgets sheet.
#include "tariffs/analyses/variant.hpp"
#include "tariffs/model/overrides.hpp"
#include "tariffs/reports/fingerprint_note.hpp"
#include "tariffs/reports/scenario_note.hpp"
#include "tariffs/reports/xlsx/xlsx_report.hpp"
#include "tariffs/reports/xlsx/xlsx_workbook.hpp"
#include "tariffs/reports/xlsx/xlsx_writer.hpp"

#include <algorithm>
#include <cctype>
#include <memory>
#include <set>

namespace tariffs {

namespace {

using engine::Number;
using xlsx::cell_name;

// The model, or a scenario of it, compiled and priced, with the writer of its live sheets.
struct LiveCopy {
    std::unique_ptr<ChangedModel> compiled;  // none for the model itself
    ReportData data;
    std::unique_ptr<xlsx::Writer> writer;
};

// ` (cao-2026)` where every sheet's name stays a name a spreadsheet takes (31
// characters, none of []:*?/\ or ', and no other sheet's name in any case), else
// ` (2)` for the second scenario (or the next number free).
std::string copy_suffix(const std::string& scenario, std::size_t number, std::set<std::string>& used,
                        const Locale& locale) {
    const auto lower = [](std::string text) {
        std::transform(text.begin(), text.end(), text.begin(), [](unsigned char c) { return std::tolower(c); });
        return text;
    };
    const auto fits = [&](const std::string& suffix) {
        for (const char* sheet :
             {"Inputs", "Build-up", "Price sheet", "Index", "Indexed tariffs", "Trajectories", "Budgets"})
            if (locale.text(sheet).size() + suffix.size() > 31) return false;
        return !used.count(lower(suffix));
    };
    std::string suffix = " (" + scenario + ")";
    if (scenario.find_first_of("[]:*?/\\'") != std::string::npos || !fits(suffix)) {
        do suffix = " (" + std::to_string(number++) + ")";
        while (!fits(suffix));
    }
    used.insert(lower(suffix));
    return suffix;
}

// The price of `code` in the comparison's year as a reference to a live copy's
// sheets where the copy gives the engine's figure; else that figure.
void tariff(xlsx::Sheet& sheet, int row, int col, const LiveCopy* copy, const std::string& code, int year,
            const Number& value, lxw_format* format) {
    const auto cell = copy ? copy->writer->price_cell(code, year) : std::nullopt;
    if (cell && cell->second == value) sheet.formula(row, col, cell->first, value, format);
    else sheet.exact(row, col, value, format);
}

// A budget total of `year` as a reference to a live copy's Budgets sheet, likewise.
void total(xlsx::Sheet& sheet, int row, int col, const LiveCopy* copy, int year, const Number& value,
           lxw_format* format) {
    const auto cell = copy ? copy->writer->budget_total_cell(year) : std::nullopt;
    if (cell && cell->second == value) sheet.formula(row, col, cell->first, value, format);
    else sheet.exact(row, col, value, format);
}

void write_tariffs(xlsx::Sheet& sheet, xlsx::Formats& formats, const ScenarioComparison& comparison,
                   const std::vector<LiveCopy*>& live, const Locale& locale) {
    std::vector<std::string> header{locale.text("code"), locale.text("name"), locale.text("unit"), locale.text("model")};
    for (const auto& column : comparison.scenarios) {
        header.push_back(column.scenario.name);
        header.push_back(column.scenario.name + " Δ");
        header.push_back(column.scenario.name + " Δ %");
    }
    for (std::size_t c = 0; c < header.size(); ++c) sheet.text(0, static_cast<int>(c), header[c], formats.bold);
    int row = 1;
    for (const auto& product : comparison.products) {
        sheet.text(row, 0, product.code);
        sheet.text(row, 1, product.name);
        sheet.text(row, 2, locale.text(product.unit));
        tariff(sheet, row, 3, live[0], product.code, comparison.year, product.base, formats.tariff);
        for (std::size_t s = 0; s < comparison.scenarios.size(); ++s) {
            const int col = 4 + static_cast<int>(s) * 3;
            tariff(sheet, row, col, live[s + 1], product.code, comparison.year, product.tariffs[s], formats.tariff);
            sheet.formula(row, col + 1, cell_name(row, col) + "-" + cell_name(row, 3), product.difference(s),
                          formats.tariff);
            if (auto percent = product.percent(s))
                sheet.formula(row, col + 2, cell_name(row, col + 1) + "/" + cell_name(row, 3),
                              *percent / Number(100), formats.percent(2));
        }
        ++row;
    }
}

void write_budgets(xlsx::Sheet& sheet, xlsx::Formats& formats, const ScenarioComparison& comparison,
                   const std::vector<LiveCopy*>& live, const Locale& locale) {
    std::vector<std::string> header{locale.text("year"), locale.text("frame"), locale.text("model"),
                                    locale.text("headroom")};
    for (const auto& column : comparison.scenarios) {
        header.push_back(column.scenario.name);
        header.push_back(column.scenario.name + " " + locale.text("headroom"));
    }
    for (std::size_t c = 0; c < header.size(); ++c) sheet.text(0, static_cast<int>(c), header[c], formats.bold);
    int row = 1;
    for (const auto& year : comparison.budgets) {
        sheet.number(row, 0, Number(year.year));
        if (year.frame) sheet.exact(row, 1, *year.frame, formats.money);
        total(sheet, row, 2, live[0], year.year, year.base, formats.money);
        const auto headroom = [&](int total_col, const Number& total) {
            if (year.frame)
                sheet.formula(row, total_col + 1, cell_name(row, 1) + "-" + cell_name(row, total_col),
                              *year.headroom(total), formats.money);
        };
        headroom(2, year.base);
        for (std::size_t s = 0; s < year.totals.size(); ++s) {
            const int col = 4 + static_cast<int>(s) * 2;
            total(sheet, row, col, live[s + 1], year.year, year.totals[s], formats.money);
            headroom(col, year.totals[s]);
        }
        ++row;
    }
}

// `sheets`: each scenario's live sheets (`Inputs (cao-2026), …`); none after the base year.
void write_about(xlsx::Sheet& sheet, xlsx::Formats& formats, const Model& model, const ScenarioComparison& comparison,
                 const std::vector<std::string>& sheets, const Locale& locale) {
    int row = 0;
    sheet.text(row++, 0,
               model.name + ": " + locale.text("scenarios, tariffs of {year}", {{"{year}", std::to_string(comparison.year)}}),
               formats.bold);
    sheet.text(row++, 0, model.file);
    ++row;
    for (const auto& column : comparison.scenarios) {
        sheet.text(row++, 0, scenario_heading(column.scenario, locale), formats.bold);
        for (const auto& line : scenario_changes(column.scenario, locale)) sheet.text(row++, 0, "  " + line);
        const std::size_t s = static_cast<std::size_t>(&column - comparison.scenarios.data());
        if (s < sheets.size())
            sheet.text(row++, 0, "  " + locale.text("its sheets: {sheets}", {{"{sheets}", sheets[s]}}));
        ++row;
    }
    if (!model.fingerprint.empty()) sheet.text(row, 0, fingerprint_line(model.fingerprint, locale), formats.note);
}

}  // namespace

void write_scenarios_xlsx(const Model& model, CostModel& cost, const ScenarioComparison& comparison,
                          const std::string& path, const Locale& locale) {
    const xlsx::NumericLocaleC c_locale;
    xlsx::Book book(path, locale.dutch);
    book.set_properties(model.name + ": " + locale.text("scenarios"), model.year, "",
                        model.fingerprint.empty() ? "" : fingerprint_line(model.fingerprint, locale));
    xlsx::Formats& formats = book.formats();
    xlsx::Sheet& tariffs = book.add_sheet(capitalised(locale.text("scenarios")));
    xlsx::Sheet* budgets = comparison.budgets.empty() ? nullptr : &book.add_sheet(locale.text("Budget totals"));
    xlsx::Sheet& about = book.add_sheet(locale.text("About"));
    // The live copies: the model's first (its inputs the ones the scenarios' refer to), then each scenario's.
    std::vector<std::unique_ptr<LiveCopy>> copies;
    std::vector<LiveCopy*> live;  // the model, then each scenario
    std::set<std::string> used{""};
    std::vector<std::string> sheets;  // each scenario's live sheets, named
    for (std::size_t s = 0; s <= comparison.scenarios.size(); ++s) {
        auto copy = std::make_unique<LiveCopy>();
        if (s == 0) {
            copy->data = collect_report_data(model, cost);
        } else {
            Model changed = model;
            apply_scenario(changed, comparison.scenarios[s - 1].scenario.name, {});
            copy->compiled = std::make_unique<ChangedModel>(std::move(changed));
            copy->data = collect_report_data(*copy->compiled->model, *copy->compiled->cost);
        }
        copy->writer = std::make_unique<xlsx::Writer>(copy->data, locale, book);
        const std::string suffix =
            s == 0 ? "" : copy_suffix(comparison.scenarios[s - 1].scenario.name, s, used, locale);
        copy->writer->write_copy(suffix, s == 0 ? nullptr : copies[0]->writer.get());
        if (s > 0) {
            std::string names;
            for (const auto& name : copy->writer->sheet_names()) names += (names.empty() ? "" : ", ") + name;
            sheets.push_back(names);
        }
        copies.push_back(std::move(copy));
    }
    for (auto& copy : copies) live.push_back(copy.get());
    live.resize(comparison.scenarios.size() + 1, nullptr);
    write_tariffs(tariffs, formats, comparison, live, locale);
    if (budgets) write_budgets(*budgets, formats, comparison, live, locale);
    write_about(about, formats, model, comparison, sheets, locale);
    book.close(path);
}

}  // namespace tariffs
