// `allocate`: a budget (all providers', a provider's, a lot's, or an amount)
// split over the municipalities by a key in one year; or, for every key or a
// range of years, the forecast of each municipality's contribution.
#pragma once

#include "tariffs/app/model_input.hpp"
#include "tariffs/app/provenance.hpp"
#include "tariffs/model/allocation_settings.hpp"
#include "tariffs/pricing/allocation.hpp"
#include "tariffs/pricing/forecast.hpp"
#include "tariffs/reports/report_data.hpp"

#include <optional>
#include <string>

namespace tariffs::app {

struct AllocationOptions {
    std::optional<AllocationKey> key;  // none: every key, as a forecast
    std::optional<int> year;           // one year (default: the one after the base year)
    std::optional<int> from, to;       // a forecast over these years (default: from the year after the base year to the last)
    std::string budget = "total";      // what to split: `total` (all providers), a provider, a lot, or an amount (`1250000.00`)
    // A forecast even for one key and year: a workbook is one, live over the key data and the budgets.
    bool forecast = false;
};

// One of the two: the allocation of one key in one year, or the forecast.
// A year whose key needs figures carried forward is a forecast of that year,
// which lists them.
struct AllocationResult {
    std::optional<Allocation> allocation;
    std::optional<Forecast> forecast;
    std::string budget;  // what is split, as the options name it
    Provenance provenance;
};

// Throws RequestError (a model without municipalities or budgets, a budget it
// does not name, years outside the contract years) and engine::InputError.
AllocationResult allocate(LoadedModel& loaded, const AllocationOptions& options);

// The whole report of the model (whole_report) with the allocation or the forecast.
ReportData allocation_report(LoadedModel& loaded, AllocationResult result);

}  // namespace tariffs::app
