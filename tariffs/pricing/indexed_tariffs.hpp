// Each product's tariff through the contract years, indexed under the model's
// policy from the base year on.
#pragma once

#include "tariffs/pricing/cost_model.hpp"
#include "tariffs/pricing/indexation.hpp"
#include "tariffs/pricing/trajectory_price.hpp"

#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace tariffs {

struct YearTariff {
    int year = 0;
    const IndexStep* index = nullptr;  // none in the base year; shared by products with the same weights
    engine::Number tariff;           // per the kind's base unit (the hour for a minute product)
    engine::Number unrounded;        // before the policy's tariff rounding
    engine::Number price;            // per the product's own unit
};

struct IndexedProduct {
    const Product* product = nullptr;
    ProductPrice base;               // the base-year build-up
    const IndexPolicy* policy = nullptr;  // the model's, or the named policy of its kind or group
    ResolvedWeights weights;
    std::vector<YearTariff> years;   // base year first

    const YearTariff* find(int year) const;
};

// A trajectory is never indexed itself: each year it is priced again from that
// year's indexed component tariffs (METHOD.md §9).
struct IndexedTrajectory {
    const Trajectory* trajectory = nullptr;
    std::vector<TrajectoryPrice> years;  // base year first

    const TrajectoryPrice* find(int year) const;
};

struct IndexedTariffs {
    int base_year = 0;
    int last_year = 0;
    ResolvedWeights default_weights;   // for availability and the year's headline index
    std::vector<IndexStep> default_index;  // base year + 1 … last year
    // Each set of weights' steps per year, which the products' years point into;
    // shared, so a copy of the tariffs points into the same steps.
    std::shared_ptr<const std::unordered_map<std::string, std::vector<IndexStep>>> steps;
    std::vector<IndexedProduct> products;  // in the model's order
    std::unordered_map<std::string, std::size_t> positions;  // code → index in products
    std::vector<IndexedTrajectory> trajectories;  // in the model's order

    const IndexedProduct* find(const std::string& code) const;
    const IndexedTrajectory* find_trajectory(const std::string& code) const;
    // The price per unit of a product, or per trajectory, in `year`; none when
    // neither is indexed under `code` or the year is out of range.
    const engine::Number* price_of(const std::string& code, int year) const;
    const IndexStep* index_of(int year) const;  // the default weights' index
};

// Throws engine::InputError when indexing to `last_year` needs an indexation the model does not have.
void require_indexation(const Model& model, int last_year);

// Each year's index for each set of weights under a policy, computed once:
// most products share their kind's weights. The steps stay where they are.
class IndexSteps {
public:
    using Steps = std::unordered_map<std::string, std::vector<IndexStep>>;
    // For the years after `base_year` up to `last_year`.
    IndexSteps(int base_year, int last_year);

    // The steps of base year + 1 … last year under `policy` (the model's or a named one).
    const std::vector<IndexStep>& steps(const IndexPolicy& policy, const ResolvedWeights& weights);
    std::shared_ptr<const Steps> all() const { return steps_; }
    int last_year() const { return last_year_; }

private:
    int first_year_, last_year_;
    std::shared_ptr<Steps> steps_;
};

// One product indexed from its base-year price `base` (as `values` give it)
// to the steps' last year under `indexation` (the model's policy, or one in
// its place), its price per unit each year under `values`. Throws
// engine::InputError for a missing figure.
IndexedProduct index_product(CostModel& cost_model, const ProductPrice& base, const IndexPolicy& indexation,
                             IndexSteps& steps, engine::Evaluation& values);

// Indexes every product (or, given `only`, the products with those codes) from
// the model's base year up to `last_year`, and prices every trajectory (or
// those in `only`, with the products they are made of) in each year; products
// with the same weights share each year's index. Throws engine::InputError for a missing figure or a
// problem in the model.
IndexedTariffs index_tariffs(CostModel& cost_model, int last_year,
                             const std::unordered_set<std::string>* only = nullptr);
// The same under `values` (an evaluation of the cost model's graph) and the
// policy `indexation` in place of the model's.
IndexedTariffs index_tariffs(CostModel& cost_model, engine::Evaluation& values, const IndexPolicy& indexation,
                             int last_year, const std::unordered_set<std::string>* only);

}  // namespace tariffs
