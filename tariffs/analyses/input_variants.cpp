#include "tariffs/analyses/input_variants.hpp"

#include "tariffs/model/overrides.hpp"
#include "tariffs/pricing/trajectory_price.hpp"

#include <algorithm>
#include <set>

namespace tariffs {

namespace {

using engine::NodeId;

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

// Walks a product's graph on the way its values take, collecting the given
// values with the name an override gives them. Each node is visited at most
// twice: on a smooth path and on a bent one.
class InputWalk {
public:
    InputWalk(CostModel& cost, const Product& product, std::vector<TariffInput>& inputs)
        : cost_(cost), product_(product), inputs_(inputs) {}

    void from(NodeId node, bool smooth) {
        if (!seen_.insert({node, smooth}).second) return;
        const engine::Node& rule = cost_.graph()[node];
        if (rule.given()) return given(rule, node, smooth);
        const bool below = smooth && !bends(*rule.definition);
        cost_.values().trace(node, [&](NodeId read) { from(read, below); });
    }

    // Only what the node reads: the exact tariff is the tariff's value before its own rounding.
    void from_reads_of(NodeId node, bool smooth) {
        seen_.insert({node, smooth});
        cost_.values().trace(node, [&](NodeId read) { from(read, smooth); });
    }

private:
    void given(const engine::Node& rule, NodeId node, bool smooth) {
        const auto name = cost_.input_name(product_, rule.scope, rule.name());
        if (!name) return;  // a share of a staff mix
        auto known = std::find_if(inputs_.begin(), inputs_.end(), [&](const TariffInput& i) { return i.input == *name; });
        if (known != inputs_.end()) {
            known->smooth = known->smooth && smooth;
            return;
        }
        inputs_.push_back({*name, cost_.values().value(node), rule.definition->text, smooth, cost_.input_slots(*name)});
    }

    CostModel& cost_;
    const Product& product_;
    std::vector<TariffInput>& inputs_;
    std::set<std::pair<NodeId, bool>> seen_;
};

void add_missing(std::vector<TariffInput>& inputs, std::vector<TariffInput> more, bool smooth) {
    for (auto& input : more) {
        auto known = std::find_if(inputs.begin(), inputs.end(), [&](const TariffInput& i) { return i.input == input.input; });
        if (known != inputs.end()) continue;
        input.smooth = input.smooth && smooth;
        inputs.push_back(std::move(input));
    }
}

}  // namespace

std::vector<TariffInput> tariff_inputs(CostModel& cost, const Product& product) {
    const ProductNodes& nodes = cost.nodes(product);
    const engine::Node& tariff = cost.graph()[nodes.tariff];
    std::vector<TariffInput> inputs, read_by_price;
    InputWalk exact(cost, product, inputs);
    if (nodes.tariff_exact) exact.from(*nodes.tariff_exact, true);
    else if (tariff.given()) exact.from(nodes.tariff, true);
    else exact.from_reads_of(nodes.tariff, !bends_in_formula(*tariff.definition));
    // What only the rounded price reads (none in the standard method) is not smooth.
    InputWalk(cost, product, read_by_price).from(nodes.price, false);
    add_missing(inputs, std::move(read_by_price), false);
    return inputs;
}

std::vector<TariffInput> trajectory_inputs(CostModel& cost, const Trajectory& trajectory) {
    const Model& model = cost.model();
    std::vector<TariffInput> inputs;
    for (const auto& code : component_codes(trajectory)) {
        if (const Product* product = model.find_product(code)) add_missing(inputs, tariff_inputs(cost, *product), false);
        else add_missing(inputs, trajectory_inputs(cost, *model.find_trajectory(code)), false);
    }
    return inputs;
}

Variant& MovedInput::base() {
    variant_.reset();
    return variant_;
}

Variant* MovedInput::at(const TariffInput& input, const engine::Number& value) {
    const Model& model = cost_.model();
    if (const engine::Range* range = input_range(model, input.input); range && !range->contains(value)) return nullptr;
    if (input.slots) {
        variant_.reset();
        variant_.set(*input.slots, value);
        return &variant_;
    }
    try {
        Model changed = model;
        Override override;
        override.target = input.input;
        override.value.name = input.input;
        override.value.value = value;
        override.value.text = value.to_exact_decimal().value_or(value.to_fraction_string());
        override.value.pos = override.target_pos = {engine::make_file_name("a variant of " + input.input), 0, 0};
        apply_overrides(changed, {override});
        changed_variant_.reset();
        changed_ = std::make_unique<ChangedModel>(std::move(changed));
        changed_variant_ = std::make_unique<Variant>(*changed_->cost);
        return changed_variant_.get();
    } catch (const engine::InputError&) {
        return nullptr;  // a problem the moved input makes
    }
}

}  // namespace tariffs
