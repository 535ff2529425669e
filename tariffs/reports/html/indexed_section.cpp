#include "tariffs/reports/html/indexed_section.hpp"

#include "tariffs/reports/html/markup.hpp"

namespace tariffs::html {

std::string IndexedSection::t(std::string_view english) const { return esc(locale_.text(english)); }

void IndexedSection::write() {
    const IndexedTariffs& indexed = indexed_;
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
                 << format_.percent(step->index) << "</strong></td>";
        else
            out_ << "<td class=\"num\">—</td>";
    }
    out_ << "</tr>\n";
    for (const auto& product : indexed.products) {
        const bool own = product.weights != indexed.default_weights;
        out_ << "<tr><td class=\"code\">" << esc(product.product->code) << (own ? " *" : "") << "</td><td>"
             << t(product.product->unit) << "</td>";
        for (int year = indexed.base_year; year <= indexed.last_year; ++year) {
            const YearTariff* step = product.find(year);
            if (!step) {
                out_ << "<td class=\"num\"></td>";
                continue;
            }
            out_ << "<td class=\"num\" data-code=\"" << esc(product.product->code) << "\" data-year=\"" << year
                 << "\" data-field=\"price\">" << format_.tariff(step->price) << "</td>";
        }
        out_ << "</tr>\n";
    }
    out_ << "</tbody>\n</table>\n<p class=\"note\">"
         << t("Each tariff is per the product's own unit: the previous year's tariff times (1 + index), rounded.");
    own_weights();
    out_ << "</p>\n</section>\n";
}

void IndexedSection::own_weights() {
    const IndexedTariffs& indexed = indexed_;
    bool first = true;
    for (const auto& product : indexed.products) {
        if (product.weights == indexed.default_weights) continue;
        if (first) out_ << " * " << t("indexed by its own weights") << ":";
        out_ << (first ? " " : "; ") << esc(product.product->code) << " (";
        for (std::size_t i = 0; i < product.weights.size(); ++i)
            out_ << (i ? ", " : "") << esc(product.weights[i].first) << " " << esc(format_.share(product.weights[i].second));
        out_ << ")";
        first = false;
    }
    if (first) return;  // every product has the default weights
    out_ << ". " << t("The index row is that of the default weights") << " (";
    for (std::size_t i = 0; i < indexed.default_weights.size(); ++i)
        out_ << (i ? ", " : "") << esc(indexed.default_weights[i].first) << " "
             << esc(format_.share(indexed.default_weights[i].second));
    out_ << ").";
}

}  // namespace tariffs::html
