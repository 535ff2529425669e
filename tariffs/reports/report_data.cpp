#include "tariffs/reports/report_data.hpp"

namespace tariffs {

ReportData collect_report_data(const Model& model, CostModel& cost) {
    ReportData data;
    data.model = &model;
    data.cost = &cost;
    data.prices = cost.price_all();
    data.sheet = make_price_sheet(model, data.prices);
    if (model.until > model.year || model.indexation.present) data.indexed = index_tariffs(cost, model.until);
    if (model.budgets.present) {
        if (!data.indexed) data.indexed = index_tariffs(cost, model.until);
        data.budgets = compute_budgets(model, *data.indexed);
    }
    return data;
}

}  // namespace tariffs
