#include "tariffs/analyses/scenario_check.hpp"

#include "tariffs/model/overrides.hpp"
#include "tariffs/pricing/budgets.hpp"

#include <algorithm>
#include <set>
#include <unordered_set>
#include <tuple>

namespace tariffs {

namespace {

// The nodes of every product's price and build-up.
std::unordered_set<engine::NodeId> figure_nodes(CostModel& cost) {
    std::unordered_set<engine::NodeId> nodes;
    for (const auto& product : cost.model().products) {
        const ProductNodes& of = cost.nodes(product);
        for (const auto& node : {std::optional(of.price), std::optional(of.tariff), of.staff_cost, of.client_cost,
                                 of.overhead, of.risk, of.tariff_exact, of.personnel_share})
            if (node) nodes.insert(*node);
    }
    return nodes;
}

// Whether a product's price reads one of `slots`, at any distance.
bool read_by_a_price(CostModel& cost, const std::vector<engine::NodeId>& slots,
                     const std::unordered_set<engine::NodeId>& figures) {
    const std::vector<engine::NodeId> reached = cost.graph().reach(slots);
    return std::any_of(reached.begin(), reached.end(), [&](engine::NodeId node) { return figures.count(node) > 0; });
}

engine::Message why_unused(const std::string& target) {
    const auto dot = target.rfind('.');
    if (dot == std::string::npos)
        return engine::msg("every tariff that uses `{name}` takes it from a product, staff level or kind that gives its own",
                           {engine::arg("name", target)});
    return engine::msg("no tariff takes `{name}` from `{owner}` (a staff level's inputs count for its wage cost only; "
                       "a product's, for its own tariff)",
                       {engine::arg("name", target.substr(dot + 1)), engine::arg("owner", target.substr(0, dot))});
}

// The same problems, each saying it comes from the scenario.
engine::Message under_scenario(const std::string& scenario, const engine::Message& problem) {
    return engine::msg("under scenario `{scenario}`: {problem}", {engine::arg("scenario", scenario), engine::arg("problem", problem)});
}

bool said_under_scenario(const engine::Message& problem) {
    return problem.english_template() == under_scenario("", {}).english_template();
}

engine::InputError under(const std::string& scenario, const engine::InputError& error) {
    engine::Diagnostics problems;
    for (const auto& problem : error.diagnostics().items()) problems.add(problem.pos, under_scenario(scenario, problem.message));
    return engine::InputError(problems);
}

}  // namespace

engine::Diagnostics unused_overrides(const Model& model, CostModel& cost) {
    engine::Diagnostics problems;
    if (model.scenario.overrides.empty()) return problems;
    const std::unordered_set<engine::NodeId> figures = figure_nodes(cost);
    for (const auto& override : model.scenario.overrides) {
        const auto slots = cost.input_slots(override.target);
        if (!slots || !read_by_a_price(cost, *slots, figures))
            problems.add(override.pos, engine::msg("`{target}` = {value} changes no tariff: {why}",
                                                   {engine::arg("target", override.target),
                                                    engine::arg("value", override.value),
                                                    engine::arg("why", why_unused(override.target))}));
    }
    return problems;
}

engine::Diagnostics problems_of(Variant& variant) {
    engine::Diagnostics problems;
    std::set<std::pair<std::string, std::string>> said;
    const auto note = [&](const engine::InputError& error) {
        for (const auto& problem : error.diagnostics().items())
            if (said.insert({problem.pos.to_string(), problem.message.english()}).second) problems.add(problem);
    };
    const Model& model = variant.model();
    for (const auto& product : model.products) {
        try {
            variant.price(product);
        } catch (const engine::InputError& error) {
            note(error);
        }
    }
    for (const auto& trajectory : model.trajectories) {
        try {
            variant.price(trajectory.code, model.year);
        } catch (const engine::InputError& error) {
            note(error);
        }
    }
    return problems;
}

ScenarioVariant::ScenarioVariant(CostModel& cost, const std::string& name) {
    try {
        Model changed = cost.model();
        apply_scenario(changed, name, {});
        info_ = changed.scenario;
        const NamedScenario& scenario = *cost.model().find_scenario(name);
        const bool values_only = std::all_of(scenario.overrides.begin(), scenario.overrides.end(),
                                             [&](const Override& o) { return cost.input_slots(o.target).has_value(); });
        if (values_only) {
            variant_ = std::make_unique<Variant>(cost);
            for (const auto& override : scenario.overrides)
                variant_->set(*cost.input_slots(override.target), override.value.value, &override.value);
            engine::Diagnostics problems = unused_overrides(changed, cost);
            if (problems.empty()) problems = problems_of(*variant_);
            if (!problems.empty()) throw engine::InputError(problems);
        } else {
            own_ = std::make_unique<ChangedModel>(std::move(changed));
            engine::Diagnostics unused = unused_overrides(*own_->model, *own_->cost);
            if (!unused.empty()) throw engine::InputError(unused);
            variant_ = std::make_unique<Variant>(*own_->cost);
        }
    } catch (const engine::InputError& error) {
        throw under(name, error);
    }
}

void check_named_scenarios(CostModel& cost) {
    const Model& model = cost.model();
    engine::Diagnostics problems;
    for (const auto& scenario : model.scenarios) {
        try {
            ScenarioVariant under_scenario(cost, scenario.name);
            Variant& variant = under_scenario.variant();
            const IndexedTariffs indexed = variant.indexed_all(model.until);
            if (model.budgets.present) compute_budgets(variant.model(), indexed);
        } catch (const engine::InputError& error) {
            for (const auto& problem : error.diagnostics().items()) {
                problems.add(problem.pos, said_under_scenario(problem.message) ? problem.message
                                                                              : under_scenario(scenario.name, problem.message));
            }
        }
    }
    if (!problems.empty()) throw engine::InputError(problems);
}

}  // namespace tariffs
