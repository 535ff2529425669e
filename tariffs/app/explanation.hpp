// `explain`: how one product's tariff is derived, down to the model's lines,
// or how a trajectory's price follows from its components'.
#pragma once

#include "tariffs/app/model_input.hpp"
#include "tariffs/app/provenance.hpp"
#include "tariffs/pricing/explanation.hpp"
#include "tariffs/pricing/indexed_tariffs.hpp"
#include "tariffs/pricing/trajectory_price.hpp"

#include <memory>
#include <optional>
#include <string>

namespace tariffs::app {

struct ExplainOptions {
    std::string code;         // a product's or a trajectory's
    std::optional<int> year;  // explain the tariff indexed to this contract year (default: the base year)
};

// One of the two, as `code` names a product or a trajectory; both refer into
// the loaded model, and an indexed explanation into `indexed`.
struct ExplainResult {
    std::optional<Explanation> product;
    std::optional<TrajectoryPrice> trajectory;
    std::shared_ptr<const IndexedTariffs> indexed;  // up to the year asked for
    Provenance provenance;
};

// Throws RequestError (a code the model does not have, a year outside its
// contract years) and engine::InputError.
ExplainResult explain(LoadedModel& loaded, const ExplainOptions& options);

}  // namespace tariffs::app
