// A model made ready to compute as a unit: the model (as written, or changed
// by a scenario) together with the cost model that points into it. What-if
// analyses compute many of these side by side.
#pragma once

#include "tariffs/pricing/cost_model.hpp"
#include "tariffs/pricing/indexed_tariffs.hpp"
#include "tariffs/model/model.hpp"

#include <memory>
#include <optional>

namespace tariffs {

class Variant {
public:
    enum class Check {
        all,     // every product is checked (and priced) at once: every problem is reported
        lazily,  // each product as it is priced: its own problems are reported
    };
    // Throws engine::InputError with every problem the check finds.
    explicit Variant(Model model, Check check = Check::all);

    const Model& model() const { return *model_; }
    CostModel& cost() { return *cost_; }

    // The price per its own unit of the product with `code` (which the model
    // must have) in `year`: as priced in the base year, indexed after it.
    // Throws engine::InputError (a missing index figure).
    engine::Number price(const std::string& code, int year);
    // Every product indexed up to `last_year`, computed once per variant.
    const IndexedTariffs& indexed(int last_year);

private:
    std::unique_ptr<Model> model_;  // on the heap: the cost model keeps pointers into it
    std::unique_ptr<CostModel> cost_;
    std::optional<IndexedTariffs> indexed_;
};

}  // namespace tariffs
