// An explanation written as an indented derivation (text) or as JSON.
#pragma once

#include "tariffs/pricing/explanation.hpp"
#include "tariffs/reports/i18n/locale.hpp"

#include <ostream>
#include <string>

namespace tariffs {

enum class ExplainFormat { text, json };

// Text in `locale`'s language and numbers; JSON is never localised.
// How an element is marked where it is shown: `(a)` … `(d)` as the method letters them,
// and the risk surcharge, which the method does not letter, by a word in the locale.
std::string element_mark(const std::string& id, const Locale& locale);

void write_explanation(const Explanation& explanation, ExplainFormat format, std::ostream& out,
                       const Locale& locale = default_locale);

}  // namespace tariffs
