#include "tariffs/reports/html/price_sheet_section.hpp"

#include "tariffs/reports/html/markup.hpp"

namespace tariffs::html {

std::string PriceSheetSection::t(std::string_view english) const { return esc(locale_.text(english)); }

std::string PriceSheetSection::part(const std::optional<Number>& value) const {
    return value ? format_.bare_money(*value) : std::string();
}

void PriceSheetSection::write() {
    out_ << "<section id=\"price-sheet\">\n<h2>" << t("price sheet") << " " << sheet_.year << "</h2>\n";
    out_ << "<table class=\"sheet\">\n<thead><tr><th>" << t("code") << "</th><th>" << t("name") << "</th><th>"
         << t("kind") << "</th><th>" << t("unit") << " (" << t("iJw") << ")</th><th>" << t("category")
         << "</th><th class=\"num\">" << t("tariff") << "</th><th>" << t("build-up per") << "</th><th class=\"num\">"
         << t("staff cost") << "</th><th class=\"num\">" << t("client cost") << "</th><th class=\"num\">"
         << t("overhead") << "</th><th class=\"num\">" << t("risk") << "</th></tr></thead>\n<tbody>\n";
    for (const auto& line : sheet_.lines) {
        out_ << "<tr><td class=\"code\"><a href=\"#p-" << id_of(line.code) << "\">" << esc(line.code)
             << "</a></td><td class=\"name\">" << esc(line.name) << "</td><td>" << locale_.kind(line.kind) << "</td><td>"
             << t(line.unit) << " (" << esc(line.ijw_unit) << ")</td><td>" << esc(line.category)
             << "</td><td class=\"num\"" << field(line.code, "tariff") << "><strong>" << format_.bare_tariff(line.tariff)
             << "</strong></td><td>" << t(line.base_unit) << "</td><td class=\"num\""
             << field(line.code, "staff_cost") << ">" << part(line.staff_cost) << "</td><td class=\"num\""
             << field(line.code, "client_cost") << ">" << part(line.client_cost) << "</td><td class=\"num\""
             << field(line.code, "overhead") << ">" << part(line.overhead) << "</td><td class=\"num\""
             << field(line.code, "risk") << ">" << part(line.risk) << "</td></tr>\n";
    }
    out_ << "</tbody>\n</table>\n<p class=\"note\">" << t("Amounts in euros.") << " "
         << t("The tariff is per unit, rounded as its rule says. The build-up is exact and per the unit under "
              "“build-up per”; a minute tariff derives from the rounded hourly tariff (iJw).")
         << "</p>\n</section>\n";
}

}  // namespace tariffs::html
