#include "tariffs/pricing/explanation.hpp"

namespace tariffs {

const engine::Number& Explanation::final_price() const {
    return indexation.empty() ? price.price.value : indexation.back().price;
}

namespace {

void add_units(const engine::Derivation& node, CostModel& cost, std::map<const engine::Derivation*, std::string>& units) {
    if (units.count(&node)) return;
    std::string unit = cost.unit_shown(*node.scope, node.name());
    units.emplace(&node, std::move(unit));
    for (const engine::Derivation* input : node.inputs) add_units(*input, cost, units);
}

}  // namespace

Explanation explain(CostModel& cost, const ProductPrice& price, const IndexedProduct* indexed, int year) {
    const Model& model = cost.model();
    const auto derived = [&](const std::optional<engine::Figure>& part) -> const engine::Derivation* {
        return part ? &cost.derivation(*part) : nullptr;
    };
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
        {"a", "Cost of professionals", derived(price.staff_cost)},
        {"b", "Other client-bound costs", derived(price.client_cost)},
        {"c", "Overhead", derived(price.overhead)},
        {"risk", "Risk surcharge", derived(price.risk)},
    };
    for (const auto& part : parts)
        if (part.root) explanation.elements.push_back(part);
    explanation.elements.push_back({"d", "Indexation", nullptr});
    explanation.derivation = &cost.derivation(price.price);
    add_units(*explanation.derivation, cost, explanation.units);
    return explanation;
}

}  // namespace tariffs
