#include "tariffs/analyses/variant.hpp"

namespace tariffs {

Variant::Variant(Model model, Check check)
    : model_(std::make_unique<Model>(std::move(model))), cost_(std::make_unique<CostModel>(*model_)) {
    if (check == Check::lazily) return;
    engine::Diagnostics problems = cost_->check();
    if (!problems.empty()) throw engine::InputError(problems);
}

const IndexedTariffs& Variant::indexed(int last_year) {
    if (!indexed_ || indexed_->last_year < last_year) indexed_ = index_tariffs(*cost_, last_year);
    return *indexed_;
}

engine::Number Variant::price(const std::string& code, int year) {
    if (year <= model_->year) return cost_->price(*model_->find_product(code)).price.value;
    const IndexedProduct* indexed_product = indexed(year).find(code);
    return indexed_product->find(year)->price;
}

}  // namespace tariffs
