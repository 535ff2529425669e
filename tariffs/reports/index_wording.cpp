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
    words.note = [](const std::string& note) {
        const std::string figures = "no correction: the definitive and provisional figures of ";
        if (note.rfind(figures, 0) == 0)
            return "geen correctie: de definitieve en voorlopige cijfers van " +
                   note.substr(figures.size(), note.find(' ', figures.size()) - figures.size()) +
                   " zijn niet allebei bekend";
        if (note == "the policy applies no correction") return std::string("het beleid past geen correctie toe");
        return note;
    };
    return words;
}

}  // namespace tariffs
