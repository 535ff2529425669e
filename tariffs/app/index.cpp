#include "tariffs/app/index.hpp"

#include "tariffs/app/request_checks.hpp"
#include "tariffs/app/request_error.hpp"
#include "tariffs/app/whole_report.hpp"

namespace tariffs::app {

YearRange index_years(const Model& model, const IndexOptions& options) {
    const YearRange years{options.from.value_or(model.year), options.to.value_or(model.until)};
    check_year(model, years.first, "--from");
    if (years.last < years.first)
        throw RequestError(engine::msg("--to {last} is before --from {first}",
                                           {engine::arg("last", std::to_string(years.last)), engine::arg("first", std::to_string(years.first))}));
    check_year(model, years.last, "--to");
    return years;
}

IndexResult index(LoadedModel& loaded, const IndexOptions& options) {
    const YearRange years = index_years(loaded.model, options);
    return {years, index_tariffs(loaded.cost, years.last), provenance_of(loaded.model)};
}

ReportData index_report(LoadedModel& loaded, const IndexOptions& options) {
    index_years(loaded.model, options);
    return whole_report(loaded);
}

}  // namespace tariffs::app
