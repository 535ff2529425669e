#include "tariffs/app/parameters.hpp"

#include "tariffs/model/method_loader.hpp"

namespace tariffs::app {

ParametersResult parameters(const LoadedModel* loaded) {
    if (!loaded) return {load_standard_method(), std::nullopt};
    return {loaded->model.method, provenance_of(loaded->model)};
}

}  // namespace tariffs::app
