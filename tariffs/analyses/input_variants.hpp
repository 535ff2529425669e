// The inputs a product's tariff is derived from, and the model with one of
// them changed: what sensitivity and goal seeking vary.
#pragma once

#include "engine/number.hpp"
#include "tariffs/analyses/variant.hpp"
#include "tariffs/model/model.hpp"
#include "tariffs/pricing/cost_model.hpp"

#include <map>
#include <memory>
#include <string>
#include <utility>
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
};

// The given values (not rules) the product's price and exact tariff are
// derived from, each once, in order of first use. Staff mix shares are not among them.
std::vector<TariffInput> tariff_inputs(CostModel& cost, const Product& product);

// The product's tariff per its kind's base unit before rounding, in the base year.
engine::Number exact_tariff(Variant& variant, const std::string& code);

// The model with one input changed, each computed once (and lazily: only the
// products asked for are priced).
class OneInputVariants {
public:
    explicit OneInputVariants(const Model& model) : model_(model) {}

    // None when `value` is outside the input's range.
    Variant* with(const std::string& input, const engine::Number& value);

private:
    const Model& model_;
    std::map<std::pair<std::string, std::string>, std::unique_ptr<Variant>> cache_;
};

}  // namespace tariffs
