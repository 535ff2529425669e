// `compare`: two versions of a model (or a model and a scenario of it): the
// tariffs that changed, each difference attributed to the inputs that changed;
// or one product's derivation (a trajectory's price) under both, side by side.
#pragma once

#include "engine/derivation.hpp"
#include "tariffs/analyses/model_comparison.hpp"
#include "tariffs/app/model_input.hpp"
#include "tariffs/app/provenance.hpp"
#include "tariffs/pricing/trajectory_price.hpp"
#include "tariffs/reports/text/explain_comparison.hpp"

#include <optional>
#include <string>

namespace tariffs::app {

struct CompareOptions {
    std::optional<int> year;  // the tariffs of this contract year (default: the base year)
    std::string explain;      // a product's or trajectory's code: its derivation under both
};

// `explain`: a product's derivations in the base year (with the prices of a
// later year asked for), or a trajectory's prices in the year asked for.
struct ExplainedComparison {
    const Product* product = nullptr;  // the new model's; none for a trajectory
    const engine::Derivation* before = nullptr;
    const engine::Derivation* after = nullptr;
    std::optional<IndexedPair> indexed;
    std::optional<TrajectoryPrice> trajectory_before, trajectory_after;
};

// One of the two, as `explain` is empty or not; both refer into the models.
struct CompareResult {
    int year = 0;
    std::optional<ModelComparison> comparison;
    std::optional<ExplainedComparison> explained;
    Provenance provenance;  // the new model's files, and the old one's as `old …`
};

// The model the NEW side is: `new_model` as given, or OLD (`old_path`) with its
// scenario and changes. Throws RequestError when it would be OLD unchanged.
ModelInput compared_input(const std::string& old_path, ModelInput new_model);

// The contract year both are compared in. Throws RequestError when the models'
// base years differ or the year is outside either's contract years.
int compared_year(const Model& old_model, const Model& new_model, std::optional<int> year);

// Throws RequestError (as compared_year; an `explain` code that is not in both,
// or a product in one and a trajectory in the other) and engine::InputError.
CompareResult compare(LoadedModel& old_model, LoadedModel& new_model, const CompareOptions& options);

}  // namespace tariffs::app
