// A model read as the commands of cli/commands.cpp read it (`Loaded`): with its
// unknown keys, `--set` overrides applied, compiled, checked, every problem
// located in the extending file that caused it, and an override nothing uses
// refused. For the targets that link the analyses (chain, analyses, reports).
#pragma once

#include "engine/diagnostic.hpp"
#include "tariffs/analyses/extension_blame.hpp"
#include "tariffs/analyses/scenario_check.hpp"
#include "tariffs/model/fingerprint.hpp"
#include "tariffs/model/model_loader.hpp"
#include "tariffs/model/overrides.hpp"
#include "tariffs/pricing/cost_model.hpp"

#include <memory>
#include <string>
#include <vector>

namespace fuzz {

struct Loaded {
    tariffs::Model model;
    std::unique_ptr<tariffs::CostModel> cost;  // on the model above, which stays where it is
};

// Throws engine::InputError as the commands do (a command prints it and exits 1).
inline std::unique_ptr<Loaded> load(const std::string& path, const std::vector<tariffs::Override>& overrides = {}) {
    auto loaded = std::make_unique<Loaded>();
    engine::Diagnostics unknown_keys;
    loaded->model = tariffs::load_model(path, &unknown_keys);
    tariffs::apply_scenario(loaded->model, "", overrides);
    loaded->model.fingerprint = tariffs::fingerprint_of(loaded->model).sha256;
    try {
        loaded->cost = std::make_unique<tariffs::CostModel>(loaded->model);
    } catch (const engine::InputError& error) {
        throw engine::InputError(tariffs::located_in_extension(loaded->model, error.diagnostics()));
    }
    engine::Diagnostics problems = unknown_keys;
    problems.append(loaded->cost->check());
    problems = problems.without_explained();
    if (!problems.empty()) throw engine::InputError(tariffs::located_in_extension(loaded->model, problems));
    problems = tariffs::unused_overrides(loaded->model, *loaded->cost);
    if (!problems.empty()) throw engine::InputError(tariffs::located_in_extension(loaded->model, problems));
    return loaded;
}

// Every name a report shows as the model writes it: the model's, its staff
// levels', products', trajectories' (with their phases and paths),
// municipalities' and providers'.
inline std::vector<std::string> shown_names(const tariffs::Model& model) {
    std::vector<std::string> names{model.name};
    for (const auto& role : model.roles) names.push_back(role.name);
    for (const auto& product : model.products) names.push_back(product.name);
    for (const auto& trajectory : model.trajectories) {
        names.push_back(trajectory.name);
        for (const auto& phase : trajectory.phases) names.push_back(phase.name);
        for (const auto& path : trajectory.paths) names.push_back(path.name);
    }
    for (const auto& municipality : model.municipalities) names.push_back(municipality.name);
    for (const auto& provider : model.budgets.providers) names.push_back(provider.name);
    return names;
}

}  // namespace fuzz
