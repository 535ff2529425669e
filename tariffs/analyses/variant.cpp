#include "tariffs/analyses/variant.hpp"

#include "tariffs/pricing/trajectory_price.hpp"

namespace tariffs {

Variant::Variant(CostModel& cost) : cost_(cost), values_(cost.graph(), cost.values()) {}

void Variant::set(const std::vector<engine::NodeId>& slots, const engine::Number& value,
                  const engine::Definition* written) {
    for (engine::NodeId slot : slots) values_.set(slot, value, written);
    trajectory_prices_.clear();
}

void Variant::set_indexation(const IndexPolicy* indexation) {
    indexation_ = indexation;
    steps_.reset();
    trajectory_prices_.clear();
}

void Variant::reset() {
    values_.reset();
    set_indexation(nullptr);
}

engine::Number Variant::price(const std::string& code, int year) {
    const Model& model = cost_.model();
    if (const Product* product = model.find_product(code)) {
        if (year <= model.year) return values_.value(cost_.nodes(*product).price);
        return indexed(*product, year).years.back().price;
    }
    const Trajectory& trajectory = *model.find_trajectory(code);
    if (year <= model.year) return values_.value(cost_.trajectory_node(trajectory));
    const auto key = std::make_pair(code, year);
    if (auto known = trajectory_prices_.find(key); known != trajectory_prices_.end()) return known->second;
    engine::Number result =
        price_trajectory(trajectory, year, [&](const std::string& component) { return price(component, year); }).price;
    return trajectory_prices_.emplace(key, std::move(result)).first->second;
}

IndexedProduct Variant::indexed(const Product& product, int last_year) {
    require_indexation(cost_.model(), last_year);
    if (!steps_ || steps_->last_year() < last_year) steps_.emplace(cost_.model().year, last_year);
    IndexedProduct result = index_product(cost_, price(product), indexation(), *steps_, values_);
    while (!result.years.empty() && result.years.back().year > last_year) result.years.pop_back();
    return result;
}

ChangedModel::ChangedModel(Model changed)
    : model(std::make_unique<Model>(std::move(changed))), cost(std::make_unique<CostModel>(*model)) {
    engine::Diagnostics problems = cost->check();
    if (!problems.empty()) throw engine::InputError(problems);
}

}  // namespace tariffs
