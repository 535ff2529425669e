// A goal seek's answer, for people (table) and tools (JSON).
#pragma once

#include "tariffs/analyses/budget_solve.hpp"
#include "tariffs/analyses/solve.hpp"
#include "tariffs/model/model.hpp"

#include <ostream>
#include <string>

namespace tariffs {

void write_solution(const Model& model, const Solution& solution, bool json, std::ostream& out);

// `what` names the input, e.g. `the availability of Stichting Dijkzicht Jeugdzorg`.
void write_budget_solution(const Model& model, const BudgetSolution& solution, const std::string& what, bool json,
                           std::ostream& out);

}  // namespace tariffs
