#include "tariffs/reports/html_report.hpp"

#include "engine/decimal.hpp"
#include "engine/rounding.hpp"
#include "tariffs/pricing/explanation.hpp"
#include "tariffs/model/ijw.hpp"
#include "tariffs/pricing/indexation.hpp"

#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

// Everything is text: amounts are the engine's exact numbers written as decimals,
// and chart geometry is exact arithmetic on those numbers, written with one
// decimal (SVG coordinates are decimal text too). No binary floating point.

namespace tariffs {

namespace {

using engine::Derivation;
using engine::Number;

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

// `p-AMB-U`: an id fragment from a code or a name.
std::string id_of(std::string_view text) {
    std::string id;
    for (char c : text) {
        const bool plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        id += plain ? c : '-';
    }
    return id;
}

std::string replace_all(std::string text, std::string_view from, std::string_view to) {
    for (std::size_t at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size()))
        text.replace(at, from.size(), to);
    return text;
}

// The smallest of 1, 2, 5 × 10^k that divides `max` into at most `count` steps.
Number nice_step(const Number& max, int count) {
    Number power = 1;
    while (power * 10 <= max) power = power * 10;
    while (power > max) power = power / 10;
    const Number tenth = power / 10;
    for (const Number& step : {tenth, tenth * 2, tenth * 5, power, power * 2, power * 5})
        if (max / step <= Number(count)) return step;
    return power * 10;
}

// A value axis from 0 to a round number at or above `max`.
struct Axis {
    Number max;
    Number step;
};

Axis axis_for(Number max, int count = 5) {
    if (max.sign() <= 0) max = 1;
    const Number step = nice_step(max, count);
    return {engine::round_to_step(max, step, engine::RoundingMode::ceiling), step};
}

// Colours for stacked series (providers, budget lines).
const char* const palette[] = {"#4e79a7", "#59a14f", "#f28e2b", "#76b7b2", "#b07aa1",
                               "#edc948", "#9c755f", "#ff9da7", "#bab0ac", "#86bcb6"};
const char* colour(std::size_t i) { return palette[i % (sizeof palette / sizeof palette[0])]; }

const char* const stylesheet = R"css(
:root { --ink:#1f2933; --muted:#5f6b7a; --line:#dde3ea; --soft:#f3f5f8; --head:#e9eef4; --accent:#2f4b7c;
  --staff:#4e79a7; --client:#59a14f; --overhead:#f28e2b; --risk:#b07aa1; --tariff:#2f4b7c; --over:#c62828; }
* { box-sizing: border-box; }
html { background: var(--soft); }
body { margin: 0; color: var(--ink); font: 15px/1.5 "Segoe UI", system-ui, -apple-system, "DejaVu Sans", Arial, sans-serif; }
main { max-width: 1100px; margin: 0 auto; padding: 24px 28px 56px; background: #fff; min-height: 100vh;
  box-shadow: 0 0 0 1px var(--line); }
h1 { font-size: 26px; line-height: 1.25; margin: 0 0 4px; color: var(--accent); }
h2 { font-size: 20px; margin: 32px 0 10px; padding-bottom: 4px; border-bottom: 2px solid var(--accent); color: var(--accent); }
h3 { font-size: 17px; margin: 0 0 2px; }
h4 { font-size: 14px; margin: 14px 0 6px; color: var(--muted); text-transform: uppercase; letter-spacing: .04em; }
p { margin: 6px 0 10px; }
a { color: var(--accent); }
code { font-family: "DejaVu Sans Mono", Consolas, monospace; font-size: .88em; }
.meta { color: var(--muted); margin: 0 0 12px; }
.meta span + span::before { content: " · "; }
.lead { max-width: 860px; }
.note { color: var(--muted); font-size: 13px; }
nav.toc { margin: 10px 0 0; padding: 10px 14px; background: var(--soft); border-radius: 6px; font-size: 14px; }
nav.toc a { margin-right: 14px; white-space: nowrap; }
table { border-collapse: collapse; width: 100%; font-size: 13.5px; margin: 6px 0 8px; }
th, td { padding: 4px 8px; border-bottom: 1px solid var(--line); text-align: left; vertical-align: top; }
thead th { background: var(--head); font-weight: 600; vertical-align: bottom; }
th.num, td.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
tbody tr:nth-child(even) td { background: #fafbfc; }
tr.over td, td.over, .over { color: var(--over); }
tr.over td { font-weight: 600; }
tfoot td { border-top: 2px solid var(--ink); border-bottom: none; }
td.code { white-space: nowrap; font-weight: 600; }
.sub { display: block; color: var(--muted); font-size: 12px; }
.sheet { font-size: 13px; }
.sheet th, .sheet td { padding: 4px 5px; }
.sheet td { white-space: nowrap; }
.sheet th, .sheet th.num { white-space: normal; hyphens: auto; }
.sheet td.name { white-space: normal; min-width: 150px; }
div.chart { margin-top: 30px; }
div.chart h3 { margin-bottom: 6px; }
section.product { margin: 26px 0 0; padding: 18px 0 0; border-top: 1px solid var(--line); break-inside: avoid; }
h2 + section.product { border-top: none; margin-top: 0; padding-top: 4px; }
.product .headline { display: flex; justify-content: space-between; align-items: baseline; gap: 16px; flex-wrap: wrap; }
.product .price { font-size: 22px; font-weight: 700; color: var(--tariff); white-space: nowrap; }
.product .price small { font-size: 14px; font-weight: 400; color: var(--muted); }
.buildup { display: flex; gap: 28px; align-items: flex-start; flex-wrap: wrap; margin-top: 8px; }
.buildup svg { flex: 0 0 auto; }
.buildup table { flex: 1 1 320px; width: auto; min-width: 320px; }
.buildup td .key { display: inline-block; width: 10px; height: 10px; border-radius: 2px; margin-right: 6px; }
.buildup tr.total td { font-weight: 700; border-top: 2px solid var(--ink); }
svg { max-width: 100%; height: auto; overflow: visible; }
svg text { font-family: inherit; font-size: 12px; fill: var(--ink); }
svg .axis text { fill: var(--muted); font-size: 11px; }
svg .grid { stroke: #e6eaef; stroke-width: 1; }
svg .base { stroke: #9aa5b1; stroke-width: 1; }
svg .link { stroke: #9aa5b1; stroke-width: 1; stroke-dasharray: 3 3; }
svg .frame { fill: none; stroke: var(--ink); stroke-width: 2; }
svg text.over, svg text.over tspan { fill: var(--over); font-weight: 700; }
svg rect.over { stroke: var(--over); stroke-width: 2; }
svg text.value { font-weight: 600; }
.legend { display: flex; flex-wrap: wrap; gap: 4px 16px; font-size: 13px; margin: 4px 0 2px; }
.legend span::before { content: ""; display: inline-block; width: 11px; height: 11px; border-radius: 2px;
  margin-right: 6px; vertical-align: -1px; background: var(--c); }
.legend span.line::before { height: 3px; vertical-align: 3px; border-radius: 0; }
details.derivation { margin: 12px 0 0; border: 1px solid var(--line); border-radius: 6px; background: #fcfcfd; }
details.derivation > summary { padding: 7px 12px; cursor: pointer; font-weight: 600; color: var(--accent); }
details.derivation[open] > summary { border-bottom: 1px solid var(--line); }
.elements { padding: 6px 12px 10px; }
.element { margin: 8px 0 0; }
.element > summary, .element > .title { font-weight: 600; cursor: pointer; }
.tree { font-size: 13px; line-height: 1.45; }
.tree details, .tree .leaf { margin-left: 18px; }
.tree > details, .tree > .leaf { margin-left: 0; }
.tree summary { cursor: pointer; }
.tree .leaf { padding-left: 14px; }
.dn { font-weight: 600; }
.dv { font-variant-numeric: tabular-nums; }
.df { color: #334e68; }
.dw { color: var(--muted); font-size: 12px; }
.dw::before { content: "["; } .dw::after { content: "]"; }
.ref { color: var(--muted); font-style: italic; }
ul.ptree, ul.ptree ul { list-style: none; margin: 0; padding-left: 14px; }
ul.ptree { padding-left: 0; }
.print-only { display: none; }
footer { margin-top: 40px; padding-top: 10px; border-top: 1px solid var(--line); color: var(--muted); font-size: 13px; }
@media print {
  @page { size: A4; margin: 16mm 14mm 18mm; }
  html, body, main { background: #fff; }
  body { font-size: 10pt; }
  main { max-width: none; padding: 0; box-shadow: none; min-height: 0; }
  h1 { font-size: 18pt; } h2 { font-size: 14pt; break-after: avoid; } h3 { font-size: 12pt; }
  table { font-size: 8.5pt; }
  thead { display: table-header-group; }
  tr { break-inside: avoid; }
  nav.toc, .screen-only, details.derivation { display: none; }
  .print-only { display: block; }
  section.product { break-before: page; border-top: none; padding-top: 0; }
  .product .headline, .buildup, .chart, .element-print { break-inside: avoid; }
  .buildup { display: block; }
  .buildup svg { display: block; width: 560px; margin: 0 auto 6px; }
  .buildup table { width: 100%; min-width: 0; }
  .sheet { font-size: 7.5pt; }
  .sheet th, .sheet td { padding: 2px 3px; }
  .sheet td.name { min-width: 0; }
  div.chart svg { width: 100%; }
  .tree, ul.ptree { font-size: 7.5pt; }
  .dw { font-size: inherit; }
  .element-print { margin: 6px 0 0; }
  a { color: inherit; text-decoration: none; }
  tbody tr:nth-child(even) td { background: none; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
)css";

class HtmlWriter {
public:
    HtmlWriter(const ReportData& data, const Locale& locale, std::ostream& out)
        : data_(data), model_(*data.model), locale_(locale), out_(out) {}

    void write() {
        out_ << "<!DOCTYPE html>\n<html lang=\"" << (locale_.dutch ? "nl" : "en") << "\">\n<head>\n"
             << "<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
             << "<title>" << esc(model_.name) << " · " << t("substantiation of tariffs") << " " << model_.year
             << "</title>\n<style>" << stylesheet << "</style>\n</head>\n<body>\n<main>\n";
        header();
        price_sheet();
        products();
        if (data_.indexed) indexed();
        if (data_.budgets) budgets();
        if (data_.allocation) allocation();
        out_ << "<footer>" << esc(fill(locale_.text("Generated by tariff from {file}. Amounts in euros."))) << "</footer>\n";
        out_ << "</main>\n</body>\n</html>\n";
    }

private:
    // A header or sentence in the locale's language, HTML-escaped.
    std::string t(std::string_view english) const { return esc(locale_.text(english)); }

    // `{model}`, `{year}`, `{file}`, `{until}` filled in.
    std::string fill(std::string text) const {
        text = replace_all(std::move(text), "{model}", model_.name);
        text = replace_all(std::move(text), "{year}", std::to_string(model_.year));
        text = replace_all(std::move(text), "{until}", std::to_string(model_.until));
        return replace_all(std::move(text), "{file}", model_.file);
    }

    // An amount to the cent, marked `≈` where the cents hide digits.
    std::string money(const Number& value) const {
        const std::string text = cents(value);
        const bool exact = Number::parse(text) == value;
        return (exact ? "" : "≈ ") + locale_.money(text);
    }
    // A tariff as its rule rounded it: all its digits, at least two decimals.
    std::string tariff(const Number& value) const {
        const auto shown = engine::display_amount(value);
        return (shown.approximate ? "≈ " : "") + locale_.money(shown.text);
    }
    // The same without the euro sign, for a dense table whose amounts are all euros.
    std::string bare_money(const Number& value) const {
        const std::string text = cents(value);
        return (Number::parse(text) == value ? "" : "≈ ") + locale_.number(text);
    }
    std::string bare_tariff(const Number& value) const {
        const auto shown = engine::display_amount(value);
        return (shown.approximate ? "≈ " : "") + locale_.number(shown.text);
    }
    std::string percent(const Number& fraction) const {
        return locale_.number(percentage_text(fraction)) + "%";
    }
    // A number that is not money (a volume, a weight): exact up to six decimals.
    std::string plain(const Number& value) const {
        const auto shown = engine::display_value(value);
        return (shown.approximate ? "≈ " : "") + locale_.number(shown.text);
    }
    // An axis label: `35 M` for millions, else the number.
    std::string tick(const Number& value, const Number& axis_max) const {
        if (value.is_zero()) return "0";
        if (axis_max >= Number(1000000))
            return locale_.number(engine::display_value(value / 1000000).text) + " " + locale_.text("M");
        return locale_.number(engine::display_value(value).text);
    }
    std::string unit_text(const std::string& unit) const { return t(unit); }
    static std::string capitalised(std::string text) {
        if (!text.empty() && text[0] >= 'a' && text[0] <= 'z') text[0] = static_cast<char>(text[0] - 'a' + 'A');
        return text;
    }
    // A weight or share as a percentage, exact: `80%`, `12.5%`.
    std::string share(const Number& fraction) const {
        return locale_.number(engine::display_value(fraction * 100).text) + "%";
    }

    // ---------------------------------------------------------------- header

    void header() {
        out_ << "<header>\n<h1>" << esc(model_.name) << "</h1>\n<p class=\"meta\"><span>" << t("substantiation of tariffs")
             << "</span><span>" << t("base year") << " " << model_.year << "</span>";
        if (model_.until > model_.year)
            out_ << "<span>" << t("contract years") << " " << model_.year << "–" << model_.until << "</span>";
        out_ << "<span><code>" << esc(model_.file) << "</code></span></p>\n";
        out_ << "<p class=\"lead\">"
             << esc(fill(locale_.text(
                    "This document substantiates the tariffs of {model} for {year}, as Besluit Jeugdwet art. 2.3 asks "
                    "of a fair price. For every product it shows how the tariff is built up from (a) the cost of "
                    "professionals, (b) other client-bound costs, (c) overhead and a surcharge for risk, and (d) "
                    "indexation, and every figure with the rule that computes it and its place in the model.")))
             << "</p>\n<p class=\"note\">"
             << t("All amounts are in euros and exact; a value is rounded only where a rule says so. "
                  "≈ marks an amount that is shown rounded (to the cent, or to six decimals).")
             << "</p>\n";
        out_ << "<nav class=\"toc\"><a href=\"#price-sheet\">" << t("price sheet") << "</a><a href=\"#products\">"
             << t("build-up per product") << "</a>";
        if (data_.indexed) out_ << "<a href=\"#indexed\">" << t("indexed tariffs") << "</a>";
        if (data_.budgets) out_ << "<a href=\"#budgets\">" << t("budgets") << "</a>";
        if (data_.allocation) out_ << "<a href=\"#allocation\">" << t("allocation") << "</a>";
        out_ << "</nav>\n</header>\n";
    }

    // ----------------------------------------------------------- price sheet

    static std::string field(const std::string& code, const char* name) {
        return " data-code=\"" + esc(code) + "\" data-field=\"" + name + "\"";
    }

    void price_sheet() {
        const PriceSheet& sheet = data_.sheet;
        out_ << "<section id=\"price-sheet\">\n<h2>" << t("price sheet") << " " << sheet.year << "</h2>\n";
        out_ << "<table class=\"sheet\">\n<thead><tr><th>" << t("code") << "</th><th>" << t("name") << "</th><th>"
             << t("kind") << "</th><th>" << t("unit") << " (" << t("iJw") << ")</th><th>" << t("category")
             << "</th><th class=\"num\">" << t("tariff") << "</th><th>" << t("build-up per") << "</th><th class=\"num\">"
             << t("staff cost") << "</th><th class=\"num\">" << t("client cost") << "</th><th class=\"num\">"
             << t("overhead") << "</th><th class=\"num\">" << t("risk") << "</th></tr></thead>\n<tbody>\n";
        for (const auto& line : sheet.lines) {
            out_ << "<tr><td class=\"code\"><a href=\"#p-" << id_of(line.code) << "\">" << esc(line.code)
                 << "</a></td><td class=\"name\">" << esc(line.name) << "</td><td>" << t(line.kind) << "</td><td>"
                 << unit_text(line.unit) << " (" << esc(line.ijw_unit) << ")</td><td>" << esc(line.category)
                 << "</td><td class=\"num\"" << field(line.code, "tariff") << "><strong>" << bare_tariff(line.tariff)
                 << "</strong></td><td>" << unit_text(line.base_unit) << "</td><td class=\"num\""
                 << field(line.code, "staff_cost") << ">" << bare_money(line.staff_cost) << "</td><td class=\"num\""
                 << field(line.code, "client_cost") << ">" << bare_money(line.client_cost) << "</td><td class=\"num\""
                 << field(line.code, "overhead") << ">" << bare_money(line.overhead) << "</td><td class=\"num\""
                 << field(line.code, "risk") << ">" << bare_money(line.risk) << "</td></tr>\n";
        }
        out_ << "</tbody>\n</table>\n<p class=\"note\">" << t("Amounts in euros.") << " "
             << t("The tariff is per unit, rounded as its rule says. The build-up is exact and per the unit under "
                  "“build-up per”; a minute tariff derives from the rounded hourly tariff (iJw).")
             << "</p>\n</section>\n";
    }

    // -------------------------------------------------------------- products

    void products() {
        out_ << "<section id=\"products\">\n<h2>" << t("build-up per product") << "</h2>\n";
        for (const auto& price : data_.prices) product(price);
        out_ << "</section>\n";
    }

    void product(const ProductPrice& price) {
        const Product& product = *price.product;
        const Unit* unit = find_unit(product.unit);
        const std::string base_unit = base_unit_of(product);
        out_ << "<section class=\"product\" id=\"p-" << id_of(product.code) << "\">\n<div class=\"headline\"><div><h3>"
             << esc(product.code) << " — " << esc(product.name) << "</h3>\n<div class=\"meta\"><span>"
             << t(product.kind) << "</span><span>" << t("per") << " " << unit_text(product.unit);
        if (unit) out_ << " (" << t("iJw") << " " << esc(unit->ijw_code) << ")";
        out_ << "</span>";
        if (!product.category.empty()) out_ << "<span>" << t("category") << " " << esc(product.category) << "</span>";
        out_ << "</div></div>\n<div class=\"price\"><span" << field(product.code, "tariff") << ">"
             << tariff(price.price->value) << "</span> <small>" << t("per") << " " << unit_text(product.unit)
             << "</small></div></div>\n";
        if (base_unit != product.unit)
            out_ << "<p class=\"note\">"
                 << esc(replace_all(replace_all(locale_.text("The build-up is per {base}; the tariff per {unit} "
                                                             "derives from the rounded tariff per {base}."),
                                                "{base}", locale_.text(base_unit)),
                                    "{unit}", locale_.text(product.unit)))
                 << "</p>\n";
        out_ << "<div class=\"buildup\">\n";
        waterfall(price, base_unit);
        buildup_table(price, base_unit);
        out_ << "</div>\n";
        derivation(price);
        out_ << "</section>\n";
    }

    std::string base_unit_of(const Product& product) const {
        for (const auto& line : data_.sheet.lines)
            if (line.code == product.code) return line.base_unit;
        return product.unit;
    }

    struct Step {
        const char* field;
        const char* label;
        const char* colour;
        Number value;
    };

    std::vector<Step> steps_of(const ProductPrice& price) const {
        return {{"staff_cost", "staff cost", "var(--staff)", price.staff_cost->value},
                {"client_cost", "client cost", "var(--client)", price.client_cost->value},
                {"overhead", "overhead", "var(--overhead)", price.overhead->value},
                {"risk", "risk", "var(--risk)", price.risk->value}};
    }

    // Label lines under a bar: the words of `text`, at most about 14 characters a line.
    void category_label(const Number& x, int y, const std::string& text) {
        std::vector<std::string> lines;
        std::string word, line;
        auto flush_word = [&] {
            if (word.empty()) return;
            if (!line.empty() && line.size() + 1 + word.size() > 14) {
                lines.push_back(line);
                line.clear();
            }
            line += (line.empty() ? "" : " ") + word;
            word.clear();
        };
        for (char c : text) {
            if (c == ' ') flush_word();
            else word += c;
        }
        flush_word();
        if (!line.empty()) lines.push_back(line);
        out_ << "<text x=\"" << coord(x) << "\" y=\"" << y << "\" text-anchor=\"middle\">";
        for (std::size_t i = 0; i < lines.size(); ++i)
            out_ << "<tspan x=\"" << coord(x) << "\" dy=\"" << (i == 0 ? "0" : "1.2em") << "\">" << esc(lines[i])
                 << "</tspan>";
        out_ << "</text>\n";
    }

    // The waterfall: staff cost, client cost, overhead and risk stacked upward step
    // by step, then the tariff (per the base unit) as a full bar.
    void waterfall(const ProductPrice& price, const std::string& base_unit) {
        const std::string& code = price.product->code;
        const std::vector<Step> steps = steps_of(price);
        const Number& full = price.tariff->value;
        const int width = 620, height = 320, left = 64, right = 12, top = 28, bottom = 54;
        const int plot_h = height - top - bottom;
        const Number slot = Number(width - left - right) / 5;
        const Number bar = slot * Number::fraction(3, 5);
        Number highest = full;
        Number sum;
        for (const auto& step : steps) sum += step.value;
        if (sum > highest) highest = sum;
        const Axis axis = axis_for(highest, 5);
        auto y = [&](const Number& v) { return Number(top + plot_h) - v * plot_h / axis.max; };

        out_ << "<svg class=\"chart waterfall\" viewBox=\"0 0 " << width << " " << height << "\" width=\"" << width
             << "\" height=\"" << height << "\" role=\"img\" aria-label=\""
             << esc(code + ": " + locale_.text("build-up per") + " " + locale_.text(base_unit)) << "\">\n";
        out_ << "<g class=\"axis\">\n";
        for (Number v = 0; v <= axis.max; v += axis.step) {
            out_ << "<line class=\"grid\" x1=\"" << left << "\" x2=\"" << width - right << "\" y1=\"" << coord(y(v))
                 << "\" y2=\"" << coord(y(v)) << "\"/><text x=\"" << left - 8 << "\" y=\"" << coord(y(v) + 4)
                 << "\" text-anchor=\"end\">" << esc(tick(v, axis.max)) << "</text>\n";
        }
        out_ << "</g>\n";
        Number cumulative;
        for (std::size_t i = 0; i < steps.size(); ++i) {
            const Number x = Number(left) + slot * static_cast<long long>(i) + (slot - bar) / 2;
            const Number from = y(cumulative);
            cumulative += steps[i].value;
            const Number to = y(cumulative);
            Number h = from - to;
            if (h < Number(1)) h = 1;
            out_ << "<rect x=\"" << coord(x) << "\" y=\"" << coord(from - h) << "\" width=\"" << coord(bar)
                 << "\" height=\"" << coord(h) << "\" fill=\"" << steps[i].colour << "\"/>\n";
            out_ << "<text class=\"value\" x=\"" << coord(x + bar / 2) << "\" y=\"" << coord(from - h - 6)
                 << "\" text-anchor=\"middle\"" << field(code, steps[i].field) << ">" << esc(money(steps[i].value))
                 << "</text>\n";
            // the dashed link from the top of this step to the next bar
            const Number next = x + slot;
            out_ << "<line class=\"link\" x1=\"" << coord(x + bar) << "\" x2=\"" << coord(next) << "\" y1=\""
                 << coord(to) << "\" y2=\"" << coord(to) << "\"/>\n";
            category_label(x + bar / 2, height - bottom + 18, locale_.text(steps[i].label));
        }
        const Number x = Number(left) + slot * 4 + (slot - bar) / 2;
        out_ << "<rect x=\"" << coord(x) << "\" y=\"" << coord(y(full)) << "\" width=\"" << coord(bar)
             << "\" height=\"" << coord(y(0) - y(full)) << "\" fill=\"var(--tariff)\"/>\n";
        out_ << "<text class=\"value\" x=\"" << coord(x + bar / 2) << "\" y=\"" << coord(y(full) - 6)
             << "\" text-anchor=\"middle\"" << field(code, "base_tariff") << ">" << esc(tariff(full)) << "</text>\n";
        category_label(x + bar / 2, height - bottom + 18, locale_.text("tariff") + " " + locale_.text("per") + " " +
                                                               locale_.text(base_unit));
        out_ << "<line class=\"base\" x1=\"" << left << "\" x2=\"" << width - right << "\" y1=\"" << coord(y(0))
             << "\" y2=\"" << coord(y(0)) << "\"/>\n</svg>\n";
    }

    void buildup_table(const ProductPrice& price, const std::string& base_unit) {
        const std::string& code = price.product->code;
        out_ << "<table>\n<thead><tr><th>" << t("build-up per") << " " << unit_text(base_unit)
             << "</th><th class=\"num\">" << t("amount") << "</th></tr></thead>\n<tbody>\n";
        const char* const elements[] = {"(a)", "(b)", "(c)", ""};
        const std::vector<Step> steps = steps_of(price);
        for (std::size_t i = 0; i < steps.size(); ++i)
            out_ << "<tr><td><span class=\"key\" style=\"background:" << steps[i].colour << "\"></span>"
                 << elements[i] << (elements[i][0] ? " " : "") << t(steps[i].label) << "</td><td class=\"num\""
                 << field(code, steps[i].field) << ">" << money(steps[i].value) << "</td></tr>\n";
        out_ << "<tr><td>" << t("tariff, exact") << "</td><td class=\"num\"" << field(code, "tariff_exact") << ">"
             << money(price.tariff_exact->value) << "</td></tr>\n";
        out_ << "<tr class=\"total\"><td><span class=\"key\" style=\"background:var(--tariff)\"></span>" << t("tariff")
             << " " << t("per") << " " << unit_text(base_unit) << "</td><td class=\"num\""
             << field(code, "base_tariff") << ">" << tariff(price.tariff->value) << "</td></tr>\n";
        if (price.price != price.tariff)
            out_ << "<tr class=\"total\"><td>" << t("tariff") << " " << t("per") << " " << unit_text(price.product->unit)
                 << "</td><td class=\"num\"" << field(code, "tariff") << ">" << tariff(price.price->value)
                 << "</td></tr>\n";
        out_ << "</tbody>\n</table>\n";
    }

    // ------------------------------------------------------------ derivation

    // `= 0.85`, `≈ 165.026949`; a value written as `8%` keeps that too.
    std::string shown_value(const Derivation& node) const {
        const auto shown = engine::display_value(node.value);
        std::string text = (shown.approximate ? "≈ " : "= ") + locale_.number(shown.text);
        const engine::Definition& definition = *node.definition;
        if (definition.kind == engine::Definition::Kind::value && !definition.text.empty() &&
            definition.text != shown.text)
            text += " (" + definition.text + ")";
        return text;
    }

    // One derivation tree, as folding <details> (screen) or a nested list (print).
    class Tree {
    public:
        Tree(const HtmlWriter& writer, const std::string& code, bool print, std::ostream& out)
            : writer_(writer), code_(code), print_(print), out_(out) {}

        void set_elements(const std::map<const Derivation*, std::string>& element_of) { element_of_ = element_of; }

        void node(const Derivation& node, const std::string& section, bool open) {
            const std::string head = "<span class=\"dn\">" + esc(node.name()) + "</span> <span class=\"dv\">" +
                                     esc(writer_.shown_value(node)) + "</span>";
            auto element = element_of_.find(&node);
            if (element != element_of_.end() && element->second != section) {
                leaf(head + " <span class=\"ref\">" + see(element->second) + "</span>");
                return;
            }
            auto seen = shown_.find(&node);
            if (seen != shown_.end()) {
                const std::string text = esc(writer_.locale_.text("see above"));
                leaf(head + " <span class=\"ref\">" +
                     (print_ ? text : "<a href=\"#" + seen->second + "\">" + text + "</a>") + "</span>");
                return;
            }
            const std::string id = "d-" + id_of(code_) + "-" + std::to_string(shown_.size() + 1);
            shown_.emplace(&node, id);
            std::string line = head;
            const engine::Definition& definition = *node.definition;
            if (definition.kind == engine::Definition::Kind::formula) {
                line += " <code class=\"df\">= " + esc(definition.text);
                if (definition.rounding) {
                    const auto unrounded = engine::display_value(*node.unrounded);
                    line += ", " + esc(definition.rounding->describe()) + " " + esc(writer_.locale_.text("of")) + " " +
                            (unrounded.approximate ? "≈ " : "") + esc(writer_.locale_.number(unrounded.text));
                }
                line += "</code>";
            }
            line += " <span class=\"dw\">" + esc(node.scope->label()) + ", " +
                    esc(definition.pos.file_line()) + "</span>";
            const std::string id_attribute = print_ ? "" : " id=\"" + id + "\"";
            if (node.inputs.empty()) {
                if (print_) out_ << "<li>" << line << "</li>\n";
                else out_ << "<div class=\"leaf\"" << id_attribute << ">" << line << "</div>\n";
                return;
            }
            if (print_) {
                out_ << "<li>" << line << "\n<ul>\n";
                for (const Derivation* input : node.inputs) this->node(*input, section, false);
                out_ << "</ul></li>\n";
            } else {
                out_ << "<details" << id_attribute << (open ? " open" : "") << "><summary>" << line << "</summary>\n";
                for (const Derivation* input : node.inputs) this->node(*input, section, false);
                out_ << "</details>\n";
            }
        }

    private:
        std::string see(const std::string& element) const {
            const std::string text = esc(writer_.locale_.text("see")) + " (" + esc(element) + ")";
            return print_ ? text : "<a href=\"#e-" + id_of(code_) + "-" + id_of(element) + "\">" + text + "</a>";
        }
        void leaf(const std::string& line) {
            if (print_) out_ << "<li>" << line << "</li>\n";
            else out_ << "<div class=\"leaf\">" << line << "</div>\n";
        }

        const HtmlWriter& writer_;
        std::string code_;
        bool print_;
        std::ostream& out_;
        std::map<const Derivation*, std::string> element_of_;
        std::map<const Derivation*, std::string> shown_;  // → its id
    };

    // The derivation along the elements of Besluit Jeugdwet art. 2.3: folded on
    // screen, written out in full for print.
    void derivation(const ProductPrice& price) {
        const IndexedProduct* indexed = data_.indexed ? data_.indexed->find(price.product->code) : nullptr;
        const int last = data_.indexed ? data_.indexed->last_year : model_.year;
        const Explanation explanation = explain(model_, price, indexed, last);
        std::map<const Derivation*, std::string> element_of;
        for (const auto& element : explanation.elements)
            if (element.root) element_of[element.root] = element.id;

        const std::string& code = price.product->code;
        out_ << "<details class=\"derivation screen-only\"><summary>" << t("Derivation")
             << " — " << t("each value with its rule, scope and place in the model") << "</summary>\n"
             << "<div class=\"elements\">\n";
        elements(explanation, element_of, code, false);
        out_ << "</div>\n</details>\n";
        out_ << "<div class=\"print-only\">\n<h4>" << t("Derivation") << "</h4>\n";
        elements(explanation, element_of, code, true);
        out_ << "</div>\n";
    }

    void elements(const Explanation& explanation, const std::map<const Derivation*, std::string>& element_of,
                  const std::string& code, bool print) {
        Tree tree(*this, code, print, out_);
        tree.set_elements(element_of);
        auto begin = [&](const std::string& id, const std::string& title, bool open) {
            if (print) {
                out_ << "<div class=\"element-print\"><div class=\"title\"><strong>" << title
                     << "</strong></div>\n<ul class=\"ptree tree\">\n";
            } else {
                out_ << "<details class=\"element\" id=\"e-" << id_of(code) << "-" << id_of(id) << "\""
                     << (open ? " open" : "") << "><summary>" << title << "</summary>\n<div class=\"tree\">\n";
            }
        };
        auto end = [&] { out_ << (print ? "</ul></div>\n" : "</div></details>\n"); };

        begin("tariff", capitalised(t("tariff")), true);
        tree.node(*explanation.price.price, "", true);
        end();
        for (const auto& element : explanation.elements) {
            begin(element.id, "(" + esc(element.id) + ") " + t(element.title), false);
            if (element.root) {
                tree.node(*element.root, element.id, true);
            } else if (element.id == "d") {
                indexation(explanation, print);
            }
            end();
        }
    }

    // Element (d): each year's index and the tariff it gives.
    void indexation(const Explanation& explanation, bool print) {
        const char* open_line = print ? "<li>" : "<div class=\"leaf\">";
        const char* close_line = print ? "</li>\n" : "</div>\n";
        if (explanation.indexation.empty()) {
            out_ << open_line << esc(replace_all(locale_.text("none: this is the tariff of the base year {year}."),
                                                 "{year}", std::to_string(model_.year)))
                 << close_line;
            return;
        }
        const IndexPolicy& policy = model_.indexation;
        const bool direct = policy.method == IndexMethod::direct;
        Number previous = explanation.price.tariff->value;
        for (const auto& step : explanation.indexation) {
            std::string line = "<span class=\"dn\">" + std::to_string(step.year) + "</span> " + t("index") + " " +
                               (step.index ? "<span class=\"dv\">" + esc(percent(step.index->index)) +
                                                 "</span> <span class=\"dw\">" + esc(describe(*step.index, policy)) +
                                                 "</span>"
                                           : std::string());
            const std::string source =
                direct ? "tariff_exact × Π(1 + index)"
                       : amount_text(previous) + " × (1 + " + (step.index ? percent(step.index->index) : "") + ")";
            line += "<br><code class=\"df\">" + t("tariff") + " = " + esc(policy.round_tariff.describe()) + " " + t("of") +
                    " " + esc(source) + " = " + esc(amount_text(step.unrounded)) + " → " +
                    esc(amount_text(step.tariff)) + "</code>";
            if (step.price != step.tariff)
                line += " <span class=\"dw\">" + t("per") + " " + unit_text(explanation.product->unit) + ": " +
                        esc(amount_text(step.price)) + "</span>";
            out_ << open_line << line << close_line;
            previous = step.tariff;
        }
    }

    std::string amount_text(const Number& value) const {
        const auto shown = engine::display_amount(value);
        return (shown.approximate ? "≈ " : "") + locale_.number(shown.text);
    }

    // ------------------------------------------------------- indexed tariffs

    void indexed() {
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

    struct Series {
        std::string name;
        std::map<int, Number> values;  // by year
    };

    struct YearBar {
        int year = 0;
        Number total;
        std::optional<Number> frame;
        bool over = false;
        Number over_by;
    };

    // Bars per year, stacked by series, with the totals under the years and,
    // where given, the frame as a line across the years.
    void year_chart(const std::vector<Series>& series, const std::vector<YearBar>& bars, const std::string& who,
                    const char* total_field, const std::string& label) {
        const int width = 1000, height = 310, left = 72, right = 16, top = 26, bottom = 52;
        const int plot_h = height - top - bottom;
        const Number slot = Number(width - left - right) / static_cast<long long>(bars.size());
        const Number bar = slot * Number::fraction(11, 20);
        Number highest;
        for (const auto& b : bars) {
            if (b.total > highest) highest = b.total;
            if (b.frame && *b.frame > highest) highest = *b.frame;
        }
        const Axis axis = axis_for(highest, 5);
        auto y = [&](const Number& v) { return Number(top + plot_h) - v * plot_h / axis.max; };
        const std::string attributes = who.empty() ? "" : " data-provider=\"" + esc(who) + "\"";

        out_ << "<svg class=\"chart years\" viewBox=\"0 0 " << width << " " << height << "\" width=\"" << width
             << "\" height=\"" << height << "\" role=\"img\" aria-label=\"" << esc(label) << "\">\n<g class=\"axis\">\n";
        for (Number v = 0; v <= axis.max; v += axis.step)
            out_ << "<line class=\"grid\" x1=\"" << left << "\" x2=\"" << width - right << "\" y1=\"" << coord(y(v))
                 << "\" y2=\"" << coord(y(v)) << "\"/><text x=\"" << left - 8 << "\" y=\"" << coord(y(v) + 4)
                 << "\" text-anchor=\"end\">" << esc(tick(v, axis.max)) << "</text>\n";
        out_ << "</g>\n";
        for (std::size_t i = 0; i < bars.size(); ++i) {
            const YearBar& b = bars[i];
            const Number x = Number(left) + slot * static_cast<long long>(i) + (slot - bar) / 2;
            const Number centre = x + bar / 2;
            Number cumulative;
            for (std::size_t s = 0; s < series.size(); ++s) {
                auto value = series[s].values.find(b.year);
                if (value == series[s].values.end() || value->second.sign() <= 0) continue;
                const Number from = y(cumulative);
                cumulative += value->second;
                const Number to = y(cumulative);
                out_ << "<rect x=\"" << coord(x) << "\" y=\"" << coord(to) << "\" width=\"" << coord(bar)
                     << "\" height=\"" << coord(from - to) << "\" fill=\"" << colour(s) << "\"><title>"
                     << esc(series[s].name) << " " << b.year << ": " << esc(money(value->second))
                     << "</title></rect>\n";
            }
            if (b.over)
                out_ << "<rect class=\"over\" x=\"" << coord(x) << "\" y=\"" << coord(y(b.total)) << "\" width=\""
                     << coord(bar) << "\" height=\"" << coord(y(0) - y(b.total)) << "\" fill=\"none\"/>\n";
            out_ << "<text x=\"" << coord(centre) << "\" y=\"" << height - bottom + 18 << "\" text-anchor=\"middle\""
                 << (b.over ? " class=\"over\"" : "") << ">" << b.year << "</text>\n";
            out_ << "<text class=\"value" << (b.over ? " over" : "") << "\" x=\"" << coord(centre) << "\" y=\""
                 << height - bottom + 36 << "\" text-anchor=\"middle\"" << attributes << " data-year=\"" << b.year
                 << "\" data-field=\"" << total_field << "\">" << esc(money(b.total)) << "</text>\n";
            if (b.over) {
                Number peak = b.total;
                if (b.frame && *b.frame > peak) peak = *b.frame;
                out_ << "<text class=\"over\" x=\"" << coord(centre) << "\" y=\"" << coord(y(peak) - 22)
                     << "\" text-anchor=\"middle\">" << t("OVER FRAME") << "</text>\n";
                out_ << "<text class=\"over\" x=\"" << coord(centre) << "\" y=\"" << coord(y(peak) - 8)
                     << "\" text-anchor=\"middle\" data-year=\"" << b.year << "\" data-field=\"over\">"
                     << esc(money(b.over_by)) << "</text>\n";
            }
        }
        // the frame: a step line across each year that has one
        std::string points;
        auto flush = [&] {
            if (!points.empty()) out_ << "<polyline class=\"frame\" points=\"" << points << "\"/>\n";
            points.clear();
        };
        for (std::size_t i = 0; i < bars.size(); ++i) {
            if (!bars[i].frame) {
                flush();
                continue;
            }
            const Number x0 = Number(left) + slot * static_cast<long long>(i) + slot / 20;
            const Number x1 = Number(left) + slot * static_cast<long long>(i + 1) - slot / 20;
            const std::string level = coord(y(*bars[i].frame));
            if (!points.empty()) points += " ";
            points += coord(x0) + "," + level + " " + coord(x1) + "," + level;
        }
        flush();
        out_ << "<line class=\"base\" x1=\"" << left << "\" x2=\"" << width - right << "\" y1=\"" << coord(y(0))
             << "\" y2=\"" << coord(y(0)) << "\"/>\n</svg>\n";
    }

    void legend(const std::vector<Series>& series, bool frame) {
        out_ << "<div class=\"legend\">";
        for (std::size_t s = 0; s < series.size(); ++s)
            out_ << "<span style=\"--c:" << colour(s) << "\">" << esc(series[s].name) << "</span>";
        if (frame) out_ << "<span class=\"line\" style=\"--c:var(--ink)\">" << t("frame") << "</span>";
        out_ << "</div>\n";
    }

    void budgets() {
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

    std::string provider_name(const ProviderBudget& provider) const {
        return provider.provider ? provider.provider->name : std::string();
    }

    void provider_budget(const ProviderBudget& provider) {
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
                     << esc(plain(line.volume)) << "</span><span" << who << y << " data-code=\"" << esc(line.code)
                     << "\" data-field=\"line\">" << money(line.amount) << "</span></td>";
            out_ << "<td class=\"num\"" << who << y << " data-field=\"availability\">" << money(year.availability)
                 << "</td><td class=\"num\"" << who << y << " data-field=\"budget\"><strong>" << money(year.total)
                 << "</strong></td></tr>\n";
        }
        out_ << "</tbody>\n</table>\n</div>\n";
    }

    // ------------------------------------------------------------ allocation

    void allocation() {
        const Allocation& allocation = *data_.allocation;
        out_ << "<section id=\"allocation\">\n<h2>" << t("allocation") << " " << allocation.year << "</h2>\n";
        out_ << "<p class=\"meta\"><span>" << t("total") << " " << money(allocation.total) << "</span><span>"
             << t("key") << " " << esc(to_string(allocation.key)) << "</span>";
        if (!allocation.basis.empty()) out_ << "<span>" << esc(allocation.basis) << "</span>";
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
            out_ << "<tr><td>" << esc(share.name) << "</td><td class=\"num\">" << plain(share.weight)
                 << "</td><td class=\"num\">" << plain(share.exact) << "</td>";
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
                  "remainders, ties to the municipality listed first. The parts add up to the total exactly.")
             << "</p>\n</div>\n</section>\n";
    }

    const ReportData& data_;
    const Model& model_;
    const Locale& locale_;
    std::ostream& out_;
};

}  // namespace

void write_html(const ReportData& data, const Locale& locale, std::ostream& out) {
    HtmlWriter(data, locale, out).write();
}

}  // namespace tariffs
