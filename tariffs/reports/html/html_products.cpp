#include "tariffs/reports/html/html_writer.hpp"

#include "engine/decimal.hpp"
#include "tariffs/model/ijw.hpp"

namespace tariffs::html {

// ----------------------------------------------------------- price sheet

std::string HtmlWriter::field(const std::string& code, const char* name) {
    return " data-code=\"" + esc(code) + "\" data-field=\"" + name + "\"";
}

void HtmlWriter::price_sheet() {
    const PriceSheet& sheet = data_.sheet;
    out_ << "<section id=\"price-sheet\">\n<h2>" << t("price sheet") << " " << sheet.year << "</h2>\n";
    out_ << "<table class=\"sheet\">\n<thead><tr><th>" << t("code") << "</th><th>" << t("name") << "</th><th>"
         << t("kind") << "</th><th>" << t("unit") << " (" << t("iJw") << ")</th><th>" << t("category")
         << "</th><th class=\"num\">" << t("tariff") << "</th><th>" << t("build-up per") << "</th><th class=\"num\">"
         << t("staff cost") << "</th><th class=\"num\">" << t("client cost") << "</th><th class=\"num\">"
         << t("overhead") << "</th><th class=\"num\">" << t("risk") << "</th></tr></thead>\n<tbody>\n";
    for (const auto& line : sheet.lines) {
        out_ << "<tr><td class=\"code\"><a href=\"#p-" << id_of(line.code) << "\">" << esc(line.code)
             << "</a></td><td class=\"name\">" << esc(line.name) << "</td><td>" << locale_.kind(line.kind) << "</td><td>"
             << unit_text(line.unit) << " (" << esc(line.ijw_unit) << ")</td><td>" << esc(line.category)
             << "</td><td class=\"num\"" << field(line.code, "tariff") << "><strong>" << bare_tariff(line.tariff)
             << "</strong></td><td>" << unit_text(line.base_unit) << "</td><td class=\"num\""
             << field(line.code, "staff_cost") << ">" << bare_part(line.staff_cost) << "</td><td class=\"num\""
             << field(line.code, "client_cost") << ">" << bare_part(line.client_cost) << "</td><td class=\"num\""
             << field(line.code, "overhead") << ">" << bare_part(line.overhead) << "</td><td class=\"num\""
             << field(line.code, "risk") << ">" << bare_part(line.risk) << "</td></tr>\n";
    }
    out_ << "</tbody>\n</table>\n<p class=\"note\">" << t("Amounts in euros.") << " "
         << t("The tariff is per unit, rounded as its rule says. The build-up is exact and per the unit under "
              "“build-up per”; a minute tariff derives from the rounded hourly tariff (iJw).")
         << "</p>\n</section>\n";
}

// -------------------------------------------------------------- products

void HtmlWriter::products() {
    out_ << "<section id=\"products\">\n<h2>" << t("build-up per product") << "</h2>\n";
    for (const auto& price : data_.prices) product(price);
    out_ << "</section>\n";
}

void HtmlWriter::product(const ProductPrice& price) {
    const Product& product = *price.product;
    const Unit* unit = find_unit(product.unit);
    const std::string base_unit = base_unit_of(product);
    out_ << "<section class=\"product\" id=\"p-" << id_of(product.code) << "\">\n<div class=\"headline\"><div><h3>"
         << esc(product.code) << " — " << esc(product.name) << "</h3>\n<div class=\"meta\"><span>"
         << locale_.kind(product.kind) << "</span><span>" << t("per") << " " << unit_text(product.unit);
    if (unit) out_ << " (" << t("iJw") << " " << esc(unit->ijw_code) << ")";
    out_ << "</span>";
    if (!product.category.empty()) out_ << "<span>" << t("category") << " " << esc(product.category) << "</span>";
    out_ << "</div></div>\n<div class=\"price\"><span" << field(product.code, "tariff") << ">"
         << tariff(price.price.value) << "</span> <small>" << t("per") << " " << unit_text(product.unit)
         << "</small></div></div>\n";
    if (base_unit != product.unit)
        out_ << "<p class=\"note\">"
             << esc(locale_.text("The build-up is per {base}; the tariff per {unit} derives from the rounded tariff "
                                 "per {base}.",
                                 {{"{base}", locale_.text(base_unit)}, {"{unit}", locale_.text(product.unit)}}))
             << "</p>\n";
    out_ << "<div class=\"buildup\">\n";
    waterfall(price, base_unit);
    buildup_table(price, base_unit);
    out_ << "</div>\n";
    derivation(price);
    out_ << "</section>\n";
}

std::string HtmlWriter::base_unit_of(const Product& product) const {
    for (const auto& line : data_.sheet.lines)
        if (line.code == product.code) return line.base_unit;
    return product.unit;
}

std::string HtmlWriter::bare_part(const std::optional<Number>& value) const {
    return value ? bare_money(*value) : std::string();
}

std::vector<HtmlWriter::Step> HtmlWriter::steps_of(const ProductPrice& price) const {
    std::vector<Step> steps;
    const auto add = [&](const char* field, const char* label, const char* colour, const std::optional<engine::Figure>& part,
                         const char* element) {
        if (part) steps.push_back({field, label, colour, part->value, element});
    };
    add("staff_cost", "staff cost", "var(--staff)", price.staff_cost, "(a)");
    add("client_cost", "client cost", "var(--client)", price.client_cost, "(b)");
    add("overhead", "overhead", "var(--overhead)", price.overhead, "(c)");
    add("risk", "risk", "var(--risk)", price.risk, "");
    return steps;
}

void HtmlWriter::waterfall(const ProductPrice& price, const std::string& base_unit) {
    const std::string& code = price.product->code;
    const std::vector<Step> steps = steps_of(price);
    const Number& full = price.tariff.value;
    const int width = 620, height = 320, left = 64, right = 12, top = 28, bottom = 54;
    const int plot_h = height - top - bottom;
    const auto bars = static_cast<long long>(steps.size()) + 1;  // each step, then the tariff
    const Number slot = Number(width - left - right) / bars;
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
    const Number x = Number(left) + slot * (bars - 1) + (slot - bar) / 2;
    out_ << "<rect x=\"" << coord(x) << "\" y=\"" << coord(y(full)) << "\" width=\"" << coord(bar)
         << "\" height=\"" << coord(y(0) - y(full)) << "\" fill=\"var(--tariff)\"/>\n";
    out_ << "<text class=\"value\" x=\"" << coord(x + bar / 2) << "\" y=\"" << coord(y(full) - 6)
         << "\" text-anchor=\"middle\"" << field(code, "base_tariff") << ">" << esc(tariff(full)) << "</text>\n";
    category_label(x + bar / 2, height - bottom + 18, locale_.text("tariff") + " " + locale_.text("per") + " " +
                                                           locale_.text(base_unit));
    out_ << "<line class=\"base\" x1=\"" << left << "\" x2=\"" << width - right << "\" y1=\"" << coord(y(0))
         << "\" y2=\"" << coord(y(0)) << "\"/>\n</svg>\n";
}

void HtmlWriter::buildup_table(const ProductPrice& price, const std::string& base_unit) {
    const std::string& code = price.product->code;
    out_ << "<table>\n<thead><tr><th>" << t("build-up per") << " " << unit_text(base_unit)
         << "</th><th class=\"num\">" << t("amount") << "</th></tr></thead>\n<tbody>\n";
    for (const Step& step : steps_of(price))
        out_ << "<tr><td><span class=\"key\" style=\"background:" << step.colour << "\"></span>" << step.element
             << (step.element[0] ? " " : "") << t(step.label) << "</td><td class=\"num\"" << field(code, step.field)
             << ">" << money(step.value) << "</td></tr>\n";
    if (price.tariff_exact)
        out_ << "<tr><td>" << t("tariff, exact") << "</td><td class=\"num\"" << field(code, "tariff_exact") << ">"
             << money(price.tariff_exact->value) << "</td></tr>\n";
    out_ << "<tr class=\"total\"><td><span class=\"key\" style=\"background:var(--tariff)\"></span>" << t("tariff")
         << " " << t("per") << " " << unit_text(base_unit) << "</td><td class=\"num\""
         << field(code, "base_tariff") << ">" << tariff(price.tariff.value) << "</td></tr>\n";
    if (!price.priced_per_tariff())
        out_ << "<tr class=\"total\"><td>" << t("tariff") << " " << t("per") << " " << unit_text(price.product->unit)
             << "</td><td class=\"num\"" << field(code, "tariff") << ">" << tariff(price.price.value)
             << "</td></tr>\n";
    out_ << "</tbody>\n</table>\n";
}

}  // namespace tariffs::html
