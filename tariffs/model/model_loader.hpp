// Reads a cost model from YAML and checks everything that can be checked
// without computing: keys, numbers, ranges, staff mixes, units, codes.
#pragma once

#include "engine/yaml_reader.hpp"
#include "tariffs/model/model.hpp"

#include <string>
#include <string_view>

namespace tariffs {

// Throws engine::InputError carrying every problem found, each located.
// With `unknown_keys`, a model whose only problems are unknown keys is returned
// and they are added there: without them the model is sound, so the problems
// that using it finds (a parameter the misspelt key was meant to give) can be
// said in the same round.
Model load_model(const std::string& path, engine::Diagnostics* unknown_keys = nullptr);
Model parse_model(std::string_view text, const std::string& file_name);
// A model read from a parsed document (which does not `extends` another).
Model parse_model_document(const engine::YamlDocument& document, engine::Diagnostics* unknown_keys = nullptr);
// Throws `problems` unless they are none, or (with `unknown_keys`) only unknown
// keys, which are moved there.
void settle(engine::Diagnostics& problems, engine::Diagnostics* unknown_keys);

}  // namespace tariffs
