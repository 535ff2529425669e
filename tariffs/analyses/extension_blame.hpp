// Where a problem of a model that extends another comes from. A problem that
// shows in the extended file (`region.yaml:753`: a scenario there changes no
// tariff) but that the extended model does not have on its own is caused by the
// extending file: it is said at the change there that causes it.
#pragma once

#include "engine/diagnostic.hpp"
#include "tariffs/model/model.hpp"

namespace tariffs {

// Every problem `validate` finds in `model`: its checks, its named scenarios,
// its indexation and budgets in every contract year.
engine::Diagnostics problems_of_model(const Model& model);

// `problems` of `model`, each one that shows in a file the model extends and
// that one change of the extending file causes on its own moved to that
// change (`child.yaml:2:16: error: with this change, region.yaml:753:25: …`).
// The rest stay where they are. Reads the extended model again.
engine::Diagnostics located_in_extension(const Model& model, const engine::Diagnostics& problems);

}  // namespace tariffs
