#include "tariffs/reports/allocation_wording.hpp"

namespace tariffs {

namespace {

// `young_people 2023–2025`; the method's own figures in the locale's words (`gebruik 2026`).
std::string figure_years(const FigureYears& basis, const Locale& locale) {
    FigureYears shown = basis;
    shown.figure = method_figure_name(shown.figure, locale);
    return shown.to_string();
}

}  // namespace

std::string method_figure_name(const std::string& figure, const Locale& locale) {
    if (!locale.dutch) return figure;
    if (figure == "usage") return locale.text("usage (figure)");
    if (figure == "objective") return locale.text("objective (figure)");
    return figure;
}

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
    return method_figure_name(figure.figure, locale);
}

}  // namespace tariffs
