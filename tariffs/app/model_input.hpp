// The first step of every use case: the model a request names (a file, one of
// its scenarios, inputs changed), read, checked and compiled, ready to compute.
#pragma once

#include "engine/diagnostic.hpp"
#include "tariffs/model/model.hpp"
#include "tariffs/pricing/cost_model.hpp"

#include <memory>
#include <string>
#include <vector>

namespace tariffs::app {

struct ModelInput {
    std::string path;
    std::string scenario;           // one the model names, or empty
    std::vector<std::string> sets;  // `NAME=VALUE` (`overhead_surcharge=22%`), applied in order after the scenario
    bool strict = false;            // a warning (a value outside its usual range) is a problem
};

// A model read and checked, and its compiled cost model. It stays where it is
// made (the cost model refers to the model), so it is handed out by pointer.
struct LoadedModel {
    // Throws engine::InputError when the model does not compile, with the
    // problems `earlier` (found in reading it: unknown keys) said first.
    explicit LoadedModel(Model read, const engine::Diagnostics& earlier = {});
    LoadedModel(const LoadedModel&) = delete;
    LoadedModel& operator=(const LoadedModel&) = delete;

    Model model;  // its fingerprint is that of its files and its scenario
    CostModel cost;
    ModelInput input;  // as the request named it (its path for messages)
};

// What reading a model found: every problem in one round (a misspelt key does
// not hide what the model lacks because of it), each said where its cause is
// (in a file that extends another, at the change that causes it).
struct ModelReading {
    std::unique_ptr<LoadedModel> loaded;  // none when there are problems
    // The model's warnings (values outside their usual range), whenever the
    // model itself could be read, also when it then has problems; under
    // `strict` none: they are among the problems.
    engine::Diagnostics warnings;
    engine::Diagnostics problems;
};

ModelReading read_model(const ModelInput& input);

// The same, its problems thrown as engine::InputError. The warnings stay in
// the model (`model.warnings`), for the reports' notes.
std::unique_ptr<LoadedModel> load_model(const ModelInput& input);

}  // namespace tariffs::app
