// An explanation written as an indented derivation (text) or as JSON.
#pragma once

#include "tariffs/pricing/explanation.hpp"

#include <ostream>

namespace tariffs {

enum class ExplainFormat { text, json };

void write_explanation(const Explanation& explanation, ExplainFormat format, std::ostream& out);

}  // namespace tariffs
