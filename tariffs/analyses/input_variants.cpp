#include "tariffs/analyses/input_variants.hpp"

#include "tariffs/model/overrides.hpp"

#include <algorithm>
#include <set>

namespace tariffs {

namespace {

using engine::Derivation;

void collect(const Derivation* node, const Product& product, CostModel& cost, std::set<const Derivation*>& seen,
             std::vector<TariffInput>& inputs) {
    if (!node || !seen.insert(node).second) return;
    if (node->definition->kind == engine::Definition::Kind::value) {
        if (auto input = cost.input_name(product, node->scope, node->name())) {
            const bool known = std::any_of(inputs.begin(), inputs.end(), [&](const TariffInput& i) { return i.input == *input; });
            if (!known) inputs.push_back({*input, node->value, node->definition->text});
        }
        return;
    }
    for (const Derivation* input : node->inputs) collect(input, product, cost, seen, inputs);
}

}  // namespace

std::vector<TariffInput> tariff_inputs(CostModel& cost, const Product& product) {
    const ProductPrice price = cost.price(product);
    std::set<const Derivation*> seen;
    std::vector<TariffInput> inputs;
    collect(price.price, product, cost, seen, inputs);
    collect(price.tariff_exact, product, cost, seen, inputs);
    return inputs;
}

Variant* OneInputVariants::with(const std::string& input, const engine::Number& value) {
    const std::string text = value.to_fraction_string();
    auto key = std::make_pair(input, text);
    auto it = cache_.find(key);
    if (it != cache_.end()) return it->second.get();
    std::unique_ptr<Variant> variant;
    try {
        Model changed = model_;
        Override override;
        override.target = input;
        override.value.name = input;
        override.value.value = value;
        override.value.text = value.to_exact_decimal().value_or(text);
        override.value.pos = override.target_pos = {engine::make_file_name("a variant of " + input), 0, 0};
        apply_overrides(changed, {override});
        variant = std::make_unique<Variant>(std::move(changed), Variant::Check::lazily);
    } catch (const engine::InputError&) {
        variant = nullptr;  // outside its range
    }
    return cache_.emplace(key, std::move(variant)).first->second.get();
}

}  // namespace tariffs
