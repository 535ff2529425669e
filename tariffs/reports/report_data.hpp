// Everything a rich report (a workbook, an HTML annex) shows of a model: the
// price sheet with each product's derivation, and, where the model and the
// command have them, the indexed tariffs, the budgets and an allocation.
#pragma once

#include "tariffs/pricing/allocation.hpp"
#include "tariffs/pricing/budgets.hpp"
#include "tariffs/pricing/cost_model.hpp"
#include "tariffs/pricing/forecast.hpp"
#include "tariffs/pricing/indexed_tariffs.hpp"
#include "tariffs/model/model.hpp"
#include "tariffs/pricing/price_sheet.hpp"

#include <optional>
#include <vector>

namespace tariffs {

// The contribution forecast, and what it splits: `total`, a provider, a lot
// (each year's budget) or an amount.
struct ForecastData {
    Forecast forecast;
    std::string budget;
};

struct ReportData {
    const Model* model = nullptr;
    CostModel* cost = nullptr;           // the derivations behind every price (and for formulas)
    std::vector<ProductPrice> prices;    // in the model's order
    PriceSheet sheet;
    std::optional<IndexedTariffs> indexed;  // base year … the model's last contract year
    std::optional<Budgets> budgets;
    std::optional<Allocation> allocation;
    std::optional<ForecastData> forecast;
};

// The data of `model` priced whole (tariffs/pricing/whole_model), without an
// allocation or a forecast: a command adds those (tariffs/app/report_contents).
// Throws engine::InputError.
ReportData collect_report_data(const Model& model, CostModel& cost);

}  // namespace tariffs
