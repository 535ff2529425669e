#include "tariffs/explanation.hpp"

namespace tariffs {

Explanation explain(const Model& model, const ProductPrice& price) {
    Explanation explanation;
    explanation.model = &model;
    explanation.product = price.product;
    explanation.price = price;
    explanation.elements = {
        {"a", "Cost of professionals", price.staff_cost, ""},
        {"b", "Other client-bound costs", price.client_cost, ""},
        {"c", "Overhead", price.overhead, ""},
        {"risk", "Risk surcharge", price.risk, ""},
        {"d", "Indexation", nullptr,
         "none: this is the tariff of the base year " + std::to_string(model.year) + "."},
    };
    return explanation;
}

}  // namespace tariffs
