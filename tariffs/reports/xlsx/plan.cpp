#include "tariffs/reports/xlsx/plan.hpp"

#include "tariffs/reports/xlsx/formula.hpp"

#include <exception>
#include <optional>

namespace tariffs::xlsx {

namespace {

// Whether `outer` is `inner` or one of its ancestors.
bool within(const Scope* inner, const Scope* outer) {
    for (const Scope* scope = inner; scope; scope = scope->parent())
        if (scope == outer) return true;
    return false;
}

}  // namespace

bool is_formula(const Derivation& derivation) {
    return derivation.definition->kind == engine::Definition::Kind::formula && derivation.definition->expr;
}

Plan::Plan(const ReportData& data) : data_(data), cost_(*data.cost) {
    for (const auto& price : data.prices) {
        const Scope& scope = cost_.scope_of(*price.product);
        owners_.emplace(&scope, price.product);
        if (const engine::Collection* mix = scope.find_local_collection("staff_mix"))
            for (const Scope* item : mix->items) owners_.emplace(item, price.product);
    }
    for (const auto& price : data.prices) {
        const Product& product = *price.product;
        for (const engine::Figure* root : price.figures()) visit(cost_.derivation(*root), product);
    }
}

const Derivation* Plan::resolve(const Derivation& rule, const Scope& context, const std::string& name) {
    const Derivation* best = nullptr;
    for (const Derivation* input : rule.inputs)
        if (input->name() == name && within(&context, input->scope) &&
            (!best || input->scope->depth() > best->scope->depth()))
            best = input;
    if (best) return best;
    try {
        const Derivation* found = nullptr;
        auto hint = hints_.find(&rule);
        if (hint != hints_.end() && within(&cost_.scope_of(*hint->second), &context)) {
            found = &cost_.value(*hint->second, name);
        } else {
            for (const auto& role : data_.model->roles)
                if (context.label() == "staff level " + role.name) found = &cost_.value(role, name);
        }
        if (found && within(&context, found->scope)) return found;
    } catch (const std::exception&) {
        // e.g. a division by zero in the branch not taken: the row shows the engine's value
    }
    return nullptr;
}

const Product* Plan::owner(const Derivation& derivation) const {
    auto it = owners_.find(derivation.scope);
    return it == owners_.end() ? nullptr : it->second;
}

bool Plan::depends_on(const Derivation& derivation, const Derivation* target) const {
    std::set<const Derivation*> done;
    std::vector<const Derivation*> todo{&derivation};
    while (!todo.empty()) {
        const Derivation* next = todo.back();
        todo.pop_back();
        auto it = uses_.find(next);
        if (it == uses_.end()) continue;
        for (const Derivation* used : it->second) {
            if (used == target) return true;
            if (done.insert(used).second) todo.push_back(used);
        }
    }
    return false;
}

void Plan::visit(const Derivation& derivation, const Product& product) {
    if (!seen_.insert(&derivation).second) return;
    if (!is_formula(derivation)) {
        values.push_back(&derivation);
        return;
    }
    hints_[&derivation] = &product;
    std::vector<const Derivation*> used;
    FormulaWriter walk([&](const Scope& context, const std::string& name) -> std::optional<std::string> {
        const Derivation* found = resolve(derivation, context, name);
        if (!found) return std::nullopt;
        used.push_back(found);
        return std::string("X");
    });
    walk.rule(derivation);
    uses_[&derivation] = used;
    for (const Derivation* input : used) visit(*input, product);
    if (const Product* of = owner(derivation)) own[of].push_back(&derivation);
    else shared.push_back(&derivation);
}

}  // namespace tariffs::xlsx
