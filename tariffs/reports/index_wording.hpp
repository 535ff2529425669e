// How a report says the way a year's index was found (describe()), in its locale.
#pragma once

#include "tariffs/pricing/indexation.hpp"
#include "tariffs/reports/i18n/locale.hpp"

namespace tariffs {

// describe()'s words in `locale`'s language, with its numbers.
IndexWording index_wording(const Locale& locale);

}  // namespace tariffs
