#include "tariffs/reports/index_wording.hpp"

#include <string>

namespace tariffs {

IndexWording index_wording(const Locale& locale) {
    IndexWording words;
    if (!locale.dutch) return words;
    words.applied = "vastgesteld";
    words.provisional = "voorlopig";
    words.definitive = "definitief";
    words.correction_points = "correctie (punten)";
    words.correction_ratio = "correctie (verhouding)";
    words.rounded = "afgerond";
    words.not_published = "(niet gepubliceerd)";
    words.number = [locale](const std::string& text) { return locale.number(text); };
    words.no_correction_by_policy = "het beleid past geen correctie toe";
    words.no_correction_figures = "geen correctie: de definitieve en voorlopige cijfers van {year} zijn niet allebei bekend";
    return words;
}

}  // namespace tariffs
