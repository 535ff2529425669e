// An explanation written as an indented derivation (text) or as JSON.
#pragma once

#include "tariffs/pricing/explanation.hpp"
#include "tariffs/reports/locale.hpp"

#include <ostream>

namespace tariffs {

enum class ExplainFormat { text, json };

// Text in `locale`'s language and numbers; JSON is never localised.
void write_explanation(const Explanation& explanation, ExplainFormat format, std::ostream& out,
                       const Locale& locale = default_locale);

}  // namespace tariffs
