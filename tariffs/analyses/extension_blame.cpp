#include "tariffs/analyses/extension_blame.hpp"

#include "tariffs/analyses/scenario_check.hpp"
#include "tariffs/model/model_loader.hpp"
#include "tariffs/pricing/budgets.hpp"
#include "tariffs/pricing/cost_model.hpp"
#include "tariffs/pricing/indexed_tariffs.hpp"

#include <algorithm>
#include <set>
#include <utility>

namespace tariffs {

namespace {

using Said = std::set<std::pair<std::string, std::string>>;  // (place, message)

Said said(const engine::Diagnostics& problems) {
    Said out;
    for (const auto& problem : problems.items()) out.insert({problem.pos.to_string(), problem.message.english()});
    return out;
}

bool shows_elsewhere(const engine::Diagnostic& problem, const std::string& file) {
    return problem.pos.known() && problem.pos.file && *problem.pos.file != file;
}

}  // namespace

engine::Diagnostics problems_of_model(const Model& model) {
    engine::Diagnostics problems;
    try {
        CostModel cost(model);
        problems.append(cost.check());
        if (problems.empty()) problems.append(unused_overrides(model, cost));
        if (!problems.empty()) return problems;
        const IndexedTariffs indexed = index_tariffs(cost, model.until);
        compute_budgets(model, indexed);
        check_named_scenarios(cost);
    } catch (const engine::InputError& error) {
        problems.append(error.diagnostics());
    }
    return problems;
}

engine::Diagnostics located_in_extension(const Model& model, const engine::Diagnostics& problems) {
    if (!model.extension) return problems;
    const Extension& extension = *model.extension;
    const bool any = std::any_of(problems.items().begin(), problems.items().end(),
                                 [&](const engine::Diagnostic& p) { return shows_elsewhere(p, extension.file); });
    if (!any) return problems;
    Model base;
    try {
        base = load_model(extension.base_path);
    } catch (const engine::InputError&) {
        return problems;  // the extended model's own problems are said as they are
    }
    const Said own = said(problems_of_model(base));
    std::vector<Said> with_change;  // what each change alone brings about, found when first needed
    const auto caused_by = [&](std::size_t k) -> const Said& {
        while (with_change.size() <= k) {
            Model changed = base;
            try {
                extension.changes[with_change.size()].apply(changed);
                with_change.push_back(said(problems_of_model(changed)));
            } catch (const engine::InputError& error) {
                with_change.push_back(said(error.diagnostics()));
            }
        }
        return with_change[k];
    };
    engine::Diagnostics located;
    for (const auto& problem : problems.items()) {
        const std::pair<std::string, std::string> key{problem.pos.to_string(), problem.message.english()};
        if (!shows_elsewhere(problem, extension.file) || own.count(key)) {
            located.add(problem);
            continue;
        }
        std::size_t k = 0;
        while (k < extension.changes.size() && !caused_by(k).count(key)) ++k;
        if (k == extension.changes.size()) {
            located.add(problem);  // no one change causes it: said where it shows
            continue;
        }
        engine::Diagnostic moved = problem;
        moved.pos = extension.changes[k].pos;
        moved.message = engine::msg("with this change, {place}: {problem}",
                                    {engine::arg("place", problem.pos.to_string()), engine::arg("problem", problem.message)});
        located.add(std::move(moved));
    }
    return located;
}

}  // namespace tariffs
