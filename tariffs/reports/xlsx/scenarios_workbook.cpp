#include "tariffs/reports/xlsx/scenarios_workbook.hpp"

#include "tariffs/analyses/variant.hpp"
#include "tariffs/model/overrides.hpp"
#include "tariffs/reports/fingerprint_note.hpp"
#include "tariffs/reports/scenario_note.hpp"
#include "tariffs/reports/xlsx/formula.hpp"
#include "tariffs/reports/xlsx/model_sheets.hpp"

#include <algorithm>
#include <cctype>
#include <memory>
#include <set>

namespace tariffs::xlsx {

struct ScenariosWorkbook::LiveCopy {
    std::unique_ptr<ChangedModel> compiled;  // none for the model itself
    ReportData data;
    std::unique_ptr<ModelSheets> sheets;
};

namespace {

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

}  // namespace

void ScenariosWorkbook::tariff(Sheet& sheet, int row, int col, const LiveCopy* copy, const std::string& code,
                               const Number& value, lxw_format* format) const {
    const auto cell = copy ? copy->sheets->price_cell(code, comparison_.year) : std::nullopt;
    if (cell && cell->second == value) sheet.formula(row, col, cell->first, value, format);
    else sheet.exact(row, col, value, format);
}

void ScenariosWorkbook::total(Sheet& sheet, int row, int col, const LiveCopy* copy, int year, const Number& value,
                              lxw_format* format) const {
    const auto cell = copy ? copy->sheets->budget_total_cell(year) : std::nullopt;
    if (cell && cell->second == value) sheet.formula(row, col, cell->first, value, format);
    else sheet.exact(row, col, value, format);
}

void ScenariosWorkbook::write_tariffs(Sheet& sheet, Formats& formats, const std::vector<LiveCopy*>& live) const {
    std::vector<std::string> header{locale_.text("code"), locale_.text("name"), locale_.text("unit"),
                                    locale_.text("model")};
    for (const auto& column : comparison_.scenarios) {
        header.push_back(column.scenario.name);
        header.push_back(column.scenario.name + " Δ");
        header.push_back(column.scenario.name + " Δ %");
    }
    for (std::size_t c = 0; c < header.size(); ++c) sheet.text(0, static_cast<int>(c), header[c], formats.bold);
    int row = 1;
    for (const auto& product : comparison_.products) {
        sheet.text(row, 0, product.code);
        sheet.text(row, 1, product.name);
        sheet.text(row, 2, locale_.text(product.unit));
        tariff(sheet, row, 3, live[0], product.code, product.base, formats.tariff);
        for (std::size_t s = 0; s < comparison_.scenarios.size(); ++s) {
            const int col = 4 + static_cast<int>(s) * 3;
            tariff(sheet, row, col, live[s + 1], product.code, product.tariffs[s], formats.tariff);
            sheet.formula(row, col + 1, cell_name(row, col) + "-" + cell_name(row, 3), product.difference(s),
                          formats.tariff);
            if (auto percent = product.percent(s))
                sheet.formula(row, col + 2, cell_name(row, col + 1) + "/" + cell_name(row, 3),
                              *percent / Number(100), formats.percent(2));
        }
        ++row;
    }
}

void ScenariosWorkbook::write_budgets(Sheet& sheet, Formats& formats, const std::vector<LiveCopy*>& live) const {
    std::vector<std::string> header{locale_.text("year"), locale_.text("frame"), locale_.text("model"),
                                    locale_.text("headroom")};
    for (const auto& column : comparison_.scenarios) {
        header.push_back(column.scenario.name);
        header.push_back(column.scenario.name + " " + locale_.text("headroom"));
    }
    for (std::size_t c = 0; c < header.size(); ++c) sheet.text(0, static_cast<int>(c), header[c], formats.bold);
    int row = 1;
    for (const auto& year : comparison_.budgets) {
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

void ScenariosWorkbook::write_about(Sheet& sheet, Formats& formats, const std::vector<std::string>& sheets) const {
    int row = 0;
    sheet.text(row++, 0,
               model_.name + ": " +
                   locale_.text("scenarios, tariffs of {year}", {{"{year}", std::to_string(comparison_.year)}}),
               formats.bold);
    sheet.text(row++, 0, model_.file);
    ++row;
    for (const auto& column : comparison_.scenarios) {
        sheet.text(row++, 0, scenario_heading(column.scenario, locale_), formats.bold);
        for (const auto& line : scenario_changes(column.scenario, locale_)) sheet.text(row++, 0, "  " + line);
        const std::size_t s = static_cast<std::size_t>(&column - comparison_.scenarios.data());
        if (s < sheets.size())
            sheet.text(row++, 0, "  " + locale_.text("its sheets: {sheets}", {{"{sheets}", sheets[s]}}));
        ++row;
    }
    if (!model_.fingerprint.empty()) sheet.text(row, 0, fingerprint_line(model_.fingerprint, locale_), formats.note);
}

void ScenariosWorkbook::write(const std::string& path) {
    const NumericLocaleC c_locale;
    Book book(path, locale_.dutch);
    book.set_properties(model_.name + ": " + locale_.text("scenarios"), model_.year, "",
                        model_.fingerprint.empty() ? "" : fingerprint_line(model_.fingerprint, locale_));
    Formats& formats = book.formats();
    Sheet& tariffs = book.add_sheet(capitalised(locale_.text("scenarios")));
    Sheet* budgets = comparison_.budgets.empty() ? nullptr : &book.add_sheet(locale_.text("Budget totals"));
    Sheet& about = book.add_sheet(locale_.text("About"));
    // The live copies: the model's first (its inputs the ones the scenarios' refer to), then each scenario's.
    std::vector<std::unique_ptr<LiveCopy>> copies;
    std::vector<LiveCopy*> live;  // the model, then each scenario
    std::set<std::string> used{""};
    std::vector<std::string> sheets;  // each scenario's live sheets, named
    for (std::size_t s = 0; s <= comparison_.scenarios.size(); ++s) {
        auto copy = std::make_unique<LiveCopy>();
        if (s == 0) {
            copy->data = collect_report_data(model_, cost_);
        } else {
            Model changed = model_;
            apply_scenario(changed, comparison_.scenarios[s - 1].scenario.name, {});
            copy->compiled = std::make_unique<ChangedModel>(std::move(changed));
            copy->data = collect_report_data(*copy->compiled->model, *copy->compiled->cost);
        }
        copy->sheets = std::make_unique<ModelSheets>(copy->data, locale_, book);
        const std::string suffix =
            s == 0 ? "" : copy_suffix(comparison_.scenarios[s - 1].scenario.name, s, used, locale_);
        copy->sheets->write_copy(suffix, s == 0 ? nullptr : copies[0]->sheets.get());
        if (s > 0) {
            sheets.push_back(joined(copy->sheets->sheet_names(), ", "));
        }
        copies.push_back(std::move(copy));
    }
    for (auto& copy : copies) live.push_back(copy.get());
    live.resize(comparison_.scenarios.size() + 1, nullptr);
    write_tariffs(tariffs, formats, live);
    if (budgets) write_budgets(*budgets, formats, live);
    write_about(about, formats, sheets);
    book.close(path);
}

}  // namespace tariffs::xlsx
