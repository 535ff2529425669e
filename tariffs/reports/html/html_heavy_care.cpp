#include "tariffs/reports/html/html_writer.hpp"
#include "tariffs/reports/allocation_wording.hpp"

namespace tariffs::html {

// ------------------------------------------------------- indexed tariffs

void HtmlWriter::indexed() {
    const IndexedTariffs& indexed = *data_.indexed;
    out_ << "<section id=\"indexed\">\n<h2>" << t("indexed tariffs") << " " << indexed.base_year << "–"
         << indexed.last_year << "</h2>\n";
    out_ << "<table>\n<thead><tr><th>" << t("code") << "</th><th>" << t("unit") << "</th>";
    for (int year = indexed.base_year; year <= indexed.last_year; ++year)
        out_ << "<th class=\"num\">" << year << "</th>";
    out_ << "</tr></thead>\n<tbody>\n<tr><td colspan=\"2\"><strong>" << t("index %") << "</strong></td>";
    for (int year = indexed.base_year; year <= indexed.last_year; ++year) {
        const IndexStep* step = indexed.index_of(year);
        if (step)
            out_ << "<td class=\"num\" data-year=\"" << year << "\" data-field=\"index\"><strong>"
                 << percent(step->index) << "</strong></td>";
        else
            out_ << "<td class=\"num\">—</td>";
    }
    out_ << "</tr>\n";
    bool own_weights = false;
    for (const auto& product : indexed.products) {
        const bool own = product.weights != indexed.default_weights;
        own_weights = own_weights || own;
        out_ << "<tr><td class=\"code\">" << esc(product.product->code) << (own ? " *" : "") << "</td><td>"
             << unit_text(product.product->unit) << "</td>";
        for (int year = indexed.base_year; year <= indexed.last_year; ++year) {
            const YearTariff* step = product.find(year);
            if (!step) {
                out_ << "<td class=\"num\"></td>";
                continue;
            }
            out_ << "<td class=\"num\" data-code=\"" << esc(product.product->code) << "\" data-year=\"" << year
                 << "\" data-field=\"price\">" << tariff(step->price) << "</td>";
        }
        out_ << "</tr>\n";
    }
    out_ << "</tbody>\n</table>\n<p class=\"note\">"
         << t("Each tariff is per the product's own unit: the previous year's tariff times (1 + index), rounded.");
    if (own_weights) {
        out_ << " * " << t("indexed by its own weights") << ":";
        bool first = true;
        for (const auto& product : indexed.products) {
            if (product.weights == indexed.default_weights) continue;
            out_ << (first ? " " : "; ") << esc(product.product->code) << " (";
            for (std::size_t i = 0; i < product.weights.size(); ++i)
                out_ << (i ? ", " : "") << esc(product.weights[i].first) << " " << esc(share(product.weights[i].second));
            out_ << ")";
            first = false;
        }
        out_ << ". " << t("The index row is that of the default weights") << " (";
        for (std::size_t i = 0; i < indexed.default_weights.size(); ++i)
            out_ << (i ? ", " : "") << esc(indexed.default_weights[i].first) << " "
                 << esc(share(indexed.default_weights[i].second));
        out_ << ").";
    }
    out_ << "</p>\n</section>\n";
}

// --------------------------------------------------------------- budgets

void HtmlWriter::budgets() {
    const Budgets& budgets = *data_.budgets;
    out_ << "<section id=\"budgets\">\n<h2>" << t("budgets") << " " << budgets.first_year << "–"
         << budgets.last_year << "</h2>\n";
    out_ << "<p class=\"note\">"
         << t("Each provider's budget per year is Σ round(tariff × volume, 2) plus availability; all providers "
              "together are checked against the region's budget frame.")
         << "</p>\n";

    // all providers against the frame
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
    legend(series, true);
    year_chart(series, bars, "", "total", locale_.text("all providers against the frame"));
    out_ << "<table>\n<thead><tr><th>" << t("year") << "</th><th class=\"num\">" << t("total")
         << "</th><th class=\"num\">" << t("frame") << "</th><th class=\"num\">" << t("headroom")
         << "</th><th></th></tr></thead>\n<tbody>\n";
    for (const auto& check : budgets.frames) {
        const std::string year = std::to_string(check.year);
        out_ << "<tr" << (check.over() ? " class=\"over\"" : "") << "><td>" << year
             << "</td><td class=\"num\" data-year=\"" << year << "\" data-field=\"total\">" << money(check.total)
             << "</td><td class=\"num\"";
        if (check.frame) out_ << " data-year=\"" << year << "\" data-field=\"frame\">" << money(*check.frame);
        else out_ << ">—";
        out_ << "</td><td class=\"num\"";
        if (check.headroom) out_ << " data-year=\"" << year << "\" data-field=\"headroom\">" << money(*check.headroom);
        else out_ << ">—";
        out_ << "</td><td>" << (check.over() ? t("OVER FRAME") : "") << "</td></tr>\n";
    }
    out_ << "</tbody>\n</table>\n</div>\n";

    for (const auto& provider : budgets.providers) provider_budget(provider);
    out_ << "</section>\n";
}

std::string HtmlWriter::provider_name(const ProviderBudget& provider) const {
    return provider.provider ? provider.provider->name : std::string();
}

void HtmlWriter::provider_budget(const ProviderBudget& provider) {
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
    legend(series, false);
    year_chart(series, bars, name, "budget", name);

    out_ << "<table>\n<thead><tr><th>" << t("year") << "</th>";
    for (const auto& code : codes) out_ << "<th class=\"num\">" << esc(code) << "</th>";
    out_ << "<th class=\"num\">" << t("availability") << "</th><th class=\"num\">" << t("total")
         << "</th></tr></thead>\n<tbody>\n";
    const std::string who = " data-provider=\"" + esc(name) + "\"";
    for (const auto& year : provider.years) {
        const std::string y = " data-year=\"" + std::to_string(year.year) + "\"";
        out_ << "<tr><td>" << year.year << "</td>";
        for (const auto& line : year.lines)
            out_ << "<td class=\"num\"><span class=\"sub\">" << esc(tariff(line.tariff)) << " × "
                 << esc(count(line.volume)) << "</span><span" << who << y << " data-code=\"" << esc(line.code)
                 << "\" data-field=\"line\">" << money(line.amount) << "</span></td>";
        out_ << "<td class=\"num\"" << who << y << " data-field=\"availability\">" << money(year.availability)
             << "</td><td class=\"num\"" << who << y << " data-field=\"budget\"><strong>" << money(year.total)
             << "</strong></td></tr>\n";
    }
    out_ << "</tbody>\n</table>\n</div>\n";
}

// ------------------------------------------------------------ allocation

void HtmlWriter::allocation() {
    const Allocation& allocation = *data_.allocation;
    out_ << "<section id=\"allocation\">\n<h2>" << t("allocation") << " " << allocation.year << "</h2>\n";
    out_ << "<p class=\"meta\"><span>" << t("total") << " " << money(allocation.total) << "</span><span>"
         << t("key") << " " << t(to_string(allocation.key)) << "</span>";
    out_ << "<span>" << esc(basis_text(allocation, locale_)) << "</span>";
    out_ << "</p>\n";

    const int width = 1000, left = 170, right = 150, row = 30, top = 8;
    const int height = top * 2 + row * static_cast<int>(allocation.shares.size());
    Number highest;
    for (const auto& share : allocation.shares)
        if (share.amount > highest) highest = share.amount;
    const Axis axis = axis_for(highest, 5);
    const Number plot_w = width - left - right;
    auto x = [&](const Number& v) { return Number(left) + v * plot_w / axis.max; };
    out_ << "<div class=\"chart\">\n<svg class=\"chart allocation\" viewBox=\"0 0 " << width << " " << height
         << "\" width=\"" << width << "\" height=\"" << height << "\" role=\"img\" aria-label=\"" << t("allocation")
         << "\">\n";
    for (std::size_t i = 0; i < allocation.shares.size(); ++i) {
        const AllocationShare& share = allocation.shares[i];
        const int y = top + row * static_cast<int>(i);
        out_ << "<text x=\"" << left - 10 << "\" y=\"" << y + 19 << "\" text-anchor=\"end\">" << esc(share.name)
             << "</text>\n<rect x=\"" << left << "\" y=\"" << y + 5 << "\" width=\"" << coord(x(share.amount) - left)
             << "\" height=\"" << row - 10 << "\" fill=\"" << colour(0) << "\"/>\n<text class=\"value\" x=\""
             << coord(x(share.amount) + 8) << "\" y=\"" << y + 19 << "\" data-municipality=\"" << esc(share.name)
             << "\" data-field=\"amount\">" << esc(money(share.amount)) << "</text>\n";
    }
    out_ << "<line class=\"base\" x1=\"" << left << "\" x2=\"" << left << "\" y1=\"" << top << "\" y2=\""
         << height - top << "\"/>\n</svg>\n";

    const bool insurance = allocation.key == AllocationKey::insurance;
    out_ << "<table>\n<thead><tr><th>" << t("municipality") << "</th><th class=\"num\">" << t("weight")
         << "</th><th class=\"num\">" << t("exact share") << "</th>";
    if (insurance)
        out_ << "<th class=\"num\">" << t("premium") << "</th><th class=\"num\">" << t("use")
             << "</th><th class=\"num\">" << t("refund") << "</th><th class=\"num\">" << t("deficit") << "</th>";
    out_ << "<th class=\"num\">" << t("amount") << "</th></tr></thead>\n<tbody>\n";
    Number premium, use, refund, deficit, amount;
    for (const auto& share : allocation.shares) {
        premium += share.premium;
        use += share.use;
        refund += share.refund;
        deficit += share.deficit;
        amount += share.amount;
        const std::string who = " data-municipality=\"" + esc(share.name) + "\"";
        out_ << "<tr><td>" << esc(share.name) << "</td><td class=\"num\">" << count(share.weight)
             << "</td><td class=\"num\">" << money(share.exact) << "</td>";
        if (insurance)
            out_ << "<td class=\"num\">" << money(share.premium) << "</td><td class=\"num\">" << money(share.use)
                 << "</td><td class=\"num\"" << who << " data-field=\"refund\">" << money(share.refund)
                 << "</td><td class=\"num\">" << money(share.deficit) << "</td>";
        out_ << "<td class=\"num\"" << who << " data-field=\"amount\"><strong>" << money(share.amount)
             << "</strong></td></tr>\n";
    }
    out_ << "</tbody>\n<tfoot><tr class=\"total\"><td colspan=\"3\"><strong>" << t("total") << "</strong></td>";
    if (insurance)
        out_ << "<td class=\"num\">" << money(premium) << "</td><td class=\"num\">" << money(use)
             << "</td><td class=\"num\">" << money(refund) << "</td><td class=\"num\">" << money(deficit) << "</td>";
    out_ << "<td class=\"num\"><strong>" << money(amount) << "</strong></td></tr></tfoot>\n</table>\n";
    if (insurance)
        out_ << "<p class=\"note\">" << t("use") << " " << money(allocation.use) << " · " << t("surplus") << " "
             << money(allocation.surplus) << " · " << t("no-claim pool") << " " << money(allocation.pool) << " · "
             << t("deficit") << " " << money(allocation.deficit) << "</p>\n";
    out_ << "<p class=\"note\">"
         << t("Each gets its exact share rounded down to a cent; the cents left over go one each to the largest "
              "remainders, ties to the municipality listed first.")
         << " "
         // Under insurance the refunds go back and a deficit is paid on top, so
         // only the premiums make up the total.
         << (insurance ? t("The premiums add up to the total exactly; each amount is premium − refund + deficit part, "
                           "so the amounts add up to the total − the no-claim pool + the deficit.")
                       : t("The amounts add up to the total exactly."))
         << "</p>\n</div>\n</section>\n";
}

}  // namespace tariffs::html
