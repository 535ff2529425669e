// Reads a rule library: the standard method (built in) or a model's own.
#pragma once

#include "engine/diagnostic.hpp"
#include "tariffs/model/model.hpp"

#include <string>
#include <string_view>

namespace tariffs {

// The logical file name of the built-in standard method, as derivations cite it.
inline constexpr std::string_view standard_method_file = "models/standard.yaml";

// The standard method of METHOD.md §1–4. Throws engine::InputError.
Method load_standard_method();
// A rule library from a file, or from text with the file name to cite.
Method load_method_file(const std::string& path);
Method parse_method(std::string_view text, const std::string& file_name);

}  // namespace tariffs
