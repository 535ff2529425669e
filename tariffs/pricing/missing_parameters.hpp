// A parameter of the whole model that several products need and none of them
// gives is one problem, said once at the model, not once per product. (A
// staff level's salary stays at the staff level; a kind's parameter, such as
// `fte_per_place`, stays at each product of the kind; one product alone that
// needs a parameter hears of it at the product.)
#pragma once

#include "engine/diagnostic.hpp"
#include "engine/evaluator.hpp"
#include "engine/scope.hpp"

#include <map>
#include <string>
#include <vector>

namespace tariffs {

// `problems` with each such parameter's per-product diagnostics replaced by one
// at `model_at`. `products`: each product's scope and its code.
engine::Diagnostics gather_model_parameters(const engine::Diagnostics& problems,
                                            const std::vector<engine::MissingInput>& missing,
                                            const engine::Scope& model_scope,
                                            const std::map<const engine::Scope*, std::string>& products,
                                            const engine::SourcePos& model_at);

}  // namespace tariffs
