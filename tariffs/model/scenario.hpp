// Scenarios: a model with some of its inputs changed. An override changes one
// input (a model parameter, a staff level's or a product's), given on the
// command line (`--set NAME=VALUE`) or in a named scenario of the model.
#pragma once

#include "engine/scope.hpp"
#include "engine/source.hpp"

#include <string>
#include <vector>

namespace tariffs {

struct Override {
    // `overhead_surcharge`, `jeugdzorgwerker.monthly_salary` or `AMB-BEG-U.direct_share`
    std::string target;
    engine::Definition value;  // named for the input it changes, with where the value is written
    engine::SourcePos target_pos;
};

// A scenario written in the model: `scenarios: {NAME: {about: …, set: {TARGET: VALUE}}}`.
struct NamedScenario {
    std::string name;
    std::string about;
    std::vector<Override> overrides;
    engine::SourcePos pos;
};

// What an applied override changed, as reports show it.
struct AppliedOverride {
    std::string target;
    std::string value;  // as written
    std::string was;    // the model's own value as written, or empty when the model gives none
    engine::SourcePos pos;      // where the override is written
    engine::SourcePos was_pos;  // where the model's value is written
};

// The scenario a model is computed under; empty for the model as written.
struct ScenarioInfo {
    std::string name;   // a named scenario, or empty for overrides on the command line alone
    std::string about;
    std::vector<AppliedOverride> overrides;

    bool applies() const { return !name.empty() || !overrides.empty(); }
    // `scenario `cao-2026`` or `the scenario of the --set overrides`, for sentences.
    engine::Message title() const;
};

}  // namespace tariffs
