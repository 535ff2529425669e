#include "tariffs/app/scenarios.hpp"

#include "tariffs/app/request_checks.hpp"
#include "tariffs/app/request_error.hpp"

namespace tariffs::app {

ScenarioResult compare_scenarios(LoadedModel& loaded, const ScenarioOptions& options) {
    if (loaded.model.scenarios.empty())
        throw RequestError(engine::msg("{path} names no `scenarios`; add them to the model (see docs/scenarios.md) or use "
                                       "--set on any command",
                                       {engine::arg("path", loaded.input.path)}));
    const int year = options.year.value_or(loaded.model.year);
    check_year(loaded.model, year, "--year");
    return {tariffs::compare_scenarios(loaded.cost, options.names, year), provenance_of(loaded.model)};
}

}  // namespace tariffs::app
