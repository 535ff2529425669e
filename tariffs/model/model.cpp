#include "tariffs/model/model.hpp"

#include <algorithm>

namespace tariffs {

namespace {
template <typename Items, typename Key>
auto find_by(const Items& items, const Key& key, auto member) -> decltype(&*items.begin()) {
    for (const auto& item : items)
        if (item.*member == key) return &item;
    return nullptr;
}
}  // namespace

const Kind::UnitRule* Kind::find_unit(const std::string& unit) const {
    return find_by(units, unit, &UnitRule::unit);
}

const Kind* Method::find_kind(const std::string& kind) const { return find_by(kinds, kind, &Kind::name); }

const Definition* Method::find(const std::string& name) const {
    return find_by(definitions, name, &Definition::name);
}

const Role* Model::find_role(const std::string& role) const { return find_by(roles, role, &Role::name); }

const Product* Model::find_product(const std::string& code) const {
    if (product_positions.size() != products.size()) return find_by(products, code, &Product::code);
    auto it = product_positions.find(code);
    return it == product_positions.end() ? nullptr : &products[it->second];
}

const Trajectory* Model::find_trajectory(const std::string& code) const {
    return find_by(trajectories, code, &Trajectory::code);
}

const RoundingPolicy* Model::rounding_policy_for(const Product& product) const {
    const auto names = [](const std::vector<std::pair<std::string, SourcePos>>& list, const std::string& name) {
        return std::any_of(list.begin(), list.end(), [&](const auto& entry) { return entry.first == name; });
    };
    if (!product.group.empty())
        for (const auto& policy : rounding_policies)
            if (names(policy.groups, product.group)) return &policy;
    for (const auto& policy : rounding_policies)
        if (names(policy.kinds, product.kind)) return &policy;
    return nullptr;
}

const NamedScenario* Model::find_scenario(const std::string& name) const {
    return find_by(scenarios, name, &NamedScenario::name);
}

void Model::add_product(Product product) {
    product_positions.emplace(product.code, products.size());
    products.push_back(std::move(product));
}

}  // namespace tariffs
