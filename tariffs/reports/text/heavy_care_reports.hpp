// Reports of indexation, budgets and allocations, in every report format.
#pragma once

#include "tariffs/pricing/allocation.hpp"
#include "tariffs/pricing/budgets.hpp"
#include "tariffs/pricing/indexed_tariffs.hpp"
#include "tariffs/reports/i18n/locale.hpp"
#include "tariffs/model/model.hpp"
#include "tariffs/reports/report_format.hpp"

#include <optional>
#include <ostream>

namespace tariffs {

// The price sheet of each year from `from` to `to`, with each year's applied
// index and how it was computed.
void write_index(const Model& model, const IndexedTariffs& tariffs, int from, int to, ReportFormat format,
                 std::ostream& out, const Locale& locale = default_locale);

// Per provider and year the lines, availability and total; per year the sum
// against the frame. `year`: only that year.
void write_budgets(const Model& model, const Budgets& budgets, std::optional<int> year, ReportFormat format,
                   std::ostream& out, const Locale& locale = default_locale);

// Per municipality its weight, exact share, amount and whether it got a cent.
void write_allocation(const Model& model, const Allocation& allocation, ReportFormat format, std::ostream& out,
                      const Locale& locale = default_locale);

}  // namespace tariffs
