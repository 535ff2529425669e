#include "tariffs/reports/html/allocation_section.hpp"

#include "tariffs/reports/allocation_wording.hpp"
#include "tariffs/reports/html/chart_axis.hpp"
#include "tariffs/reports/html/markup.hpp"

namespace tariffs::html {

std::string AllocationSection::t(std::string_view english) const { return esc(locale_.text(english)); }

void AllocationSection::write() {
    const Allocation& allocation = allocation_;
    out_ << "<section id=\"allocation\">\n<h2>" << t("allocation") << " " << allocation.year << "</h2>\n";
    out_ << "<p class=\"meta\"><span>" << t("total") << " " << format_.money(allocation.total) << "</span><span>"
         << t("key") << " " << t(to_string(allocation.key)) << "</span>";
    out_ << "<span>" << esc(basis_text(allocation, locale_)) << "</span>";
    out_ << "</p>\n";
    chart();
    table();
}

void AllocationSection::chart() {
    const Allocation& allocation = allocation_;
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
             << "\" data-field=\"amount\">" << esc(format_.money(share.amount)) << "</text>\n";
    }
    out_ << "<line class=\"base\" x1=\"" << left << "\" x2=\"" << left << "\" y1=\"" << top << "\" y2=\""
         << height - top << "\"/>\n</svg>\n";
}

void AllocationSection::table() {
    const Allocation& allocation = allocation_;
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
        out_ << "<tr><td>" << esc(share.name) << "</td><td class=\"num\">" << format_.count(share.weight)
             << "</td><td class=\"num\">" << format_.money(share.exact) << "</td>";
        if (insurance)
            out_ << "<td class=\"num\">" << format_.money(share.premium) << "</td><td class=\"num\">" << format_.money(share.use)
                 << "</td><td class=\"num\"" << who << " data-field=\"refund\">" << format_.money(share.refund)
                 << "</td><td class=\"num\">" << format_.money(share.deficit) << "</td>";
        out_ << "<td class=\"num\"" << who << " data-field=\"amount\"><strong>" << format_.money(share.amount)
             << "</strong></td></tr>\n";
    }
    out_ << "</tbody>\n<tfoot><tr class=\"total\"><td colspan=\"3\"><strong>" << t("total") << "</strong></td>";
    if (insurance)
        out_ << "<td class=\"num\">" << format_.money(premium) << "</td><td class=\"num\">" << format_.money(use)
             << "</td><td class=\"num\">" << format_.money(refund) << "</td><td class=\"num\">" << format_.money(deficit) << "</td>";
    out_ << "<td class=\"num\"><strong>" << format_.money(amount) << "</strong></td></tr></tfoot>\n</table>\n";
    if (insurance)
        out_ << "<p class=\"note\">" << t("use") << " " << format_.money(allocation.use) << " · " << t("surplus") << " "
             << format_.money(allocation.surplus) << " · " << t("no-claim pool") << " " << format_.money(allocation.pool) << " · "
             << t("deficit") << " " << format_.money(allocation.deficit) << "</p>\n";
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
