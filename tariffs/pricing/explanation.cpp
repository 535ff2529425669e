#include "tariffs/pricing/explanation.hpp"

namespace tariffs {

const engine::Number& Explanation::final_price() const {
    return indexation.empty() ? price.price->value : indexation.back().price;
}

Explanation explain(const Model& model, const ProductPrice& price, const IndexedProduct* indexed, int year) {
    Explanation explanation;
    explanation.model = &model;
    explanation.product = price.product;
    explanation.price = price;
    explanation.year = indexed && year > model.year ? year : model.year;
    explanation.policy = indexed ? indexed->policy : &model.indexation.for_product(price.product->kind, price.product->group);
    if (indexed)
        for (const auto& step : indexed->years)
            if (step.year > model.year && step.year <= explanation.year) explanation.indexation.push_back(step);
    // An element the tariff does not depend on is left out: a product priced
    // by rules of its own shows what they compute, not the standard build-up.
    const ExplanationElement parts[] = {
        {"a", "Cost of professionals", price.staff_cost},
        {"b", "Other client-bound costs", price.client_cost},
        {"c", "Overhead", price.overhead},
        {"risk", "Risk surcharge", price.risk},
    };
    for (const auto& part : parts)
        if (part.root) explanation.elements.push_back(part);
    explanation.elements.push_back({"d", "Indexation", nullptr});
    return explanation;
}

}  // namespace tariffs
