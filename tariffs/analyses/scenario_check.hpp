// A named scenario as a variant of the compiled model, and checking a
// scenario as a whole: every override must change something a tariff uses,
// and the model under the scenario must compute. Problems are located where
// they are, and say which scenario causes them.
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
// rules do not read, a model parameter every product gives itself. Read off
// the compiled graph: an override is used when a product's price reads it.
engine::Diagnostics unused_overrides(const Model& model, CostModel& cost);

// The compiled model under its named scenario: each override a new value for
// a node of the model's graph, or, where one is not a value of the model
// there (a product takes the model's), a model of its own.
class ScenarioVariant {
public:
    // `cost` must be checked and outlive this. Throws engine::InputError (an
    // override out of range or unused, a problem the scenario causes), each
    // problem saying the scenario.
    ScenarioVariant(CostModel& cost, const std::string& name);

    // The scenario's name, what it is about, and each override beside the model's value.
    const ScenarioInfo& info() const { return info_; }
    Variant& variant() { return *variant_; }

private:
    ScenarioInfo info_;
    std::unique_ptr<ChangedModel> own_;  // where an override is not a value of the model
    std::unique_ptr<Variant> variant_;
};

// Every product and trajectory priced under `variant`: the problems its
// values cause, each once.
engine::Diagnostics problems_of(Variant& variant);

// Every named scenario of the model priced, indexed and budgeted, as `validate`
// does for the model itself. Throws engine::InputError with every problem.
void check_named_scenarios(CostModel& cost);

}  // namespace tariffs
