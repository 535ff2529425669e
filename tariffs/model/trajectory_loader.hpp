// Reading the `trajectories` section of a model (METHOD.md §9): phases of
// components, paths with shares, a coordination surcharge.
#pragma once

#include "engine/yaml_reader.hpp"
#include "tariffs/model/model.hpp"

#include <vector>

namespace tariffs {

// Reads every trajectory and checks it against `model`'s products (read
// before): an unknown component, a volume that is not above 0 or not in the
// component's own unit, an empty phase or path, a phase no path takes, a share
// that is not above 0, shares that do not add up to exactly 1, a code already
// used, and a trajectory that contains itself. Problems go to the reader.
std::vector<Trajectory> read_trajectories(engine::YamlReader& reader, const engine::YamlNode& node,
                                          const Model& model);

}  // namespace tariffs
