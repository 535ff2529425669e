#include "tariffs/app/sensitivity.hpp"

#include "tariffs/app/request_checks.hpp"

namespace tariffs::app {

SensitivityResult analyse_sensitivity(LoadedModel& loaded, const SensitivityOptions& options) {
    for (const auto& code : options.codes) require_code(loaded.model, code, loaded.input.path);
    const int year = options.year.value_or(loaded.model.year);
    check_year(loaded.model, year, "--year");
    return {tariffs::analyse_sensitivity(loaded.cost, options.codes, options.step, year), provenance_of(loaded.model)};
}

}  // namespace tariffs::app
