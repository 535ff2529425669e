// The inputs a product's tariff is derived from, and the model with one of
// them moved: what sensitivity and goal seeking vary.
#pragma once

#include "engine/graph.hpp"
#include "engine/number.hpp"
#include "tariffs/analyses/variant.hpp"
#include "tariffs/model/model.hpp"
#include "tariffs/pricing/cost_model.hpp"

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace tariffs {

// An input a tariff is derived from, as the model gives it.
struct TariffInput {
    std::string input;   // as `--set` names it: `overhead_surcharge`, `jeugdzorgwerker.monthly_salary`, `VBL.occupancy`
    engine::Number value;
    std::string text;    // as written
    // Every rule between it and the exact tariff is free of rounding, min, max
    // and if: only then can the tariff be a ratio of linear functions of it.
    bool smooth = false;
    // Where it enters the compiled model (CostModel::input_slots); none where
    // moving it changes the model itself.
    std::optional<std::vector<engine::NodeId>> slots;
};

// The given values (not rules) the product's price and exact tariff are
// derived from, each once, in order of first use, read off the compiled
// graph on the way its values take. Staff mix shares are not among them.
std::vector<TariffInput> tariff_inputs(CostModel& cost, const Product& product);

// A trajectory's inputs: those of its products, at any depth, each once, in
// order of first use; none smooth (each component's tariff is rounded).
std::vector<TariffInput> trajectory_inputs(CostModel& cost, const Trajectory& trajectory);

// The model with one input moved, one value at a time: a variant of the
// compiled model where the input is a value of it, else a model of its own.
class MovedInput {
public:
    // `cost` must be checked without problems and outlive this.
    explicit MovedInput(CostModel& cost) : cost_(cost), variant_(cost) {}

    // The model with `input` at `value`, valid until the next call; none when
    // the value is outside the input's range or the model cannot be priced with it.
    Variant* at(const TariffInput& input, const engine::Number& value);
    // The model as given.
    Variant& base();

private:
    CostModel& cost_;
    Variant variant_;
    std::unique_ptr<ChangedModel> changed_;
    std::unique_ptr<Variant> changed_variant_;
};

}  // namespace tariffs
