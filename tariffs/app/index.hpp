// `index`: the price sheet of each contract year, with each year's index and
// how it was computed.
#pragma once

#include "tariffs/app/model_input.hpp"
#include "tariffs/app/provenance.hpp"
#include "tariffs/pricing/indexed_tariffs.hpp"
#include "tariffs/reports/report_data.hpp"

#include <optional>

namespace tariffs::app {

struct IndexOptions {
    std::optional<int> from;  // default: the base year
    std::optional<int> to;    // default: the last contract year (`until`)
};

struct YearRange {
    int first = 0, last = 0;
};

struct IndexResult {
    YearRange years;
    IndexedTariffs indexed;  // base year … years.last
    Provenance provenance;
};

// The years `options` ask for, defaults filled in. Throws RequestError when
// they are outside the contract years or in the wrong order.
YearRange index_years(const Model& model, const IndexOptions& options);

// Throws RequestError and engine::InputError.
IndexResult index(LoadedModel& loaded, const IndexOptions& options);

// The same years checked, and the whole report (whole_report), which shows
// every contract year.
ReportData index_report(LoadedModel& loaded, const IndexOptions& options);

}  // namespace tariffs::app
