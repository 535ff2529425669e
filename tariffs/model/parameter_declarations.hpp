// The parameters a method declares, by name, for the places that show an
// input with its unit, range and meaning.
#pragma once

#include "tariffs/model/model.hpp"

#include <map>
#include <string>

namespace tariffs {

// Every parameter `method` declares (general or a kind's), by name; a name
// declared by several kinds gives the first.
std::map<std::string, const Definition*> parameter_declarations(const Method& method);

}  // namespace tariffs
