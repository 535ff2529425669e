// One product's derivation under two models side by side: each value old and
// new, marked where it changed, with the formula where that changed too.
#pragma once

#include "engine/derivation.hpp"
#include "tariffs/model/model.hpp"

#include <ostream>

namespace tariffs {

// `old_tariff` and `new_tariff` are the derivations of the product's price
// per its unit under each model.
void write_explanation_comparison(const Model& old_model, const Model& new_model, const Product& product,
                                  const engine::Derivation& old_tariff, const engine::Derivation& new_tariff,
                                  std::ostream& out);

}  // namespace tariffs
