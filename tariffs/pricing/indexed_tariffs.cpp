#include "tariffs/pricing/indexed_tariffs.hpp"

namespace tariffs {

using engine::Number;

const YearTariff* IndexedProduct::find(int year) const {
    for (const auto& y : years)
        if (y.year == year) return &y;
    return nullptr;
}

const IndexedProduct* IndexedTariffs::find(const std::string& code) const {
    for (const auto& p : products)
        if (p.product->code == code) return &p;
    return nullptr;
}

const IndexStep* IndexedTariffs::index_of(int year) const {
    for (const auto& step : default_index)
        if (step.year == year) return &step;
    return nullptr;
}

namespace {

IndexedProduct index_product(CostModel& cost_model, const ProductPrice& base, int last_year) {
    const Model& model = cost_model.model();
    const IndexPolicy& policy = model.indexation;
    IndexedProduct indexed;
    indexed.product = base.product;
    indexed.base = base;
    indexed.weights = resolve_weights(policy, base.product->index_weights, base.product->kind,
                                      base.personnel_share->value);
    indexed.years.push_back({model.year, std::nullopt, base.tariff->value, base.tariff_exact->value, base.price->value});
    // Direct indexation multiplies the exact base-year tariff by every factor and rounds once.
    Number direct_factor = 1;
    for (int year = model.year + 1; year <= last_year; ++year) {
        YearTariff next;
        next.year = year;
        next.index = compute_index(policy, indexed.weights, year);
        const Number factor = Number(1) + next.index->index;
        if (policy.method == IndexMethod::direct) {
            direct_factor = direct_factor * factor;
            next.unrounded = base.tariff_exact->value * direct_factor;
        } else {
            next.unrounded = indexed.years.back().tariff * factor;
        }
        next.tariff = policy.round_tariff.apply(next.unrounded);
        next.price = cost_model.price_for_tariff(*base.product, year, next.tariff).value;
        indexed.years.push_back(std::move(next));
    }
    return indexed;
}

}  // namespace

IndexedTariffs index_tariffs(CostModel& cost_model, int last_year) {
    const Model& model = cost_model.model();
    IndexedTariffs result;
    result.base_year = model.year;
    result.last_year = last_year;
    const std::vector<ProductPrice> prices = cost_model.price_all();
    if (last_year > model.year && !model.indexation.present)
        throw engine::InputError(SourcePos{engine::make_file_name(model.file), 1, 1},
                                 "indexing to " + std::to_string(last_year) +
                                     " needs an `indexation` section in the model");
    result.default_weights = resolve_weights(model.indexation, std::nullopt, "", Number(0));
    for (int year = model.year + 1; year <= last_year; ++year)
        result.default_index.push_back(compute_index(model.indexation, result.default_weights, year));
    for (const auto& price : prices) result.products.push_back(index_product(cost_model, price, last_year));
    return result;
}

}  // namespace tariffs
