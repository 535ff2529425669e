// A model that extends another: `extends: region.yaml` at the top of a small
// file that gives only what differs (parameters, staff levels' and products'
// inputs, rules). Each change is checked as the model's own value would be and
// located in the file that holds it.
#pragma once

#include "engine/yaml_reader.hpp"
#include "tariffs/model/model.hpp"

#include <cstddef>
#include <string>

namespace tariffs {

// The most files a chain of `extends` holds: the model, the one it extends,
// and so on to the model that extends none.
inline constexpr std::size_t max_extends_chain = 32;

// Reads a model file, following `extends` (used by load_model). Throws
// engine::InputError with every problem, in whichever file of the chain it is;
// with `unknown_keys`, as load_model does.
Model load_model_file(const std::string& path, engine::Diagnostics* unknown_keys = nullptr);

}  // namespace tariffs
