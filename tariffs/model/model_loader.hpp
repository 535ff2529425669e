// Reads a cost model from YAML and checks everything that can be checked
// without computing: keys, numbers, ranges, staff mixes, units, codes.
#pragma once

#include "engine/yaml_reader.hpp"
#include "tariffs/model/model.hpp"

#include <string>
#include <string_view>

namespace tariffs {

// Throws engine::InputError carrying every problem found, each located.
Model load_model(const std::string& path);
Model parse_model(std::string_view text, const std::string& file_name);
// A model read from a parsed document (which does not `extends` another).
Model parse_model_document(const engine::YamlDocument& document);

}  // namespace tariffs
