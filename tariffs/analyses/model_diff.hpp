// The inputs in which two models differ, each a change that can be applied to
// the old model on its own: a parameter, a staff level's or a product's input,
// a rule, a rounding, an index figure. Attribution varies them one by one.
#pragma once

#include "tariffs/model/model.hpp"

#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace tariffs {

struct InputChange {
    // Which products the change can move.
    enum class Reach {
        every_product,  // a parameter or rule of the model or its method, a rounding
        kind,           // a definition or the units of the method's kind `owner`: the products of that kind
        staff_level,    // an input of the staff level `owner`: the products with it in their mix
        product,        // an input of the product `owner`
        indexed_years,  // an index figure or the policy: tariffs after the base year
    };
    std::string name;      // `employer_charges`, `jeugdzorgwerker.monthly_salary`, `rule tariff`, `index OVA 2026`
    std::string section;   // for grouping: model parameters, staff levels, product inputs, rules, rounding, indexation
    std::string old_text;  // as written; empty when the old model does not give it
    std::string new_text;
    Reach reach = Reach::every_product;
    std::string owner;
    std::function<void(Model&)> apply;  // gives the old model the new side of this input

    // Where a value that both models give, and only its number changed, is
    // given (or a value the new model gives for the whole model, in place of
    // its method's or kinds'): such a change is a new value for nodes of the
    // compiled old model, not a change of the model. `none` for every other change.
    enum class Place { none, model, method, kind, staff_level, product };
    Place place = Place::none;
    std::string input = {};          // the value's name
    std::optional<engine::Number> value = {};  // its new number
};

// The changes that turn `old_model` into `new_model`, in a stable order
// (model, method, staff levels, products, rounding, indexation; names sorted
// within each). Products only one model has are not changes of an input:
// the comparison lists them as added or removed.
std::vector<InputChange> diff_models(const Model& old_model, const Model& new_model);

// The old model with the staff levels and the method's kinds only the new one
// has (unused until a change puts them in a staff mix or gives a product that
// kind), so that every change can be applied alone.
Model with_new_parts(const Model& old_model, const Model& new_model);

}  // namespace tariffs
