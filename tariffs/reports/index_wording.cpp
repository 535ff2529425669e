#include "tariffs/reports/index_wording.hpp"

#include <string>

namespace tariffs {

IndexWording index_wording(const Locale& locale) {
    IndexWording words;
    if (!locale.dutch) return words;
    for (std::string* word : {&words.applied, &words.provisional, &words.definitive, &words.correction_points,
                              &words.correction_ratio, &words.index, &words.rounded, &words.not_published,
                              &words.no_correction_by_policy, &words.no_correction_figures})
        *word = locale.text(*word);
    words.number = [locale](const std::string& text) { return locale.number(text); };
    return words;
}

std::string input_label(const InputEffect& effect, const Locale& locale) {
    return effect.label.empty() ? effect.input : locale.say(effect.label);
}

}  // namespace tariffs
