#include "tariffs/pricing/whole_model.hpp"

namespace tariffs {

WholeModelPrices price_whole_model(const Model& model, CostModel& cost) {
    WholeModelPrices whole;
    whole.prices = cost.price_all();
    whole.sheet = make_price_sheet(model, whole.prices);
    // Budgets read the indexed tariffs of every year they cover.
    if (model.until > model.year || model.indexation.present || model.budgets.present)
        whole.indexed = index_tariffs(cost, model.until);
    if (model.budgets.present) whole.budgets = compute_budgets(model, *whole.indexed);
    return whole;
}

}  // namespace tariffs
