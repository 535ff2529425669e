// How a report says the way a year's index was found (describe()), in its locale.
#pragma once

#include "tariffs/analyses/sensitivity.hpp"
#include "tariffs/pricing/indexation.hpp"
#include "tariffs/reports/i18n/locale.hpp"

namespace tariffs {

// describe()'s words in `locale`'s language, with its numbers.
IndexWording index_wording(const Locale& locale);

// How a report names an input a tariff was moved by: as `--set` names it, an
// index figure in the locale's words (`index OVA 2026 voorlopig`).
std::string input_label(const InputEffect& effect, const Locale& locale);

}  // namespace tariffs
