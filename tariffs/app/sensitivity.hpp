// `sensitivity`: which inputs move each tariff, and the year's budget, most:
// each input moved down and up by a step.
#pragma once

#include "tariffs/analyses/sensitivity.hpp"
#include "tariffs/app/model_input.hpp"
#include "tariffs/app/provenance.hpp"

#include <optional>
#include <string>
#include <vector>

namespace tariffs::app {

struct SensitivityOptions {
    std::vector<std::string> codes;  // only these products (default: every one, and the budget)
    Step step;                       // 1% of each input's value, unless said otherwise
    std::optional<int> year;         // the tariffs (and budget) of this contract year (default: the base year)
};

struct SensitivityResult {
    Sensitivity sensitivity;
    Provenance provenance;
};

// Throws RequestError (a code the model does not have, a year outside its
// contract years) and engine::InputError.
SensitivityResult analyse_sensitivity(LoadedModel& loaded, const SensitivityOptions& options);

}  // namespace tariffs::app
