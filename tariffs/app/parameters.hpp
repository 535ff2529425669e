// `parameters`: every parameter of a method, its meaning, unit, range and
// default, and whether a model must give it: the standard method's, or the
// one a model uses.
#pragma once

#include "tariffs/app/model_input.hpp"
#include "tariffs/app/provenance.hpp"
#include "tariffs/model/model.hpp"

#include <optional>

namespace tariffs::app {

struct ParametersResult {
    Method method;
    std::optional<Provenance> provenance;  // the model's, when the method is a model's
};

// `loaded`: the model whose method to list; none for the standard method.
ParametersResult parameters(const LoadedModel* loaded);

}  // namespace tariffs::app
