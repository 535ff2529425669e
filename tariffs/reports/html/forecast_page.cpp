#include "tariffs/reports/html/forecast_page.hpp"

#include "tariffs/reports/allocation_wording.hpp"
#include "tariffs/reports/html/chart_axis.hpp"
#include "tariffs/reports/html/markup.hpp"
#include "tariffs/reports/html/page_frame.hpp"

#include <algorithm>

namespace tariffs::html {

void ForecastPage::write() {
    const int first = forecast_.years.front().year, last = forecast_.years.back().year;
    // The page's title and meta are escaped where they are written.
    page_start(model_, {locale_.text("contributions by key"), std::to_string(first) + "–" + std::to_string(last)},
               locale_, out_);
    out_ << "<p class=\"lead\">"
         << t("What each municipality pays in each year under each allocation key. Each year's contributions "
              "under a key add up to its total exactly, in cents. A key marked * was computed from a figure "
              "carried forward (listed at the end).")
         << "</p>\n</header>\n";
    for (std::size_t m = 0; m < forecast_.municipalities.size(); ++m) municipality(m);
    carried();
    page_end(model_, locale_, out_);
}

std::string ForecastPage::t(std::string_view english) const { return esc(locale_.text(english)); }

std::string ForecastPage::amount(const Number& value) const { return esc(format_.unmarked_cents(value)); }

std::string ForecastPage::key_name(AllocationKey key) const { return esc(locale_.text(to_string(key))); }

const Number* ForecastPage::amount_of(const KeyYear& cell, std::size_t m) const {
    return cell.allocation ? &cell.allocation->shares[m].amount : nullptr;
}

void ForecastPage::municipality(std::size_t m) {
    const std::string& name = forecast_.municipalities[m];
    out_ << "<section id=\"m-" << id_of(name) << "\">\n<h2>" << esc(name) << "</h2>\n";
    chart(m);
    out_ << "<table>\n<thead><tr><th>" << t("year") << "</th>";
    for (const auto key : forecast_.keys) out_ << "<th class=\"num\">" << key_name(key) << "</th>";
    out_ << "</tr></thead>\n<tbody>\n";
    for (const auto& year : forecast_.years) {
        out_ << "<tr><td>" << year.year << "</td>";
        for (const auto& cell : year.keys) {
            const Number* value = amount_of(cell, m);
            out_ << "<td class=\"num\">" << (value ? amount(*value) : "—") << (cell.carried ? " *" : "") << "</td>";
        }
        out_ << "</tr>\n";
    }
    out_ << "</tbody>\n</table>\n</section>\n";
}

void ForecastPage::chart(std::size_t m) {
    Number top;
    for (const auto& year : forecast_.years)
        for (const auto& cell : year.keys)
            if (const Number* value = amount_of(cell, m)) top = std::max(top, *value);
    if (top.sign() == 0) return;
    const Axis axis = axis_for(top);
    const Number left = 90, width = 600, height = 180, bottom = height + Number(10);
    const std::size_t count = forecast_.years.size();
    const auto x_of = [&](std::size_t i) {
        return count == 1 ? left + width / Number(2)
                          : left + width * Number(static_cast<long long>(i)) / Number(static_cast<long long>(count - 1));
    };
    const auto y_of = [&](const Number& value) { return bottom - value / axis.max * height; };
    out_ << "<svg class=\"chart forecast\" viewBox=\"0 0 " << coord(left + width + Number(30)) << " "
         << coord(bottom + Number(30)) << "\" role=\"img\" aria-label=\"" << t("contributions by key and year") << "\">\n";
    for (Number tick; tick <= axis.max; tick += axis.step)
        out_ << "<text x=\"" << coord(left - Number(8)) << "\" y=\"" << coord(y_of(tick) + Number(4))
             << "\" font-size=\"10\" text-anchor=\"end\">" << amount(tick) << "</text>\n";
    for (std::size_t i = 0; i < count; ++i)
        out_ << "<text x=\"" << coord(x_of(i)) << "\" y=\"" << coord(bottom + Number(18))
             << "\" font-size=\"11\" text-anchor=\"middle\">" << forecast_.years[i].year << "</text>\n";
    for (std::size_t k = 0; k < forecast_.keys.size(); ++k) {
        std::string points;
        for (std::size_t i = 0; i < count; ++i)
            if (const Number* value = amount_of(forecast_.years[i].keys[k], m))
                points += (points.empty() ? "" : " ") + coord(x_of(i)) + "," + coord(y_of(*value));
        if (points.empty()) continue;
        out_ << "<polyline fill=\"none\" stroke=\"" << colour(k) << "\" stroke-width=\"2\" points=\"" << points
             << "\"><title>" << key_name(forecast_.keys[k]) << "</title></polyline>\n";
    }
    out_ << "</svg>\n<div class=\"legend\">";
    for (std::size_t k = 0; k < forecast_.keys.size(); ++k)
        out_ << "<span style=\"--c:" << colour(k) << "\">" << key_name(forecast_.keys[k]) << "</span>";
    out_ << "</div>\n";
}

void ForecastPage::carried() {
    if (forecast_.carried.empty()) return;
    out_ << "<section id=\"carried\">\n<h2>" << t("Figures carried forward") << "</h2>\n<table>\n<thead><tr><th>"
         << t("municipality") << "</th><th>" << t("figure") << "</th><th>" << t("year") << "</th><th class=\"num\">"
         << t("value") << "</th><th>" << t("carried as") << "</th></tr></thead>\n<tbody>\n";
    for (const auto& figure : forecast_.carried) {
        out_ << "<tr><td>" << esc(figure.municipality) << "</td><td>" << esc(carried_name(figure, locale_)) << "</td><td>"
             << figure.year << "</td><td class=\"num\">" << esc(format_.decimal(figure.value, 6))
             << "</td><td>" << esc(carried_how(figure, locale_)) << "</td></tr>\n";
    }
    out_ << "</tbody>\n</table>\n</section>\n";
}

}  // namespace tariffs::html
