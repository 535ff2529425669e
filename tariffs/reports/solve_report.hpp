// A goal seek's answer, for people (table) and tools (JSON).
#pragma once

#include "tariffs/analyses/solve.hpp"
#include "tariffs/model/model.hpp"

#include <ostream>

namespace tariffs {

void write_solution(const Model& model, const Solution& solution, bool json, std::ostream& out);

}  // namespace tariffs
