// A variant of a compiled model: some of its inputs given other values (and,
// after the base year, perhaps another indexation policy), everything else
// shared with the model's own values. Only what the changed values reach is
// computed again, and one variant serves any number of what-ifs one after
// another (reset, set, ask) without growing.
//
// A change that is not a value (a rule, a staff mix, a product's own value
// where it took the model's) needs a model of its own: ChangedModel.
#pragma once

#include "engine/evaluation.hpp"
#include "engine/number.hpp"
#include "tariffs/model/model.hpp"
#include "tariffs/pricing/cost_model.hpp"
#include "tariffs/pricing/indexed_tariffs.hpp"

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <unordered_set>
#include <utility>
#include <vector>

namespace tariffs {

class Variant {
public:
    // `cost` must be checked without problems and outlive the variant.
    explicit Variant(CostModel& cost);
    Variant(const Variant&) = delete;
    Variant& operator=(const Variant&) = delete;

    CostModel& cost() { return cost_; }
    const Model& model() const { return cost_.model(); }
    engine::Evaluation& values() { return values_; }

    // Gives each of an input's nodes (CostModel::input_slots) `value`, written
    // as `written` says where given (an override's text and place).
    void set(const std::vector<engine::NodeId>& slots, const engine::Number& value,
             const engine::Definition* written = nullptr);
    // Indexes under `indexation` in place of the model's policy; null: the
    // model's again. It must outlive its use.
    void set_indexation(const IndexPolicy* indexation);
    // The model as given again.
    void reset();

    ProductPrice price(const Product& product) { return cost_.price(product, values_); }
    // The price per unit of the product or trajectory `code` (which the model
    // must have) in `year`: as priced in the base year, indexed after it.
    // Throws engine::InputError (a value the change makes impossible, a missing index figure).
    engine::Number price(const std::string& code, int year);
    // The product indexed to `last_year`; its steps stay valid until the policy changes.
    IndexedProduct indexed(const Product& product, int last_year);
    // Every product (or those of `only`, with what their trajectories are made
    // of) indexed to `last_year`, and every trajectory priced each year.
    IndexedTariffs indexed_all(int last_year, const std::unordered_set<std::string>* only = nullptr) {
        return index_tariffs(cost_, values_, indexation(), last_year, only);
    }

private:
    const IndexPolicy& indexation() const { return indexation_ ? *indexation_ : cost_.model().indexation; }

    CostModel& cost_;
    engine::Evaluation values_;
    const IndexPolicy* indexation_ = nullptr;
    std::optional<IndexSteps> steps_;  // under the policy in use
    std::map<std::pair<std::string, int>, engine::Number> trajectory_prices_;  // after the base year, this variant's
};

// A model with changes of its own, compiled: what a change that is not a value needs.
struct ChangedModel {
    // Throws engine::InputError with every problem of the changed model.
    explicit ChangedModel(Model changed);

    std::unique_ptr<Model> model;  // on the heap: the cost model points into it
    std::unique_ptr<CostModel> cost;
};

}  // namespace tariffs
