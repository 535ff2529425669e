// How a report says what an allocation's weights are, in its locale.
#pragma once

#include "tariffs/pricing/allocation.hpp"
#include "tariffs/pricing/forecast.hpp"
#include "tariffs/reports/i18n/locale.hpp"

#include <string>

namespace tariffs {

// `young_people 2023–2025`; for insurance `premiums by young_people 2023–2025,
// settled against usage 2026`.
std::string basis_text(const Allocation& allocation, const Locale& locale = default_locale);

// How a figure was carried forward: `last given (2025)`, `moving average of
// 2023–2025, to the cent`.
std::string carried_how(const CarriedFigure& figure, const Locale& locale = default_locale);

// The figure's name: a metric as the model names it, `objective`, `usage (projected)`.
std::string carried_name(const CarriedFigure& figure, const Locale& locale = default_locale);

// A figure of the method (`usage`, `objective`) in the locale's words; a
// model's own metric (`young_people`) as named.
std::string method_figure_name(const std::string& figure, const Locale& locale = default_locale);

}  // namespace tariffs
