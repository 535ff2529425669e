// One product's derivation (or a trajectory's price) under two models side by side: each value old and
// new, marked where it changed, with the formula where that changed too.
#pragma once

#include "engine/derivation.hpp"
#include "tariffs/model/model.hpp"
#include "tariffs/pricing/trajectory_price.hpp"

#include <optional>
#include <ostream>

namespace tariffs {

// The product's price in a year after the base year under each model.
struct IndexedPair {
    int year = 0;
    engine::Number old_price, new_price;
};

// `old_tariff` and `new_tariff` are the derivations of the product's price
// per its unit under each model in the base year; `indexed`, when given, heads
// them with the prices of a later year.
void write_explanation_comparison(const Model& old_model, const Model& new_model, const Product& product,
                                  const engine::Derivation& old_tariff, const engine::Derivation& new_tariff,
                                  const std::optional<IndexedPair>& indexed, std::ostream& out);

// A trajectory's price under two models side by side, in the year both are
// priced for: each component's tariff and cost, each phase, each path, the
// expected cost, the surcharge and the price, paired by name.
void write_trajectory_comparison(const Model& old_model, const Model& new_model, const TrajectoryPrice& before,
                                 const TrajectoryPrice& after, std::ostream& out);

}  // namespace tariffs
