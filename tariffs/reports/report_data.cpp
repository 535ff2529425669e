#include "tariffs/reports/report_data.hpp"

#include "tariffs/pricing/whole_model.hpp"

namespace tariffs {

ReportData collect_report_data(const Model& model, CostModel& cost) {
    WholeModelPrices whole = price_whole_model(model, cost);
    ReportData data;
    data.model = &model;
    data.cost = &cost;
    data.prices = std::move(whole.prices);
    data.sheet = std::move(whole.sheet);
    data.indexed = std::move(whole.indexed);
    data.budgets = std::move(whole.budgets);
    return data;
}

}  // namespace tariffs
