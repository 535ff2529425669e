// A trajectory (METHOD.md §9, *trajectfinanciering*): care bought as a whole
// at one price per trajectory (iJw unit 82, output), built from the tariffs of
// the products it is made of.
#pragma once

#include "engine/number.hpp"
#include "engine/source.hpp"

#include <cstddef>
#include <string>
#include <vector>

namespace tariffs {

// A product (or another trajectory) and a volume in that product's own unit.
struct TrajectoryComponent {
    std::string code;
    engine::Number volume;
    std::string unit;              // as written after the volume (`12 hour`); may be empty
    engine::SourcePos pos;         // of the code
    engine::SourcePos volume_pos;
};

struct TrajectoryPhase {
    std::string name;
    std::vector<TrajectoryComponent> components;
    engine::SourcePos pos;
};

// A sequence of phases and the share of trajectories that take it.
struct TrajectoryPath {
    std::string name;
    engine::Number share;
    std::vector<std::size_t> phases;  // indices into the trajectory's phases, in order
    engine::SourcePos pos;
};

struct Trajectory {
    std::string code;
    std::string name;
    std::string category;  // iJw product category; may be empty
    std::vector<TrajectoryPhase> phases;
    std::vector<TrajectoryPath> paths;
    engine::Number coordination_surcharge;  // over the expected cost; 0 when not given
    engine::SourcePos surcharge_pos;        // where it is given; the trajectory's place otherwise
    engine::SourcePos pos;
};

// The unit every trajectory is priced per: one trajectory, iJw 82 (output).
inline constexpr const char* trajectory_unit = "output";

}  // namespace tariffs
