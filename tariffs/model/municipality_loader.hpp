// Reading a model's `municipalities` and `allocation` sections.
#pragma once

#include "engine/yaml_reader.hpp"
#include "tariffs/model/allocation_settings.hpp"
#include "tariffs/model/municipality.hpp"

#include <vector>

namespace tariffs {

std::vector<Municipality> read_municipalities(engine::YamlReader& reader, const engine::YamlNode& node);
// `municipalities`: those read, whose metrics the `metric` must name (as the
// moving average key would find out only when it is asked for).
AllocationSettings read_allocation(engine::YamlReader& reader, const engine::YamlNode& node,
                                   const std::vector<Municipality>& municipalities);

}  // namespace tariffs
