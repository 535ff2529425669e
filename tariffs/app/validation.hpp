// `validate`: every problem of a model at once, as data: what reading,
// checking and compiling it finds, then what pricing, indexing and budgeting
// every contract year, its named scenarios and its key data find.
#pragma once

#include "engine/diagnostic.hpp"
#include "tariffs/app/model_input.hpp"
#include "tariffs/model/scenario.hpp"

#include <cstddef>
#include <memory>

namespace tariffs::app {

struct ValidationResult {
    engine::Diagnostics problems;  // none: the model is sound
    // Values outside their usual range, whenever the model could be read
    // (under `strict` they are among the problems).
    engine::Diagnostics warnings;
    std::size_t products = 0;  // of a model that compiled
    ScenarioInfo scenario;     // the scenario it is priced under, if any
    std::unique_ptr<LoadedModel> loaded;  // the model, when it compiled: for a caller that goes on with it

    bool sound() const { return problems.empty(); }
};

// Throws only what is not a problem of the model (a file system error).
ValidationResult validate(const ModelInput& input);

}  // namespace tariffs::app
