#include "tariffs/reports/html/scenarios_page.hpp"

#include "engine/decimal.hpp"
#include "tariffs/reports/html/chart_axis.hpp"
#include "tariffs/reports/html/markup.hpp"
#include "tariffs/reports/html/page_frame.hpp"

#include <algorithm>

namespace tariffs::html {

namespace {

// The largest change of a product's tariff over the scenarios, in percent.
Number largest_move(const ScenarioProduct& product) {
    Number largest;
    for (std::size_t s = 0; s < product.tariffs.size(); ++s)
        if (auto percent = product.percent(s)) largest = std::max(largest, percent->magnitude());
    return largest;
}

std::string percent_text(const Number& percent) {
    const auto shown = engine::display_amount(percent, 2, 2);
    return (shown.approximate ? "≈" : "") + std::string(percent.sign() > 0 ? "+" : "") + shown.text + "%";
}

}  // namespace

void ScenariosPage::write() {
    page_start(model_,
               {locale_.text("scenarios"),
                locale_.text("tariffs of {year}", {{"{year}", std::to_string(comparison_.year)}})},
               locale_, out_);
    for (const auto& column : comparison_.scenarios) scenario_box(column.scenario, out_, locale_);
    out_ << "</header>\n";
    chart();
    tariffs_table();
    budgets_table();
    page_end(model_, locale_, out_);
}

std::string ScenariosPage::t(std::string_view english) const { return esc(locale_.text(english)); }

std::string ScenariosPage::percent_shown(const Number& percent) const {
    return esc(locale_.number(percent_text(percent)));
}

void ScenariosPage::chart() {
    std::vector<const ScenarioProduct*> moving;
    for (const auto& product : comparison_.products)
        if (largest_move(product).sign() > 0) moving.push_back(&product);
    std::stable_sort(moving.begin(), moving.end(), [](const ScenarioProduct* a, const ScenarioProduct* b) {
        return largest_move(*a) > largest_move(*b);
    });
    if (moving.size() > max_bars) moving.resize(max_bars);
    out_ << "<section id=\"chart\">\n<h2>" << t("The tariffs that move most") << "</h2>\n";
    if (moving.empty()) {
        out_ << "<p>" << t("No scenario changes a tariff.") << "</p>\n</section>\n";
        return;
    }
    const Axis axis = axis_for(largest_move(*moving.front()));
    const Number label_width = 300, half = 220, zero = label_width + half, bar = 14;
    const std::size_t count = comparison_.scenarios.size();
    const Number group = Number(static_cast<long long>(count)) * bar + Number(12);
    const Number height = Number(static_cast<long long>(moving.size())) * group + Number(40);
    out_ << "<svg class=\"chart\" viewBox=\"0 0 " << coord(label_width + half * Number(2) + Number(80)) << " "
         << coord(height) << "\" role=\"img\" aria-label=\""
         << t("change of each tariff per scenario, in percent") << "\">\n";
    out_ << "<line x1=\"" << coord(zero) << "\" y1=\"0\" x2=\"" << coord(zero) << "\" y2=\"" << coord(height - 20)
         << "\" stroke=\"#888\"/>\n";
    for (std::size_t p = 0; p < moving.size(); ++p) {
        const ScenarioProduct& product = *moving[p];
        const Number top = Number(static_cast<long long>(p)) * group;
        out_ << "<text x=\"" << coord(label_width - Number(8)) << "\" y=\"" << coord(top + group / Number(2))
             << "\" text-anchor=\"end\" font-size=\"12\">" << esc(product.code + " " + product.name) << "</text>\n";
        for (std::size_t s = 0; s < count; ++s) {
            const Number percent = product.percent(s).value_or(Number());
            const Number length = percent.magnitude() / axis.max * half;
            const Number x = percent.sign() < 0 ? zero - length : zero;
            const Number y = top + Number(static_cast<long long>(s)) * bar + Number(6);
            out_ << "<rect x=\"" << coord(x) << "\" y=\"" << coord(y) << "\" width=\"" << coord(length)
                 << "\" height=\"" << coord(bar - Number(2)) << "\" fill=\"" << colour(s) << "\"><title>"
                 << esc(comparison_.scenarios[s].scenario.name) << ": " << percent_shown(percent) << "</title></rect>\n";
            out_ << "<text x=\"" << coord(percent.sign() < 0 ? x - Number(4) : x + length + Number(4)) << "\" y=\""
                 << coord(y + bar - Number(4)) << "\" font-size=\"10\" text-anchor=\""
                 << (percent.sign() < 0 ? "end" : "start") << "\">" << percent_shown(percent) << "</text>\n";
        }
    }
    out_ << "<text x=\"" << coord(zero - half) << "\" y=\"" << coord(height - 6) << "\" font-size=\"11\">-"
         << esc(engine::display_value(axis.max).text) << "%</text>\n<text x=\"" << coord(zero + half) << "\" y=\""
         << coord(height - 6) << "\" font-size=\"11\" text-anchor=\"end\">+"
         << esc(engine::display_value(axis.max).text) << "%</text>\n</svg>\n<div class=\"legend\">";
    for (std::size_t s = 0; s < count; ++s)
        out_ << "<span style=\"--c:" << colour(s) << "\">" << esc(comparison_.scenarios[s].scenario.name)
             << "</span>";
    out_ << "</div>\n</section>\n";
}

void ScenariosPage::tariffs_table() {
    out_ << "<section id=\"tariffs\">\n<h2>" << t("Every tariff") << "</h2>\n<table>\n<thead><tr><th>" << t("code")
         << "</th><th>" << t("name") << "</th><th>" << t("unit") << "</th><th class=\"num\">" << t("model") << "</th>";
    for (const auto& column : comparison_.scenarios)
        out_ << "<th class=\"num\">" << esc(column.scenario.name) << "</th><th class=\"num\">Δ</th><th class=\"num\">Δ %</th>";
    out_ << "</tr></thead>\n<tbody>\n";
    for (const auto& product : comparison_.products) {
        out_ << "<tr><td>" << esc(product.code) << "</td><td>" << esc(product.name) << "</td><td>"
             << t(product.unit) << "</td><td class=\"num\">" << amount(product.base) << "</td>";
        for (std::size_t s = 0; s < product.tariffs.size(); ++s) {
            const Number difference = product.difference(s);
            out_ << "<td class=\"num\">" << amount(product.tariffs[s]) << "</td><td class=\"num\">"
                 << (difference.sign() > 0 ? "+" : "") << amount(difference) << "</td><td class=\"num\">"
                 << (product.percent(s) ? percent_shown(*product.percent(s)) : "") << "</td>";
        }
        out_ << "</tr>\n";
    }
    out_ << "</tbody>\n</table>\n</section>\n";
}

void ScenariosPage::budgets_table() {
    if (comparison_.budgets.empty()) return;
    out_ << "<section id=\"budgets\">\n<h2>" << t("Budgets per year, all providers") << "</h2>\n<table>\n<thead><tr><th>"
         << t("year") << "</th><th class=\"num\">" << t("frame") << "</th><th class=\"num\">" << t("model")
         << "</th><th class=\"num\">" << t("headroom") << "</th>";
    for (const auto& column : comparison_.scenarios)
        out_ << "<th class=\"num\">" << esc(column.scenario.name) << "</th><th class=\"num\">" << t("headroom")
             << "</th>";
    out_ << "</tr></thead>\n<tbody>\n";
    for (const auto& year : comparison_.budgets) {
        out_ << "<tr><td>" << year.year << "</td><td class=\"num\">" << (year.frame ? amount(*year.frame) : "")
             << "</td><td class=\"num\">" << amount(year.base) << "</td>" << headroom(year, year.base);
        for (const auto& total : year.totals) out_ << "<td class=\"num\">" << amount(total) << "</td>" << headroom(year, total);
        out_ << "</tr>\n";
    }
    out_ << "</tbody>\n</table>\n<p class=\"note\">"
         << t("Headroom is the frame minus the year's budgets; below zero the budgets exceed the frame.")
         << "</p>\n</section>\n";
}

std::string ScenariosPage::amount(const Number& value) const { return esc(format_.unmarked_tariff(value)); }

std::string ScenariosPage::headroom(const ScenarioBudgetYear& year, const Number& total) const {
    const auto room = year.headroom(total);
    if (!room) return "<td></td>";
    return std::string("<td class=\"num") + (room->sign() < 0 ? " over" : "") + "\">" + amount(*room) + "</td>";
}

}  // namespace tariffs::html
