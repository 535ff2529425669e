#include "tariffs/analyses/input_variants.hpp"

#include "tariffs/model/overrides.hpp"

#include <algorithm>
#include <set>

namespace tariffs {

namespace {

using engine::Derivation;

// A rule that rounds, or chooses with min, max or if: the tariff is no longer
// a ratio of linear functions of what lies below it. Read from its text, so a
// name that merely contains `round` counts too: that errs on the safe side.
bool bends_in_formula(const engine::Definition& definition) {
    const std::string& text = definition.text;
    for (const char* word : {"round", "min(", "max(", "if("})
        if (text.find(word) != std::string::npos) return true;
    return false;
}

bool bends(const engine::Definition& definition) { return definition.rounding || bends_in_formula(definition); }

// Each node is visited at most twice: on a smooth path and on a bent one.
void collect(const Derivation* node, bool smooth, const Product& product, CostModel& cost,
             std::set<std::pair<const Derivation*, bool>>& seen, std::vector<TariffInput>& inputs) {
    if (!node || !seen.insert({node, smooth}).second) return;
    if (node->definition->kind == engine::Definition::Kind::value) {
        if (auto input = cost.input_name(product, node->scope, node->name())) {
            auto known = std::find_if(inputs.begin(), inputs.end(), [&](const TariffInput& i) { return i.input == *input; });
            if (known == inputs.end()) inputs.push_back({*input, node->value, node->definition->text, smooth});
            else known->smooth = known->smooth && smooth;
        }
        return;
    }
    const bool below = smooth && !bends(*node->definition);
    for (const Derivation* input : node->inputs) collect(input, below, product, cost, seen, inputs);
}

}  // namespace

std::vector<TariffInput> tariff_inputs(CostModel& cost, const Product& product) {
    const ProductPrice price = cost.price(product);
    std::set<std::pair<const Derivation*, bool>> seen, seen_by_price;
    std::vector<TariffInput> inputs, read_by_price;
    const Derivation& tariff = cost.derivation(price.tariff);
    if (price.tariff_exact || tariff.definition->kind != engine::Definition::Kind::formula) {
        collect(price.tariff_exact ? &cost.derivation(*price.tariff_exact) : &tariff, true, product, cost, seen, inputs);
    } else {
        // The exact tariff is the tariff's own value before its rule rounds it.
        const bool smooth = !bends_in_formula(*tariff.definition);
        for (const Derivation* input : tariff.inputs) collect(input, smooth, product, cost, seen, inputs);
    }
    // What only the rounded price reads (none in the standard method) is not smooth.
    collect(&cost.derivation(price.price), false, product, cost, seen_by_price, read_by_price);
    for (auto& input : read_by_price)
        if (std::none_of(inputs.begin(), inputs.end(), [&](const TariffInput& i) { return i.input == input.input; }))
            inputs.push_back(std::move(input));
    return inputs;
}

engine::Number exact_tariff(Variant& variant, const std::string& code) {
    return variant.cost().price(*variant.model().find_product(code)).exact_tariff();
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
