#include "tariffs/reports/html/html_report.hpp"

#include "engine/decimal.hpp"
#include "tariffs/pricing/indexation.hpp"
#include "tariffs/reports/fingerprint_note.hpp"
#include "tariffs/reports/html/html_writer.hpp"
#include "tariffs/reports/scenario_note.hpp"

#include <string>
#include <string_view>

namespace tariffs {

namespace html {

std::string esc(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (char c : text) {
        switch (c) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            case '\'': out += "&#39;"; break;
            default: out += c;
        }
    }
    return out;
}

std::string cents(const Number& value) { return engine::format_decimal(value, 2); }
std::string coord(const Number& value) { return engine::format_decimal(value, 1); }

std::string id_of(std::string_view text) {
    std::string id;
    for (char c : text) {
        const bool plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        id += plain ? c : '-';
    }
    return id;
}

void HtmlWriter::write() {
    out_ << "<!DOCTYPE html>\n<html lang=\"" << (locale_.dutch ? "nl" : "en") << "\">\n<head>\n"
         << "<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
         << "<title>" << esc(model_.name) << " · " << t("substantiation of tariffs") << " " << model_.year
         << "</title>\n<style>" << stylesheet << "</style>\n</head>\n<body>\n<main>\n";
    header();
    assumptions();
    price_sheet();
    products();
    trajectories();
    if (data_.indexed) indexed();
    if (data_.budgets) budgets();
    if (data_.allocation) allocation();
    html::page_end(model_, locale_, out_);
}

std::string HtmlWriter::t(std::string_view english) const { return esc(locale_.text(english)); }

std::string HtmlWriter::fill(std::string text) const {
    text = replace_all(std::move(text), "{model}", model_.name);
    text = replace_all(std::move(text), "{year}", std::to_string(model_.year));
    text = replace_all(std::move(text), "{until}", std::to_string(model_.until));
    return replace_all(std::move(text), "{file}", model_file_name(model_));
}

std::string HtmlWriter::money(const Number& value) const {
    const std::string text = cents(value);
    const bool exact = Number::parse(text) == value;
    return (exact ? "" : "≈ ") + locale_.money(text);
}

std::string HtmlWriter::tariff(const Number& value) const {
    const auto shown = engine::display_amount(value);
    return (shown.approximate ? "≈ " : "") + locale_.money(shown.text);
}

std::string HtmlWriter::bare_money(const Number& value) const {
    const std::string text = cents(value);
    return (Number::parse(text) == value ? "" : "≈ ") + locale_.number(text);
}

std::string HtmlWriter::bare_tariff(const Number& value) const {
    const auto shown = engine::display_amount(value);
    return (shown.approximate ? "≈ " : "") + locale_.number(shown.text);
}

std::string HtmlWriter::percent(const Number& fraction) const {
    return locale_.number(percentage_text(fraction)) + "%";
}

std::string HtmlWriter::count(const Number& value) const {
    const auto shown = engine::display_value(value, 2);
    return (shown.approximate ? "≈ " : "") + locale_.number(shown.text);
}

std::string HtmlWriter::plain(const Number& value) const {
    const auto shown = engine::display_value(value);
    return (shown.approximate ? "≈ " : "") + locale_.number(shown.text);
}

std::string HtmlWriter::unit_text(const std::string& unit) const { return t(unit); }

std::string HtmlWriter::share(const Number& fraction) const {
    return locale_.number(engine::display_value(fraction * 100).text) + "%";
}

// ---------------------------------------------------------------- header

void HtmlWriter::header() {
    out_ << "<header>\n<h1>" << esc(model_.name) << "</h1>\n<p class=\"meta\"><span>" << t("substantiation of tariffs")
         << "</span><span>" << t("base year") << " " << model_.year << "</span>";
    if (model_.until > model_.year)
        out_ << "<span>" << t("contract years") << " " << model_.year << "–" << model_.until << "</span>";
    out_ << "<span><code>" << esc(model_reference(model_, locale_)) << "</code></span></p>\n";
    scenario_box(model_.scenario, out_, locale_);
    warnings_box(model_.warnings, locale_, out_);
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
         << t("price sheet") << "</a><a href=\"#products\">"
         << t("build-up per product") << "</a>";
    if (data_.indexed) out_ << "<a href=\"#indexed\">" << t("indexed tariffs") << "</a>";
    if (data_.budgets) out_ << "<a href=\"#budgets\">" << t("budgets") << "</a>";
    if (data_.allocation) out_ << "<a href=\"#allocation\">" << t("allocation") << "</a>";
    out_ << "</nav>\n</header>\n";
}

}  // namespace html

void write_html(const ReportData& data, const Locale& locale, std::ostream& out) {
    html::HtmlWriter(data, locale, out).write();
}

}  // namespace tariffs
