#include "tariffs/reports/html/year_chart.hpp"

#include "tariffs/reports/html/chart_axis.hpp"
#include "tariffs/reports/html/markup.hpp"

namespace tariffs::html {

void YearChart::write(const std::vector<YearBar>& bars, const std::string& who, const char* total_field,
                      const std::string& label) {
    const std::vector<Series>& series = series_;
    const Locale& locale = format_.locale();
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
             << "\" text-anchor=\"end\">" << esc(tick_label(v, axis, locale)) << "</text>\n";
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
                 << esc(series[s].name) << " " << b.year << ": " << esc(format_.money(value->second))
                 << "</title></rect>\n";
        }
        if (b.over)
            out_ << "<rect class=\"over\" x=\"" << coord(x) << "\" y=\"" << coord(y(b.total)) << "\" width=\""
                 << coord(bar) << "\" height=\"" << coord(y(0) - y(b.total)) << "\" fill=\"none\"/>\n";
        out_ << "<text x=\"" << coord(centre) << "\" y=\"" << height - bottom + 18 << "\" text-anchor=\"middle\""
             << (b.over ? " class=\"over\"" : "") << ">" << b.year << "</text>\n";
        out_ << "<text class=\"value" << (b.over ? " over" : "") << "\" x=\"" << coord(centre) << "\" y=\""
             << height - bottom + 36 << "\" text-anchor=\"middle\"" << attributes << " data-year=\"" << b.year
             << "\" data-field=\"" << total_field << "\">" << esc(format_.money(b.total)) << "</text>\n";
        if (b.over) {
            Number peak = b.total;
            if (b.frame && *b.frame > peak) peak = *b.frame;
            out_ << "<text class=\"over\" x=\"" << coord(centre) << "\" y=\"" << coord(y(peak) - 22)
                 << "\" text-anchor=\"middle\">" << esc(locale.text("OVER FRAME")) << "</text>\n";
            out_ << "<text class=\"over\" x=\"" << coord(centre) << "\" y=\"" << coord(y(peak) - 8)
                 << "\" text-anchor=\"middle\" data-year=\"" << b.year << "\" data-field=\"over\">"
                 << esc(format_.money(b.over_by)) << "</text>\n";
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

void YearChart::legend(bool frame) {
    out_ << "<div class=\"legend\">";
    for (std::size_t s = 0; s < series_.size(); ++s)
        out_ << "<span style=\"--c:" << colour(s) << "\">" << esc(series_[s].name) << "</span>";
    if (frame) out_ << "<span class=\"line\" style=\"--c:var(--ink)\">" << esc(format_.locale().text("frame")) << "</span>";
    out_ << "</div>\n";
}

}  // namespace tariffs::html
