#include "tariffs/app/model_input.hpp"

#include "tariffs/analyses/extension_blame.hpp"
#include "tariffs/analyses/scenario_check.hpp"
#include "tariffs/model/fingerprint.hpp"
#include "tariffs/model/model_loader.hpp"
#include "tariffs/model/overrides.hpp"

namespace tariffs::app {

namespace {

// Runs `step`; a problem it throws is said together with `earlier` ones.
template <typename Step>
auto adding(const engine::Diagnostics& earlier, Step step) {
    try {
        return step();
    } catch (const engine::InputError& error) {
        if (earlier.empty()) throw;
        engine::Diagnostics all = earlier;
        all.append(error.diagnostics());
        throw engine::InputError(all);
    }
}

// The model with its scenario and overrides applied; `unknown_keys` collects
// the keys it does not know, which do not stop the reading.
Model read(const ModelInput& input, engine::Diagnostics& unknown_keys) {
    Model model = adding(unknown_keys, [&] { return tariffs::load_model(input.path, &unknown_keys); });
    std::vector<Override> overrides;
    for (const auto& set : input.sets) overrides.push_back(parse_set_argument(set));
    adding(unknown_keys, [&] { apply_scenario(model, input.scenario, overrides); });
    model.fingerprint = fingerprint_of(model).sha256;
    return model;
}

// The cost model of `model`; a problem in it is said with the `earlier` ones,
// each where its cause is.
CostModel compiled(const Model& model, const engine::Diagnostics& earlier) {
    try {
        return adding(earlier, [&] { return CostModel(model); });
    } catch (const engine::InputError& error) {
        throw engine::InputError(located_in_extension(model, error.diagnostics()));
    }
}

}  // namespace

LoadedModel::LoadedModel(Model read, const engine::Diagnostics& earlier)
    : model(std::move(read)), cost(compiled(model, earlier)) {}

ModelReading read_model(const ModelInput& input) {
    ModelReading reading;
    engine::Diagnostics unknown_keys;
    try {
        Model model = read(input, unknown_keys);
        if (!input.strict) reading.warnings = model.warnings;
        auto loaded = std::make_unique<LoadedModel>(std::move(model), unknown_keys);
        // Under `strict` a warning is one more problem, said with the rest.
        engine::Diagnostics problems = unknown_keys;
        if (input.strict) problems.append(loaded->model.warnings);
        problems.append(loaded->cost.check());
        problems = problems.without_explained();
        // An override nothing uses is a slip, not a scenario.
        if (problems.empty()) problems = unused_overrides(loaded->model, loaded->cost);
        if (!problems.empty()) {
            reading.problems = located_in_extension(loaded->model, problems);
            return reading;
        }
        loaded->input = input;
        reading.loaded = std::move(loaded);
    } catch (const engine::InputError& error) {
        reading.problems = error.diagnostics();
    }
    return reading;
}

std::unique_ptr<LoadedModel> load_model(const ModelInput& input) {
    ModelReading reading = read_model(input);
    if (!reading.problems.empty()) throw engine::InputError(reading.problems);
    return std::move(reading.loaded);
}

}  // namespace tariffs::app
