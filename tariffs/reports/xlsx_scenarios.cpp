// The scenarios side by side as a workbook: one column per scenario, each
// difference a formula on the tariffs beside it, and the budgets per year.
#include "tariffs/reports/fingerprint_note.hpp"
#include "tariffs/reports/scenario_note.hpp"
#include "tariffs/reports/xlsx_report.hpp"
#include "tariffs/reports/xlsx_workbook.hpp"

namespace tariffs {

namespace {

using engine::Number;
using xlsx::cell_name;

void write_tariffs(xlsx::Sheet& sheet, xlsx::Formats& formats, const ScenarioComparison& comparison,
                   const Locale& locale) {
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
        sheet.exact(row, 3, product.base, formats.tariff);
        for (std::size_t s = 0; s < comparison.scenarios.size(); ++s) {
            const int col = 4 + static_cast<int>(s) * 3;
            sheet.exact(row, col, product.tariffs[s], formats.tariff);
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
                   const Locale& locale) {
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
        sheet.exact(row, 2, year.base, formats.money);
        const auto headroom = [&](int total_col, const Number& total) {
            if (year.frame)
                sheet.formula(row, total_col + 1, cell_name(row, 1) + "-" + cell_name(row, total_col),
                              *year.headroom(total), formats.money);
        };
        headroom(2, year.base);
        for (std::size_t s = 0; s < year.totals.size(); ++s) {
            const int col = 4 + static_cast<int>(s) * 2;
            sheet.exact(row, col, year.totals[s], formats.money);
            headroom(col, year.totals[s]);
        }
        ++row;
    }
}

void write_about(xlsx::Sheet& sheet, xlsx::Formats& formats, const Model& model, const ScenarioComparison& comparison,
                 const Locale& locale) {
    int row = 0;
    sheet.text(row++, 0,
               model.name + ": " + locale.text("scenarios, tariffs of {year}", {{"{year}", std::to_string(comparison.year)}}),
               formats.bold);
    sheet.text(row++, 0, model.file);
    ++row;
    for (const auto& column : comparison.scenarios) {
        sheet.text(row++, 0, scenario_heading(column.scenario, locale), formats.bold);
        for (const auto& line : scenario_changes(column.scenario, locale)) sheet.text(row++, 0, "  " + line);
        ++row;
    }
    if (!model.fingerprint.empty()) sheet.text(row, 0, fingerprint_line(model.fingerprint, locale), formats.note);
}

}  // namespace

void write_scenarios_xlsx(const Model& model, const ScenarioComparison& comparison, const std::string& path,
                          const Locale& locale) {
    const xlsx::NumericLocaleC c_locale;
    xlsx::Book book(path, locale.dutch);
    book.set_properties(model.name + ": " + locale.text("scenarios"), model.year, "",
                        model.fingerprint.empty() ? "" : fingerprint_line(model.fingerprint, locale));
    xlsx::Formats& formats = book.formats();
    xlsx::Sheet& tariffs = book.add_sheet(capitalised(locale.text("scenarios")));
    write_tariffs(tariffs, formats, comparison, locale);
    if (!comparison.budgets.empty()) {
        xlsx::Sheet& budgets = book.add_sheet(locale.text("Budgets"));
        write_budgets(budgets, formats, comparison, locale);
    }
    xlsx::Sheet& about = book.add_sheet(locale.text("About"));
    write_about(about, formats, model, comparison, locale);
    book.close(path);
}

}  // namespace tariffs
