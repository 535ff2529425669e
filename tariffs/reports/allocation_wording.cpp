#include "tariffs/reports/allocation_wording.hpp"

namespace tariffs {

namespace {

// `young_people 2023–2025`; the method's own figures in the locale's words (`gebruik 2026`).
std::string figure_years(const FigureYears& basis, const Locale& locale) {
    FigureYears shown = basis;
    if (locale.dutch && (shown.figure == "usage" || shown.figure == "objective"))
        shown.figure = locale.text(shown.figure + " (figure)");
    return shown.to_string();
}

}  // namespace

std::string basis_text(const Allocation& allocation, const Locale& locale) {
    if (!allocation.settled_against) return figure_years(allocation.basis, locale);
    return locale.text("premiums by {weights}, settled against {use}",
                       {{"{weights}", figure_years(allocation.basis, locale)},
                        {"{use}", figure_years(*allocation.settled_against, locale)}});
}

std::string carried_how(const CarriedFigure& figure, const Locale& locale) {
    if (figure.from_years.empty()) return "";
    const std::string first = std::to_string(figure.from_years.front()), last = std::to_string(figure.from_years.back());
    if (figure.last_given) return locale.text("last given ({year})", {{"{year}", last}});
    const std::string years = first == last ? first : first + "–" + last;
    return locale.text(figure.in_cents ? "moving average of {years}, to the cent" : "moving average of {years}",
                       {{"{years}", years}});
}

std::string carried_name(const CarriedFigure& figure, const Locale& locale) {
    if (figure.figure == "usage (projected)") return locale.text(figure.figure);
    if (figure.figure == "objective" && locale.dutch) return locale.text("objective (figure)");
    return figure.figure;
}

}  // namespace tariffs
