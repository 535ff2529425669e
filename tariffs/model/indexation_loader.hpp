// Reading the `indexation` section of a model and the index files it includes.
#pragma once

#include "engine/yaml_reader.hpp"
#include "tariffs/model/index_policy.hpp"

#include <string>

namespace tariffs {

// `model_file` places a `series_file` relative to the model.
IndexPolicy read_indexation(engine::YamlReader& reader, const engine::YamlNode& node, const std::string& model_file);

// `{OVA: 90%, PPC: 10%}` (adding up to exactly 1) or `personnel_share`.
std::optional<IndexWeights> read_index_weights(engine::YamlReader& reader, const engine::YamlNode& node);

}  // namespace tariffs
