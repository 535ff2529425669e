#include "tariffs/reports/html/product_section.hpp"

#include "tariffs/model/ijw.hpp"
#include "tariffs/reports/html/chart_axis.hpp"
#include "tariffs/reports/html/derivation_section.hpp"
#include "tariffs/reports/html/markup.hpp"

namespace tariffs::html {

std::string ProductSection::t(std::string_view english) const { return esc(locale_.text(english)); }

void ProductSection::write(const ProductPrice& price) {
    const Product& product = *price.product;
    const Unit* unit = find_unit(product.unit);
    const std::string base_unit = base_unit_of(product);
    out_ << "<section class=\"product\" id=\"p-" << id_of(product.code) << "\">\n<div class=\"headline\"><div><h3>"
         << esc(product.code) << " — " << esc(product.name) << "</h3>\n<div class=\"meta\"><span>"
         << locale_.kind(product.kind) << "</span><span>" << t("per") << " " << t(product.unit);
    if (unit) out_ << " (" << t("iJw") << " " << esc(unit->ijw_code) << ")";
    out_ << "</span>";
    if (!product.category.empty()) out_ << "<span>" << t("category") << " " << esc(product.category) << "</span>";
    out_ << "</div></div>\n<div class=\"price\"><span" << field(product.code, "tariff") << ">"
         << format_.tariff(price.price.value) << "</span> <small>" << t("per") << " " << t(product.unit)
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
    DerivationSection(data_, format_, out_).write(price);
    out_ << "</section>\n";
}

std::string ProductSection::base_unit_of(const Product& product) const {
    for (const auto& line : data_.sheet.lines)
        if (line.code == product.code) return line.base_unit;
    return product.unit;
}

std::vector<ProductSection::Step> ProductSection::steps_of(const ProductPrice& price) {
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

void ProductSection::waterfall(const ProductPrice& price, const std::string& base_unit) {
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
             << "\" text-anchor=\"end\">" << esc(tick_label(v, axis, locale_)) << "</text>\n";
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
             << "\" text-anchor=\"middle\"" << field(code, steps[i].field) << ">" << esc(format_.money(steps[i].value))
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
         << "\" text-anchor=\"middle\"" << field(code, "base_tariff") << ">" << esc(format_.tariff(full)) << "</text>\n";
    category_label(x + bar / 2, height - bottom + 18, locale_.text("tariff") + " " + locale_.text("per") + " " +
                                                           locale_.text(base_unit));
    out_ << "<line class=\"base\" x1=\"" << left << "\" x2=\"" << width - right << "\" y1=\"" << coord(y(0))
         << "\" y2=\"" << coord(y(0)) << "\"/>\n</svg>\n";
}

void ProductSection::buildup_table(const ProductPrice& price, const std::string& base_unit) {
    const std::string& code = price.product->code;
    out_ << "<table>\n<thead><tr><th>" << t("build-up per") << " " << t(base_unit)
         << "</th><th class=\"num\">" << t("amount") << "</th></tr></thead>\n<tbody>\n";
    for (const Step& step : steps_of(price))
        out_ << "<tr><td><span class=\"key\" style=\"background:" << step.colour << "\"></span>" << step.element
             << (step.element[0] ? " " : "") << t(step.label) << "</td><td class=\"num\"" << field(code, step.field)
             << ">" << format_.money(step.value) << "</td></tr>\n";
    if (price.tariff_exact)
        out_ << "<tr><td>" << t("tariff, exact") << "</td><td class=\"num\"" << field(code, "tariff_exact") << ">"
             << format_.money(price.tariff_exact->value) << "</td></tr>\n";
    out_ << "<tr class=\"total\"><td><span class=\"key\" style=\"background:var(--tariff)\"></span>" << t("tariff")
         << " " << t("per") << " " << t(base_unit) << "</td><td class=\"num\""
         << field(code, "base_tariff") << ">" << format_.tariff(price.tariff.value) << "</td></tr>\n";
    if (!price.priced_per_tariff())
        out_ << "<tr class=\"total\"><td>" << t("tariff") << " " << t("per") << " " << t(price.product->unit)
             << "</td><td class=\"num\"" << field(code, "tariff") << ">" << format_.tariff(price.price.value)
             << "</td></tr>\n";
    out_ << "</tbody>\n</table>\n";
}

void ProductSection::category_label(const Number& x, int y, const std::string& text) {
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

}  // namespace tariffs::html
