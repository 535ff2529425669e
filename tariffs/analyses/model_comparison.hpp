// Two versions of a model compared: each product's old and new tariff, and
// the difference attributed to the inputs that changed by their Shapley
// value, so that no part depends on the order in which inputs are listed.
#pragma once

#include "engine/number.hpp"
#include "tariffs/analyses/budget_comparison.hpp"
#include "tariffs/analyses/model_diff.hpp"
#include "tariffs/model/model.hpp"

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

struct ProductComparison {
    std::string code;
    std::string name;
    std::string unit;
    std::optional<engine::Number> old_price;  // none: the product is new
    std::optional<engine::Number> new_price;  // none: the product was removed
    std::vector<ChangePart> parts;       // largest effect first
    // Parts per section: more than max_attributed_inputs inputs reach the
    // product, or some of them only work together (a new rule and what names it).
    bool grouped = false;
    std::string note;      // why the difference is not split, when it is not

    engine::Number difference() const;
};

struct ModelComparison {
    int year = 0;
    std::string old_file, new_file;
    std::vector<InputChange> changes;        // every input that differs
    std::vector<ProductComparison> products; // those whose tariff changed, added or removed; in the new model's order
    std::size_t unchanged = 0;               // products with the same tariff
    BudgetComparison budgets;                // when both models have budgets
};

// Compares the products' prices per unit in `year` (a contract year of both).
// Throws engine::InputError when either model has a problem.
ModelComparison compare_models(const Model& old_model, const Model& new_model, int year);

}  // namespace tariffs
