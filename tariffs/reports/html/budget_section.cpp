#include "tariffs/reports/html/budget_section.hpp"

#include "tariffs/reports/html/markup.hpp"
#include "tariffs/reports/html/year_chart.hpp"

namespace tariffs::html {

namespace {

std::string provider_name(const ProviderBudget& provider) {
    return provider.provider ? provider.provider->name : std::string();
}

}  // namespace

std::string BudgetSection::t(std::string_view english) const { return esc(locale_.text(english)); }

void BudgetSection::write() {
    const Budgets& budgets = budgets_;
    out_ << "<section id=\"budgets\">\n<h2>" << t("budgets") << " " << budgets.first_year << "–"
         << budgets.last_year << "</h2>\n";
    out_ << "<p class=\"note\">"
         << t("Each provider's budget per year is Σ round(tariff × volume, 2) plus availability; all providers "
              "together are checked against the region's budget frame.")
         << "</p>\n";
    all_providers();
    for (const auto& provider : budgets.providers) this->provider(provider);
    out_ << "</section>\n";
}

void BudgetSection::all_providers() {
    const Budgets& budgets = budgets_;
    std::vector<Series> series;
    for (const auto& provider : budgets.providers) {
        Series one{provider_name(provider), {}};
        for (const auto& year : provider.years) one.values[year.year] = year.total;
        series.push_back(std::move(one));
    }
    std::vector<YearBar> bars;
    for (const auto& check : budgets.frames) {
        YearBar b{check.year, check.total, check.frame, check.over(), Number()};
        if (check.over()) b.over_by = -*check.headroom;
        bars.push_back(b);
    }
    out_ << "<div class=\"chart\">\n<h3>" << t("all providers against the frame") << "</h3>\n";
    YearChart chart(series, format_, out_);
    chart.legend(true);
    chart.write(bars, "", "total", locale_.text("all providers against the frame"));
    out_ << "<table>\n<thead><tr><th>" << t("year") << "</th><th class=\"num\">" << t("total")
         << "</th><th class=\"num\">" << t("frame") << "</th><th class=\"num\">" << t("headroom")
         << "</th><th></th></tr></thead>\n<tbody>\n";
    for (const auto& check : budgets.frames) {
        const std::string year = std::to_string(check.year);
        out_ << "<tr" << (check.over() ? " class=\"over\"" : "") << "><td>" << year
             << "</td><td class=\"num\" data-year=\"" << year << "\" data-field=\"total\">" << format_.money(check.total)
             << "</td><td class=\"num\"";
        if (check.frame) out_ << " data-year=\"" << year << "\" data-field=\"frame\">" << format_.money(*check.frame);
        else out_ << ">—";
        out_ << "</td><td class=\"num\"";
        if (check.headroom) out_ << " data-year=\"" << year << "\" data-field=\"headroom\">" << format_.money(*check.headroom);
        else out_ << ">—";
        out_ << "</td><td>" << (check.over() ? t("OVER FRAME") : "") << "</td></tr>\n";
    }
    out_ << "</tbody>\n</table>\n</div>\n";
}

void BudgetSection::provider(const ProviderBudget& provider) {
    const std::string name = provider_name(provider);
    out_ << "<div class=\"chart provider\">\n<h3>" << esc(name);
    if (provider.provider && !provider.provider->lot.empty())
        out_ << " <small class=\"note\">(" << t("lot") << " " << esc(provider.provider->lot) << ")</small>";
    out_ << "</h3>\n";
    // stacked by product line, then availability
    std::vector<Series> series;
    std::vector<std::string> codes;
    if (!provider.years.empty())
        for (const auto& line : provider.years.front().lines) codes.push_back(line.code);
    for (std::size_t i = 0; i < codes.size(); ++i) {
        Series one{codes[i], {}};
        for (const auto& year : provider.years)
            if (i < year.lines.size()) one.values[year.year] = year.lines[i].amount;
        series.push_back(std::move(one));
    }
    Series availability{locale_.text("availability"), {}};
    bool any_availability = false;
    for (const auto& year : provider.years) {
        availability.values[year.year] = year.availability;
        any_availability = any_availability || year.availability.sign() != 0;
    }
    if (any_availability) series.push_back(availability);
    std::vector<YearBar> bars;
    for (const auto& year : provider.years) bars.push_back({year.year, year.total, std::nullopt, false, Number()});
    YearChart chart(series, format_, out_);
    chart.legend(false);
    chart.write(bars, name, "budget", name);

    out_ << "<table>\n<thead><tr><th>" << t("year") << "</th>";
    for (const auto& code : codes) out_ << "<th class=\"num\">" << esc(code) << "</th>";
    out_ << "<th class=\"num\">" << t("availability") << "</th><th class=\"num\">" << t("total")
         << "</th></tr></thead>\n<tbody>\n";
    const std::string who = " data-provider=\"" + esc(name) + "\"";
    for (const auto& year : provider.years) {
        const std::string y = " data-year=\"" + std::to_string(year.year) + "\"";
        out_ << "<tr><td>" << year.year << "</td>";
        for (const auto& line : year.lines)
            out_ << "<td class=\"num\"><span class=\"sub\">" << esc(format_.tariff(line.tariff)) << " × "
                 << esc(format_.count(line.volume)) << "</span><span" << who << y << " data-code=\"" << esc(line.code)
                 << "\" data-field=\"line\">" << format_.money(line.amount) << "</span></td>";
        out_ << "<td class=\"num\"" << who << y << " data-field=\"availability\">" << format_.money(year.availability)
             << "</td><td class=\"num\"" << who << y << " data-field=\"budget\"><strong>" << format_.money(year.total)
             << "</strong></td></tr>\n";
    }
    out_ << "</tbody>\n</table>\n</div>\n";
}

}  // namespace tariffs::html
