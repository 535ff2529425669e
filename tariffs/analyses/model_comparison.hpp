// Two versions of a model compared: each product's old and new tariff, and
// the difference attributed to the inputs that changed by their Shapley
// value, so that no part depends on the order in which inputs are listed.
#pragma once

#include "engine/message.hpp"
#include "engine/number.hpp"
#include "tariffs/analyses/budget_comparison.hpp"
#include "tariffs/analyses/model_diff.hpp"
#include "tariffs/model/model.hpp"
#include "tariffs/pricing/cost_model.hpp"

#include <optional>
#include <string>
#include <vector>

namespace tariffs {

// The most inputs attributed one by one for a product; above it, the inputs
// are grouped by section (all 2^n combinations are computed).
inline constexpr int max_attributed_inputs = 10;

struct ChangePart {
    std::string input;  // an input's name, or a section when grouped
    std::string old_text, new_text;  // as written, for a single input
    engine::Number exact;  // its Shapley value: the parts add up to the difference exactly
    engine::Number cents;  // to the cent, the cents distributed so the shown parts add up too
};

struct ProductComparison {  // a product's, or a trajectory's
    std::string code;
    std::string name;
    std::string unit;
    std::optional<engine::Number> old_price;  // none: the product is new
    std::optional<engine::Number> new_price;  // none: the product was removed
    std::vector<ChangePart> parts;       // largest effect first
    // Parts per section: more than max_attributed_inputs inputs reach the
    // product, or some of them only work together (a new rule and what names it).
    bool grouped = false;
    engine::Message note;  // why the difference is not split, when it is not

    engine::Number difference() const;
};

struct ModelComparison {
    int year = 0;
    std::string old_file, new_file;
    std::vector<InputChange> changes;        // every input that differs
    // Those whose tariff changed, added or removed: products, then
    // trajectories, each in the new model's order, then those removed.
    std::vector<ProductComparison> products;
    // Those whose tariff is the same while changed inputs move it up and down by as much.
    std::vector<ProductComparison> offsetting;
    std::size_t unchanged = 0;               // with the same tariff, no part moving it (the offsetting not counted)
    BudgetComparison budgets;                // when both models have budgets
};

// Compares the prices per unit of the products and trajectories in `year` (a
// contract year of both), of the compiled, checked models. A change reaches a
// product when its compiled graph reads it (in either model); the split runs
// over the changes that reach each. Throws engine::InputError.
ModelComparison compare_models(CostModel& old_model, CostModel& new_model, int year);

}  // namespace tariffs
