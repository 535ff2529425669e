// The price of a trajectory in a year (METHOD.md §9): each phase's cost from
// its components' rounded tariffs, each path's cost, the expected cost over the
// paths' shares, and the price with the coordination surcharge, rounded to cents.
#pragma once

#include "engine/number.hpp"
#include "tariffs/model/model.hpp"

#include <functional>
#include <string>
#include <unordered_set>
#include <vector>

namespace tariffs {

struct ComponentCost {
    const TrajectoryComponent* component = nullptr;
    engine::Number tariff;  // the component's rounded tariff per its own unit, in the year
    engine::Number cost;    // volume × tariff, exact
};

struct PhaseCost {
    const TrajectoryPhase* phase = nullptr;
    std::vector<ComponentCost> components;
    engine::Number cost;  // Σ volume × tariff, not rounded
};

struct PathCost {
    const TrajectoryPath* path = nullptr;
    engine::Number cost;  // Σ the cost of its phases
};

struct TrajectoryPrice {
    const Trajectory* trajectory = nullptr;
    int year = 0;
    std::vector<PhaseCost> phases;  // in the trajectory's order
    std::vector<PathCost> paths;    // in the trajectory's order
    engine::Number expected_cost;   // Σ share × path cost, exact
    engine::Number surcharge;       // expected cost × coordination surcharge, exact
    engine::Number price;           // round(expected cost + surcharge, 2, half up): per trajectory
};

// The rounded price per unit of a product in the year the trajectories are priced for.
using ProductTariff = std::function<engine::Number(const Product&)>;
// The rounded price of a trajectory's component (a product, or another trajectory) by its code.
using ComponentPrice = std::function<engine::Number(const std::string& code)>;

// One trajectory's price in `year` from its components' prices.
TrajectoryPrice price_trajectory(const Trajectory& trajectory, int year, const ComponentPrice& price_of);

// The codes of the trajectory's components, each once, in order of first appearance.
std::vector<std::string> component_codes(const Trajectory& trajectory);

// Every trajectory of `model` (or, given `only`, those with these codes) in
// `year`, in the model's order; a trajectory made of other trajectories takes
// their (rounded) prices of the same year.
std::vector<TrajectoryPrice> price_trajectories(const Model& model, int year, const ProductTariff& tariff_of,
                                                const std::unordered_set<std::string>* only = nullptr);

// `codes` with every product and trajectory their trajectories are made of, at any depth.
std::unordered_set<std::string> with_components(const Model& model, std::unordered_set<std::string> codes);

}  // namespace tariffs
