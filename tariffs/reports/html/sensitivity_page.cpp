#include "tariffs/reports/index_wording.hpp"
#include "tariffs/reports/html/sensitivity_page.hpp"

#include "tariffs/reports/html/chart_axis.hpp"
#include "tariffs/reports/html/markup.hpp"
#include "tariffs/reports/html/page_frame.hpp"

#include <algorithm>

namespace tariffs::html {

void SensitivityPage::write() {
    page_start(model_,
               {locale_.text("sensitivity"),
                locale_.text("tariffs of {year}", {{"{year}", std::to_string(sensitivity_.year)}})},
               locale_, out_);
    out_ << "<p class=\"lead\">"
         << t("Each input the tariff is derived from, moved down and up with everything else as the model has it. "
              "The bars run from the tariff with the input moved down to the tariff with it moved up, around the "
              "tariff as it is; the elasticity is the percent change of the unrounded tariff per percent change of "
              "the input, exactly.")
         << "</p>\n</header>\n";
    for (const auto& product : sensitivity_.products)
        section("p-" + id_of(product.code), product.code + " " + product.name, product.tariff,
                locale_.text("per") + " " + locale_.text(product.unit), product.inputs, true);
    if (sensitivity_.budget)
        section("budget",
                locale_.text("Budget") + " " + std::to_string(sensitivity_.budget->year) + ", " +
                    locale_.text("all providers"),
                sensitivity_.budget->total, "", sensitivity_.budget->inputs, false);
    page_end(model_, locale_, out_);
}

std::string SensitivityPage::t(std::string_view english) const { return esc(locale_.text(english)); }

std::string SensitivityPage::amount(const Number& value) const { return esc(format_.unmarked_tariff(value)); }

std::string SensitivityPage::elasticity_text(const std::optional<Number>& value) const {
    return value ? esc(format_.decimal(*value, 4)) : "—";
}

void SensitivityPage::section(const std::string& id, const std::string& title, const Number& base,
                              const std::string& per, const std::vector<InputEffect>& inputs, bool elasticity) {
    out_ << "<section id=\"" << id << "\">\n<h2>" << esc(title) << ": " << amount(base)
         << (per.empty() ? "" : " " + esc(per)) << "</h2>\n";
    tornado(base, inputs);
    out_ << "<table>\n<thead><tr><th>" << t("input") << "</th><th class=\"num\">" << t("value")
         << "</th><th class=\"num\">" << t("down") << "</th><th class=\"num\">" << t("up")
         << "</th><th class=\"num\">" << t("swing") << "</th>"
         << (elasticity ? "<th class=\"num\">" + t("elasticity") + "</th>" : "") << "</tr></thead>\n<tbody>\n";
    for (const auto& effect : inputs) {
        const bool both = effect.low_result && effect.high_result;
        out_ << "<tr><td><code>" << esc(input_label(effect, locale_)) << "</code></td><td class=\"num\">" << esc(locale_.number(effect.value))
             << "</td><td class=\"num\">" << (effect.low_result ? amount(*effect.low_result) : "—")
             << "</td><td class=\"num\">" << (effect.high_result ? amount(*effect.high_result) : "—")
             << "</td><td class=\"num\">" << (both ? amount(effect.swing()) : "—") << "</td>";
        if (elasticity) out_ << "<td class=\"num\">" << elasticity_text(effect.elasticity) << "</td>";
        out_ << "</tr>\n";
    }
    out_ << "</tbody>\n</table>\n</section>\n";
}

void SensitivityPage::tornado(const Number& base, const std::vector<InputEffect>& inputs) {
    std::vector<const InputEffect*> bars;
    for (const auto& effect : inputs)
        if (effect.low_result && effect.high_result && effect.swing().sign() != 0 && bars.size() < max_bars)
            bars.push_back(&effect);
    if (bars.empty()) return;
    Number reach;  // the largest distance from the base
    for (const InputEffect* effect : bars)
        for (const Number& result : {*effect->low_result, *effect->high_result}) {
            const Number distance = result > base ? result - base : base - result;
            reach = std::max(reach, distance);
        }
    const Axis axis = axis_for(reach);
    const Number label = 280, half = 220, centre = label + half, row = 22;
    const Number height = Number(static_cast<long long>(bars.size())) * row + Number(30);
    out_ << "<svg class=\"chart tornado\" viewBox=\"0 0 " << coord(label + half * Number(2) + Number(20)) << " "
         << coord(height) << "\" role=\"img\" aria-label=\"" << t("tornado chart") << "\">\n";
    for (std::size_t i = 0; i < bars.size(); ++i) {
        const InputEffect& effect = *bars[i];
        const Number y = Number(static_cast<long long>(i)) * row;
        const auto x_of = [&](const Number& result) { return centre + (result - base) / axis.max * half; };
        const Number low = std::min(*effect.low_result, *effect.high_result);
        const Number high = std::max(*effect.low_result, *effect.high_result);
        out_ << "<text x=\"" << coord(label - Number(8)) << "\" y=\"" << coord(y + Number(15))
             << "\" text-anchor=\"end\" font-size=\"12\">" << esc(input_label(effect, locale_)) << "</text>\n";
        // The part below the base is the input moved one way, the part above the other.
        const bool up_raises = *effect.high_result > *effect.low_result;
        if (low < base)
            out_ << "<rect x=\"" << coord(x_of(low)) << "\" y=\"" << coord(y + Number(4)) << "\" width=\""
                 << coord(x_of(base) - x_of(low)) << "\" height=\"14\" fill=\"" << colour(up_raises ? 1 : 0)
                 << "\"><title>" << esc(input_label(effect, locale_)) << " " << t(up_raises ? "down" : "up") << ": "
                 << amount(low) << "</title></rect>\n";
        if (high > base)
            out_ << "<rect x=\"" << coord(x_of(base)) << "\" y=\"" << coord(y + Number(4)) << "\" width=\""
                 << coord(x_of(high) - x_of(base)) << "\" height=\"14\" fill=\"" << colour(up_raises ? 0 : 1)
                 << "\"><title>" << esc(input_label(effect, locale_)) << " " << t(up_raises ? "up" : "down") << ": "
                 << amount(high) << "</title></rect>\n";
    }
    out_ << "<line x1=\"" << coord(centre) << "\" y1=\"0\" x2=\"" << coord(centre) << "\" y2=\""
         << coord(height - Number(22)) << "\" stroke=\"#333\"/>\n<text x=\"" << coord(centre) << "\" y=\""
         << coord(height - Number(6)) << "\" font-size=\"11\" text-anchor=\"middle\">" << amount(base)
         << "</text>\n</svg>\n<div class=\"legend\"><span style=\"--c:" << colour(0)
         << "\">" << t("input moved up") << "</span><span style=\"--c:" << colour(1) << "\">"
         << t("input moved down") << "</span></div>\n";
}

}  // namespace tariffs::html
