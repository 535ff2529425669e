// Reading the `trajectories` section of a model (METHOD.md §9): phases of
// components, paths with shares, a coordination surcharge.
#pragma once

#include "engine/yaml_reader.hpp"
#include "tariffs/model/code_register.hpp"
#include "tariffs/model/model.hpp"

#include <vector>

namespace tariffs {

// How deep trajectories may nest, one taking another that takes another: far
// beyond any care path, and shallow enough that volumes multiplied level by
// level stay small numbers.
inline constexpr std::size_t max_trajectory_depth = 64;
// The largest volume of one component, in its own unit: a million hours, days
// or dayparts is more than any trajectory takes.
inline constexpr long long max_trajectory_volume = 1000000;

// Reads every trajectory and checks it against `model`'s products (read
// before): an unknown component, a volume that is not above 0 or not in the
// component's own unit, an empty phase or path, a phase no path takes, a share
// that is not above 0 or above max_trajectory_volume, shares that do not add up to exactly 1, trajectories nested
// deeper than max_trajectory_depth, a code already
// used or like another (`codes`: the products' taken), and a trajectory that
// contains itself. Problems go to the reader.
std::vector<Trajectory> read_trajectories(engine::YamlReader& reader, const engine::YamlNode& node,
                                          const Model& model, CodeRegister& codes);

}  // namespace tariffs
