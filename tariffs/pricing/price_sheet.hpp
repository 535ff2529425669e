// The price sheet: every product with its unit, tariff and main build-up.
#pragma once

#include "engine/number.hpp"
#include "tariffs/pricing/cost_model.hpp"
#include "tariffs/pricing/trajectory_price.hpp"
#include "tariffs/model/model.hpp"

#include <optional>
#include <string>
#include <vector>

namespace tariffs {

struct PriceLine {
    std::string code;
    std::string name;
    std::string kind;
    std::string unit;
    std::string ijw_unit;   // iJw Eenheid code, e.g. `04`
    std::string category;   // iJw product category, may be empty
    engine::Number tariff;  // per unit, as its rule rounds it
    // The build-up per base unit (exact, unrounded): the unit itself, or the
    // hour for a minute product, whose tariff derives from the hourly tariff.
    // A part the tariff does not depend on is absent, not a figure.
    std::string base_unit;
    std::optional<engine::Number> staff_cost;
    std::optional<engine::Number> client_cost;
    std::optional<engine::Number> overhead;
    std::optional<engine::Number> risk;
    std::optional<engine::Number> personnel_share;
};

struct PriceSheet {
    std::string model;
    std::string model_file;
    int year = 0;
    ScenarioInfo scenario;         // the scenario it is priced under, if any
    std::vector<PriceLine> lines;  // in the model's order
    std::vector<TrajectoryPrice> trajectories;  // in the model's order, from the lines' tariffs
};

PriceSheet make_price_sheet(const Model& model, const std::vector<ProductPrice>& prices);

}  // namespace tariffs
