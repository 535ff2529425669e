#include "tariffs/pricing/cost_model.hpp"
#include "tariffs/pricing/missing_parameters.hpp"

#include "engine/names_used.hpp"
#include "tariffs/model/ijw.hpp"
#include "tariffs/model/method_loader.hpp"
#include "tariffs/pricing/trajectory_price.hpp"

#include <algorithm>
#include <set>

namespace tariffs {

CostModel::CostModel(const Model& model) : model_(model), units_(model.method.counts) {
    const bool standard = model.method.file == standard_method_file;
    method_scope_ = &add_scope(standard ? "standard method" : "method " + model.method.file, nullptr,
                               SourcePos{engine::make_file_name(model.method.file), 0, 0});
    define_all(*method_scope_, model.method.definitions);
    model_scope_ = &add_scope("model", method_scope_, SourcePos{engine::make_file_name(model.file), 0, 0});
    define_all(*model_scope_, model.definitions);
    build_kind_scopes();
    build_role_scopes();
    for (const auto& product : model.products) build_product_scope(product);
}

engine::Scope& CostModel::add_scope(std::string label, const engine::Scope* parent, SourcePos pos) {
    scopes_.push_back(std::make_unique<engine::Scope>(std::move(label), parent, std::move(pos)));
    return *scopes_.back();
}

// The model's rounding policy sets the rounding of a rule wherever it is
// defined; every other definition is the model's own, shared, not copied.
void CostModel::define_all(engine::Scope& scope, const std::vector<Definition>& definitions) {
    for (const Definition& definition : definitions) define_one(scope, definition);
}

void CostModel::define_one(engine::Scope& scope, const Definition& definition) {
    const engine::Rounding* rounding = nullptr;
    if (definition.kind == Definition::Kind::formula)
        for (const auto& choice : model_.rounding)
            if (choice.rule == definition.name) rounding = &choice.rounding;
    if (!rounding) return scope.define_shared(definition);
    Definition rounded = definition;
    rounded.rounding = *rounding;
    scope.define(std::move(rounded));
}

// A kind's own rules sit below the model, so a product sees them first; a rule
// or parameter the model defines for all products replaces the kind's.
void CostModel::build_kind_scopes() {
    std::set<std::string> model_names;
    for (const auto& definition : model_.definitions) model_names.insert(definition.name);
    for (const auto& kind : model_.method.kinds) {
        engine::Scope& scope = add_scope("kind " + kind.name, model_scope_, kind.pos);
        for (const auto& definition : kind.definitions)
            if (!model_names.count(definition.name)) define_one(scope, definition);
        kind_scopes_[kind.name] = &scope;
    }
}

void CostModel::build_role_scopes() {
    for (const auto& role : model_.roles) {
        engine::Scope& scope = add_scope("staff level " + role.name, model_scope_, role.pos);
        define_all(scope, role.definitions);
        role_scopes_[role.name] = &scope;
    }
}

void CostModel::build_product_scope(const Product& product) {
    auto kind = kind_scopes_.find(product.kind);
    engine::Scope& scope = add_scope("product " + product.code,
                                     kind == kind_scopes_.end() ? model_scope_ : kind->second, product.pos);
    define_all(scope, product.definitions);
    // Its kind's or group's rounding policy, then its own `round:` for the tariff.
    if (const RoundingPolicy* policy = model_.rounding_policy_for(product))
        for (const auto& choice : policy->rounding) round_rule(scope, choice.rule, choice.rounding);
    if (product.rounding) round_rule(scope, rule::tariff, *product.rounding);
    engine::Collection mix{"staff_mix", {}, product.pos};
    // Without one, the product may still be priced by rules that use no staff cost.
    if (product.staff_mix.empty()) mix.missing = engine::msg("product `{code}` needs a `staff_mix`", {engine::arg("code", product.code)});
    for (const auto& share : product.staff_mix) {
        auto role = role_scopes_.find(share.role);
        if (role == role_scopes_.end()) continue;  // the loader reported it
        engine::Scope& item = add_scope("staff mix of " + product.code + ": " + share.role, role->second, share.pos);
        item.set_written(false);
        Definition definition;
        definition.name = "share";
        definition.value = share.share;
        definition.text = share.share.to_exact_decimal().value_or(share.share.to_fraction_string());
        definition.pos = share.pos;
        definition.unit = "1";  // a share of the staff mix: a pure number
        item.define(std::move(definition));
        mix.items.push_back(&item);
    }
    scope.define_collection(std::move(mix));
    product_scopes_[&product] = &scope;
}

// A rounding for one product (a policy of its kind or group, its own
// `round:`): a copy of the rule it sees (its own, its kind's, the model's or the
// method's) in its scope, so every other product keeps sharing the original.
void CostModel::round_rule(engine::Scope& scope, const std::string& rule, const engine::Rounding& rounding) {
    const Definition* definition = scope.find(rule).definition;
    if (!definition || definition->kind != Definition::Kind::formula) return;  // the loader reported it
    Definition rounded = *definition;
    rounded.rounding = rounding;
    scope.define(std::move(rounded));
}

const engine::Scope& CostModel::scope_of(const Product& product) const { return *product_scopes_.at(&product); }

const engine::Scope& CostModel::scope_of(const Role& role) const { return *role_scopes_.at(role.name); }

const engine::Derivation& CostModel::value(const Product& product, std::string_view name) {
    return derivations_.of(graph_.node(scope_of(product), name));
}

const engine::Derivation& CostModel::value(const Role& role, std::string_view name) {
    return derivations_.of(graph_.node(scope_of(role), name));
}

std::optional<std::string> CostModel::input_name(const Product& product, const engine::Scope* scope,
                                                 std::string_view name) const {
    if (scope == &scope_of(product)) return product.code + "." + std::string(name);
    for (const auto& [role, role_scope] : role_scopes_)
        if (scope == role_scope) return role + "." + std::string(name);
    if (scope == model_scope_ || scope == method_scope_) return std::string(name);
    for (const auto& [kind, kind_scope] : kind_scopes_)
        if (scope == kind_scope) return std::string(name);
    return std::nullopt;
}

engine::Number CostModel::price_for_tariff(const Product& product, const engine::Number& tariff,
                                           engine::Evaluation& values) {
    nodes(product);  // compiled on first ask
    ProductNodes& product_nodes = nodes_.at(&product);
    if (product_nodes.price == product_nodes.tariff) return tariff;  // priced per its base unit
    if (product_nodes.indexed_price == engine::no_node) compile_indexed_price(product, product_nodes);
    return values.value_with(product_nodes.indexed_price, product_nodes.indexed_tariff, tariff);
}

// The price rule in a scope of its own below the product's, where the tariff
// is a given value: the price of another tariff is the rule's value with that
// value substituted, the rest of the product's graph shared.
void CostModel::compile_indexed_price(const Product& product, ProductNodes& product_nodes) {
    const engine::Scope& product_scope = scope_of(product);
    engine::Scope& scope = add_scope(product_scope.label() + " at an indexed tariff", &product_scope, product_scope.pos());
    Definition indexed;
    indexed.name = rule::tariff;
    indexed.value = 0;
    indexed.text = "an indexed tariff";
    indexed.pos = model_.indexation.pos;
    scope.define(std::move(indexed));
    product_nodes.indexed_price = graph_.node(scope, price_rule(product));
    product_nodes.indexed_tariff = graph_.node(scope, rule::tariff);
}

engine::NodeId CostModel::trajectory_node(const Trajectory& trajectory) {
    if (auto known = trajectory_nodes_.find(&trajectory); known != trajectory_nodes_.end()) return known->second;
    const std::vector<std::string> codes = component_codes(trajectory);
    std::vector<engine::NodeId> reads;
    for (const auto& code : codes) {  // the loader refuses a trajectory that contains itself
        if (const Product* product = model_.find_product(code)) reads.push_back(nodes(*product).price);
        else if (const Trajectory* inner = model_.find_trajectory(code)) reads.push_back(trajectory_node(*inner));
        else
            throw engine::InputError(trajectory.pos,
                                     engine::msg("trajectory `{trajectory}` takes `{code}`, which is neither a product "
                                                 "nor a trajectory of the model",
                                                 {engine::arg("trajectory", trajectory.code), engine::arg("code", code)}));
    }
    Definition& named = trajectory_definitions_.emplace_back();
    named.name = trajectory.code;
    named.kind = Definition::Kind::formula;
    named.text = "the price of trajectory " + trajectory.code + " from its components' prices";
    named.pos = trajectory.pos;
    const int year = model_.year;
    const engine::NodeId node = graph_.add_host(
        named, *model_scope_, reads, [&trajectory, codes, year](const std::vector<const engine::Number*>& prices) {
            return price_trajectory(trajectory, year, [&](const std::string& code) {
                       return *prices[static_cast<std::size_t>(std::find(codes.begin(), codes.end(), code) - codes.begin())];
                   }).price;
        });
    trajectory_nodes_.emplace(&trajectory, node);
    return node;
}

// Where the model, a kind or the method gives a parameter, an override of the
// model's replaces each (a kind's is not read once the model gives it).
std::optional<std::vector<engine::NodeId>> CostModel::input_slots(const std::string& input) const {
    std::vector<const engine::Scope*> places;
    std::string name = input;
    if (const auto dot = input.rfind('.'); dot != std::string::npos) {
        const std::string owner = input.substr(0, dot);
        name = input.substr(dot + 1);
        if (auto role = role_scopes_.find(owner); role != role_scopes_.end()) places.push_back(role->second);
        else if (const Product* product = model_.find_product(owner)) places.push_back(&scope_of(*product));
        else return std::nullopt;
        const Definition* own = places.front()->find_local(name);
        if (!own || own->kind != Definition::Kind::value) return std::nullopt;
    } else {
        places.push_back(model_scope_);
        for (const auto& [kind, scope] : kind_scopes_) places.push_back(scope);
        places.push_back(method_scope_);
        bool given = false;
        for (const engine::Scope* place : places)
            if (const Definition* own = place->find_local(name)) {
                if (own->kind == Definition::Kind::formula) return std::nullopt;
                given = given || own->kind == Definition::Kind::value;
            }
        if (!given) return std::nullopt;
    }
    std::vector<engine::NodeId> slots;
    for (const engine::Scope* place : places)
        if (const Definition* own = place->find_local(name); own && own->kind == Definition::Kind::value)
            if (auto node = graph_.find(*place, *own)) slots.push_back(*node);
    return slots;
}

std::string CostModel::price_rule(const Product& product) const {
    const Kind* kind = model_.method.find_kind(product.kind);
    const Kind::UnitRule* unit = kind ? kind->find_unit(product.unit) : nullptr;
    return unit ? unit->rule : rule::tariff;
}

const engine::Number& ProductPrice::exact_tariff() const {
    if (tariff_exact) return tariff_exact->value;
    return tariff.unrounded ? *tariff.unrounded : tariff.value;
}

std::vector<const engine::Figure*> ProductPrice::figures() const {
    std::vector<const engine::Figure*> present;
    for (const auto* part : {&staff_cost, &client_cost, &overhead, &risk, &tariff_exact})
        if (*part) present.push_back(&**part);
    present.push_back(&tariff);
    if (personnel_share) present.push_back(&*personnel_share);
    present.push_back(&price);
    return present;
}

// Only what the tariff depends on is checked: a product priced by rules of its
// own needs no staff mix, salaries or material costs it does not use.
engine::Diagnostics CostModel::check() {
    if (checked_) return *checked_;
    engine::Diagnostics problems;
    prices_.reserve(model_.products.size());
    for (const auto& product : model_.products) {
        const engine::Scope& scope = scope_of(product);
        bool ok = checker_.check(scope, price_rule(product), problems);
        ok = checker_.check(scope, rule::tariff, problems) && ok;
        if (has_personnel_share(scope)) ok = checker_.check(scope, rule::personnel_share, problems) && ok;
        if (!ok) continue;  // a name unknown or a rule in a cycle has no unit to speak of
        check_units(product, problems);
        try {
            prices_.push_back(price(product));
        } catch (const engine::InputError& e) {
            problems.append(e.diagnostics());
        }
    }
    if (!checker_.missing_inputs().empty()) {  // a valid model (every variant) builds nothing here
        std::map<const engine::Scope*, std::string> products;
        for (const auto& [product, scope] : product_scopes_) products[scope] = product->code;
        problems = gather_model_parameters(problems, checker_.missing_inputs(), *model_scope_, products,
                                           SourcePos{engine::make_file_name(model_.file), 1, 1});
    }
    checked_ = problems;
    return problems;
}

void CostModel::check_units(const Product& product, engine::Diagnostics& problems) {
    const Kind* kind = model_.method.find_kind(product.kind);
    const Unit* unit = find_unit(product.unit);
    if (!kind || !unit) return;  // the loader reported it
    const auto euro_per = [](std::string_view measure) { return *engine::MeasureUnit::parse("EUR/" + std::string(measure)); };
    const engine::Scope& scope = scope_of(product);
    const std::string rule = price_rule(product);
    units_.expect(scope, rule, euro_per(unit->measure), engine::msg("the price of product {code} per {unit}",
                              {engine::arg("code", product.code), engine::arg("unit", product.unit)}),
                  problems);
    if (rule == rule::tariff) return;
    for (const auto& priced : kind->units)
        if (const Unit* base = find_unit(priced.unit); base && priced.rule == rule::tariff) {
            units_.expect(scope, rule::tariff, euro_per(base->measure),
                          engine::msg("the tariff of product {code} per {unit}",
                                      {engine::arg("code", product.code), engine::arg("unit", priced.unit)}),
                          problems);
            return;
        }
}

const ProductNodes& CostModel::nodes(const Product& product) {
    if (auto known = nodes_.find(&product); known != nodes_.end()) return known->second;
    const engine::Scope& scope = scope_of(product);
    ProductNodes compiled;
    compiled.price = graph_.node(scope, price_rule(product));
    compiled.tariff = graph_.node(scope, rule::tariff);  // checks it, so its parts are known
    compiled.staff_cost = part_of_tariff(scope, rule::staff_cost);
    compiled.client_cost = part_of_tariff(scope, rule::client_cost);
    compiled.overhead = part_of_tariff(scope, rule::overhead);
    compiled.risk = part_of_tariff(scope, rule::risk);
    compiled.tariff_exact = part_of_tariff(scope, rule::tariff_exact);
    if (has_personnel_share(scope)) compiled.personnel_share = graph_.node(scope, rule::personnel_share);
    return nodes_.emplace(&product, compiled).first->second;
}

ProductPrice CostModel::price(const Product& product, engine::Evaluation& values) {
    const ProductNodes& product_nodes = nodes(product);
    ProductPrice result;
    result.product = &product;
    result.price = values.figure(product_nodes.price);
    result.tariff = values.figure(product_nodes.tariff);
    const auto part = [&](const std::optional<engine::NodeId>& node) -> std::optional<engine::Figure> {
        if (!node) return std::nullopt;
        return values.figure(*node);
    };
    result.staff_cost = part(product_nodes.staff_cost);
    result.client_cost = part(product_nodes.client_cost);
    result.overhead = part(product_nodes.overhead);
    result.risk = part(product_nodes.risk);
    result.tariff_exact = part(product_nodes.tariff_exact);
    result.personnel_share = part(product_nodes.personnel_share);
    return result;
}

std::optional<engine::NodeId> CostModel::part_of_tariff(const engine::Scope& scope, const char* part) {
    if (!checker_.looked_up(scope, rule::tariff, part)) return std::nullopt;
    return graph_.node(scope, part);
}

// Read from the rule as the product sees it, once its tariff was checked.
bool CostModel::has_personnel_share(const engine::Scope& scope) const {
    const Definition* share = scope.find(rule::personnel_share).definition;
    if (!share || share->kind == Definition::Kind::input) return false;
    if (share->kind == Definition::Kind::value) return true;
    const engine::NamesUsed read = engine::names_used(*share->expr);
    for (const auto* names : {&read.values, &read.collections})
        for (const auto& name : *names)
            if (!checker_.looked_up(scope, rule::tariff, name)) return false;
    return true;
}

const std::vector<ProductPrice>& CostModel::price_all() {
    engine::Diagnostics problems = check();
    if (!problems.empty()) throw engine::InputError(problems);
    return prices_;  // every product priced by the check, in the model's order
}

}  // namespace tariffs
