#include "tariffs/analyses/scenario_check.hpp"

#include "tariffs/model/overrides.hpp"
#include "tariffs/pricing/budgets.hpp"

#include <set>
#include <tuple>

namespace tariffs {

namespace {

using engine::Derivation;

using Place = std::tuple<const std::string*, int, int>;

Place place_of(const engine::SourcePos& pos) { return {pos.file, pos.line, pos.column}; }

// The places of every definition the derivations use.
void collect(const Derivation* node, std::set<const Derivation*>& seen, std::set<Place>& used) {
    if (!node || !seen.insert(node).second) return;
    used.insert(place_of(node->definition->pos));
    for (const Derivation* input : node->inputs) collect(input, seen, used);
}

std::string why_unused(const std::string& target) {
    const auto dot = target.rfind('.');
    if (dot == std::string::npos)
        return "every tariff that uses `" + target + "` takes it from a product, staff level or kind that gives its own";
    const std::string owner = target.substr(0, dot), name = target.substr(dot + 1);
    return "no tariff takes `" + name + "` from `" + owner + "` (a staff level's inputs count for its wage cost only; " +
           "a product's, for its own tariff)";
}

// The same problems, each saying it comes from the scenario.
engine::InputError under(const std::string& scenario, const engine::InputError& error) {
    engine::Diagnostics problems;
    for (const auto& problem : error.diagnostics().items())
        problems.add(problem.pos, "under scenario `" + scenario + "`: " + problem.message);
    return engine::InputError(problems);
}

}  // namespace

engine::Diagnostics unused_overrides(const Model& model, CostModel& cost) {
    engine::Diagnostics problems;
    if (model.scenario.overrides.empty()) return problems;
    std::set<const Derivation*> seen;
    std::set<Place> used;
    for (const auto& price : cost.price_all())
        for (const engine::Figure* part : price.figures()) collect(&cost.derivation(*part), seen, used);
    for (const auto& override : model.scenario.overrides)
        if (!used.count(place_of(override.pos)))
            problems.add(override.pos, "`" + override.target + "` = " + override.value + " changes no tariff: " +
                                           why_unused(override.target));
    return problems;
}

std::unique_ptr<Variant> scenario_variant(const Model& model, const std::string& name) {
    try {
        Model changed = model;
        apply_scenario(changed, name, {});
        auto variant = std::make_unique<Variant>(std::move(changed));
        engine::Diagnostics unused = unused_overrides(variant->model(), variant->cost());
        if (!unused.empty()) throw engine::InputError(unused);
        return variant;
    } catch (const engine::InputError& error) {
        throw under(name, error);
    }
}

void check_named_scenarios(const Model& model) {
    engine::Diagnostics problems;
    for (const auto& scenario : model.scenarios) {
        try {
            auto variant = scenario_variant(model, scenario.name);
            const IndexedTariffs indexed = index_tariffs(variant->cost(), variant->model().until);
            if (variant->model().budgets.present) compute_budgets(variant->model(), indexed);
        } catch (const engine::InputError& error) {
            for (const auto& problem : error.diagnostics().items()) {
                const bool said = problem.message.rfind("under scenario `", 0) == 0;
                problems.add(problem.pos, said ? problem.message
                                               : "under scenario `" + scenario.name + "`: " + problem.message);
            }
        }
    }
    if (!problems.empty()) throw engine::InputError(problems);
}

}  // namespace tariffs
