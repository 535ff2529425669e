// A model priced whole, as a workbook or a page of it shows it: every product,
// every contract year and the budgets.
#pragma once

#include "tariffs/model/model.hpp"
#include "tariffs/pricing/budgets.hpp"
#include "tariffs/pricing/cost_model.hpp"
#include "tariffs/pricing/indexed_tariffs.hpp"
#include "tariffs/pricing/price_sheet.hpp"

#include <optional>
#include <vector>

namespace tariffs {

struct WholeModelPrices {
    std::vector<ProductPrice> prices;       // in the model's order
    PriceSheet sheet;
    std::optional<IndexedTariffs> indexed;  // base year … last contract year, where there is more than one year or an indexation
    std::optional<Budgets> budgets;         // where the model has budgets
};

// Throws engine::InputError.
WholeModelPrices price_whole_model(const Model& model, CostModel& cost);

}  // namespace tariffs
