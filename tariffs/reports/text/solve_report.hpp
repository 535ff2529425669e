// A goal seek's answer, for people (table) and tools (JSON).
#pragma once

#include "tariffs/analyses/budget_solve.hpp"
#include "tariffs/analyses/solve.hpp"
#include "tariffs/model/model.hpp"
#include "tariffs/reports/i18n/locale.hpp"

#include <ostream>
#include <string>

namespace tariffs {

void write_solution(const Model& model, const Solution& solution, bool json, std::ostream& out,
                    const Locale& locale = default_locale);

// `input` is the provider's availability or a line's base-year volume; the
// report names it (`the availability of Stichting Dijkzicht Jeugdzorg`).
void write_budget_solution(const Model& model, const BudgetSolution& solution, const BudgetInput& input, bool json,
                           std::ostream& out, const Locale& locale = default_locale);

}  // namespace tariffs
