// A model that extends another: `extends: region.yaml` at the top of a small
// file that gives only what differs (parameters, staff levels' and products'
// inputs, rules). Each change is checked as the model's own value would be and
// located in the file that holds it.
#pragma once

#include "engine/yaml_reader.hpp"
#include "tariffs/model/model.hpp"

#include <string>
#include <vector>

namespace tariffs {

// `chain`: the files being read, outermost first, to refuse a cycle. Throws
// engine::InputError with every problem, in whichever file it is; with
// `unknown_keys`, as load_model does.
Model read_extension(const engine::YamlDocument& document, const std::vector<std::string>& chain,
                     engine::Diagnostics* unknown_keys = nullptr);

// Reads a model file, following `extends`; used by load_model.
Model load_model_file(const std::string& path, const std::vector<std::string>& chain,
                      engine::Diagnostics* unknown_keys = nullptr);

}  // namespace tariffs
