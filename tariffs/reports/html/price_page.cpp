#include "tariffs/reports/html/price_page.hpp"

#include "tariffs/reports/html/allocation_section.hpp"
#include "tariffs/reports/html/assumptions_section.hpp"
#include "tariffs/reports/html/budget_section.hpp"
#include "tariffs/reports/html/indexed_section.hpp"
#include "tariffs/reports/html/markup.hpp"
#include "tariffs/reports/html/page_frame.hpp"
#include "tariffs/reports/html/price_sheet_section.hpp"
#include "tariffs/reports/html/product_section.hpp"
#include "tariffs/reports/html/trajectory_section.hpp"

namespace tariffs::html {

namespace {

Locale grouped(Locale locale) {
    locale.group_thousands = true;
    return locale;
}

}  // namespace

PricePage::PricePage(const ReportData& data, const Locale& locale, std::ostream& out)
    : data_(data), model_(*data.model), locale_(grouped(locale)), format_(locale_), out_(out) {}

void PricePage::write() {
    document_start(model_.name + " · " + locale_.text("substantiation of tariffs") + " " + std::to_string(model_.year),
                   locale_, out_);
    header();
    AssumptionsSection(model_, format_, out_).write();
    PriceSheetSection(data_.sheet, format_, out_).write();
    products();
    TrajectorySection(data_.sheet, data_.indexed ? &*data_.indexed : nullptr, format_, out_).write();
    if (data_.indexed) IndexedSection(*data_.indexed, format_, out_).write();
    if (data_.budgets) BudgetSection(*data_.budgets, format_, out_).write();
    if (data_.allocation) AllocationSection(*data_.allocation, format_, out_).write();
    page_end(model_, locale_, out_);
}

std::string PricePage::t(std::string_view english) const { return esc(locale_.text(english)); }

std::string PricePage::fill(std::string text) const {
    text = replace_all(std::move(text), "{model}", model_.name);
    text = replace_all(std::move(text), "{year}", std::to_string(model_.year));
    text = replace_all(std::move(text), "{until}", std::to_string(model_.until));
    return replace_all(std::move(text), "{file}", model_file_name(model_));
}

void PricePage::header() {
    std::vector<std::string> meta{locale_.text("substantiation of tariffs"),
                                  locale_.text("base year") + " " + std::to_string(model_.year)};
    if (model_.until > model_.year)
        meta.push_back(locale_.text("contract years") + " " + std::to_string(model_.year) + "–" +
                       std::to_string(model_.until));
    page_header(model_, meta, locale_, out_);
    out_ << "<p class=\"lead\">"
         << esc(fill(locale_.text(
                "This document substantiates the tariffs of {model} for {year}, as Besluit Jeugdwet art. 2.3 asks "
                "of a fair price. For every product it shows how the tariff is built up from (a) the cost of "
                "professionals, (b) other client-bound costs, (c) overhead and a surcharge for risk, and (d) "
                "indexation, and every figure with the rule that computes it and its place in the model.")))
         << "</p>\n<p class=\"note\">"
         << t("All amounts are in euros and exact; a value is rounded only where a rule says so. "
              "≈ marks a figure that is shown rounded: an amount to the cent, a volume or weight to two "
              "decimals, a value in a derivation to six.")
         << "</p>\n";
    out_ << "<nav class=\"toc\"><a href=\"#assumptions\">" << t("assumptions") << "</a><a href=\"#price-sheet\">"
         << t("price sheet") << "</a><a href=\"#products\">" << t("build-up per product") << "</a>";
    if (data_.indexed) out_ << "<a href=\"#indexed\">" << t("indexed tariffs") << "</a>";
    if (data_.budgets) out_ << "<a href=\"#budgets\">" << t("budgets") << "</a>";
    if (data_.allocation) out_ << "<a href=\"#allocation\">" << t("allocation") << "</a>";
    out_ << "</nav>\n</header>\n";
}

void PricePage::products() {
    out_ << "<section id=\"products\">\n<h2>" << t("build-up per product") << "</h2>\n";
    ProductSection section(data_, format_, out_);
    for (const auto& price : data_.prices) section.write(price);
    out_ << "</section>\n";
}

}  // namespace tariffs::html
