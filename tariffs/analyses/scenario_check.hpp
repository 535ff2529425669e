// Checking a scenario as a whole: every override must change something a
// tariff uses, and the model under the scenario must compute. Problems are
// located where they are, and say which scenario causes them.
#pragma once

#include "engine/diagnostic.hpp"
#include "tariffs/analyses/variant.hpp"
#include "tariffs/model/model.hpp"
#include "tariffs/pricing/cost_model.hpp"

#include <memory>
#include <string>

namespace tariffs {

// A problem for every override of the model's scenario that no tariff uses:
// a staff level's input its wage cost does not need, a product's input its
// rules do not read, a model parameter every product gives itself.
engine::Diagnostics unused_overrides(const Model& model, CostModel& cost);

// The model under its named scenario `name`, checked: its prices (and the
// use of each override). Throws engine::InputError, each problem saying the scenario.
std::unique_ptr<Variant> scenario_variant(const Model& model, const std::string& name);

// Every named scenario of the model priced, indexed and budgeted, as `validate`
// does for the model itself. Throws engine::InputError with every problem.
void check_named_scenarios(const Model& model);

}  // namespace tariffs
