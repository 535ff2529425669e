#include "tariffs/analyses/model_diff.hpp"

#include "engine/decimal.hpp"

#include <algorithm>
#include <map>
#include <optional>
#include <set>

namespace tariffs {

namespace {

using engine::Definition;
using Reach = InputChange::Reach;
using Place = InputChange::Place;

std::string rounding_text(const std::optional<engine::Rounding>& rounding) {
    return rounding ? rounding->describe() : "";
}

// What decides a definition's value: changing its description or position changes nothing.
bool same(const Definition& a, const Definition& b) {
    if (a.kind != b.kind) return false;
    if (a.kind == Definition::Kind::value && a.value != b.value) return false;
    if (a.kind == Definition::Kind::formula && a.text != b.text) return false;
    return rounding_text(a.rounding) == rounding_text(b.rounding) &&
           (a.range ? a.range->text : "") == (b.range ? b.range->text : "");
}

bool only_number_differs(const Definition& before, const Definition& after) {
    return before.kind == Definition::Kind::value && after.kind == Definition::Kind::value &&
           (before.range ? before.range->text : "") == (after.range ? after.range->text : "");
}

std::string shown(const Definition* definition) {
    if (!definition) return "";
    if (definition->kind == Definition::Kind::input) return "(an input without value)";
    std::string text = definition->text;
    if (definition->rounding) text += ", " + definition->rounding->describe();
    return text;
}

std::map<std::string, const Definition*> by_name(const std::vector<Definition>& definitions) {
    std::map<std::string, const Definition*> map;
    for (const auto& definition : definitions) map.emplace(definition.name, &definition);
    return map;
}

// Sets `name` among `definitions` to `value`, or removes it.
void put(std::vector<Definition>& definitions, const std::string& name, const std::optional<Definition>& value) {
    auto it = std::find_if(definitions.begin(), definitions.end(), [&](const Definition& d) { return d.name == name; });
    if (it != definitions.end()) {
        if (value) *it = *value;
        else definitions.erase(it);
    } else if (value) {
        definitions.push_back(*value);
    }
}

Role* role_in(Model& model, const std::string& name) {
    for (auto& role : model.roles)
        if (role.name == name) return &role;
    return nullptr;
}

Product* product_in(Model& model, const std::string& code) {
    for (auto& product : model.products)
        if (product.code == code) return &product;
    return nullptr;
}

Kind* kind_in(Model& model, const std::string& name) {
    for (auto& kind : model.method.kinds)
        if (kind.name == name) return &kind;
    return nullptr;
}

class Differ {
public:
    Differ(const Model& old_model, const Model& new_model) : old_(old_model), new_(new_model) {}

    std::vector<InputChange> run() {
        definitions(old_.definitions, new_.definitions, "", Reach::every_product, "", Place::model,
                    [](Model& m, const std::string&) { return &m.definitions; });
        definitions(old_.method.definitions, new_.method.definitions, "method: ", Reach::every_product, "", Place::method,
                    [](Model& m, const std::string&) { return &m.method.definitions; });
        for (const auto& kind : new_.method.kinds) {
            if (const Kind* old_kind = old_.method.find_kind(kind.name)) {
                definitions(old_kind->definitions, kind.definitions, "method: kind " + kind.name + ": ", Reach::kind,
                            kind.name, Place::kind,
                            [](Model& m, const std::string& owner) { return &kind_in(m, owner)->definitions; });
                units(*old_kind, kind);
            }
        }
        for (const auto& role : new_.roles) {
            const Role* old_role = old_.find_role(role.name);
            definitions(old_role ? old_role->definitions : std::vector<Definition>{}, role.definitions,
                        role.name + ".", Reach::staff_level, role.name, Place::staff_level,
                        [](Model& m, const std::string& owner) { return &role_in(m, owner)->definitions; });
        }
        for (const auto& product : new_.products)
            if (const Product* old_product = old_.find_product(product.code)) products(*old_product, product);
        rounding();
        indexation();
        return std::move(changes_);
    }

private:
    using Owner = std::vector<Definition>* (*)(Model&, const std::string&);

    static std::string units_text(const Kind& kind) {
        std::string text;
        for (const auto& unit : kind.units) text += (text.empty() ? "" : ", ") + unit.unit + ": " + unit.rule;
        return text;
    }

    // Which rule prices each unit of a kind.
    void units(const Kind& old_kind, const Kind& kind) {
        if (units_text(old_kind) == units_text(kind)) return;
        const std::string name = kind.name;
        const auto value = kind.units;
        changes_.push_back({"method: kind " + name + ": units", "rules", units_text(old_kind), units_text(kind),
                            Reach::kind, name, [name, value](Model& m) { kind_in(m, name)->units = value; }});
    }

    static std::string section_of(const Definition& definition, Reach reach) {
        if (definition.kind == Definition::Kind::formula) return "rules";
        switch (reach) {
            case Reach::staff_level: return "staff levels";
            case Reach::product: return "product inputs";
            default: return "model parameters";
        }
    }

    void definitions(const std::vector<Definition>& old_list, const std::vector<Definition>& new_list,
                     const std::string& prefix, Reach reach, const std::string& owner, Place place, Owner where) {
        const auto old_map = by_name(old_list), new_map = by_name(new_list);
        std::set<std::string> names;
        for (const auto& [name, _] : old_map) names.insert(name);
        for (const auto& [name, _] : new_map) names.insert(name);
        for (const auto& name : names) {
            auto o = old_map.find(name), n = new_map.find(name);
            const Definition* before = o == old_map.end() ? nullptr : o->second;
            const Definition* after = n == new_map.end() ? nullptr : n->second;
            if (before && after && same(*before, *after)) continue;
            const Definition& either = after ? *after : *before;
            const bool rule = either.kind == Definition::Kind::formula;
            std::optional<Definition> value;
            if (after) value = *after;
            changes_.push_back({(rule ? "rule " : "") + prefix + name, section_of(either, reach), shown(before),
                                shown(after), reach, owner,
                                [where, owner, name, value](Model& m) { put(*where(m, owner), name, value); }});
            // A value the model adds where its method or kinds give one replaces theirs: a new value for their nodes.
            const bool added_to_model = !before && after && after->kind == Definition::Kind::value && place == Place::model;
            if (added_to_model || (before && after && only_number_differs(*before, *after))) {
                changes_.back().place = place;
                changes_.back().input = name;
                changes_.back().value = after->value;
            }
        }
    }

    void products(const Product& old_product, const Product& product) {
        const std::string code = product.code;
        definitions(old_product.definitions, product.definitions, code + ".", Reach::product, code, Place::product,
                    [](Model& m, const std::string& owner) { return &product_in(m, owner)->definitions; });
        if (mix_text(old_product) != mix_text(product)) {
            const auto mix = product.staff_mix;
            changes_.push_back({code + ".staff_mix", "product inputs", mix_text(old_product), mix_text(product),
                                Reach::product, code, [code, mix](Model& m) { product_in(m, code)->staff_mix = mix; }});
        }
        if (old_product.kind != product.kind || old_product.unit != product.unit) {
            const std::string kind = product.kind, unit = product.unit;
            changes_.push_back({code + ".kind and unit", "product inputs", old_product.kind + ", per " + old_product.unit,
                                kind + ", per " + unit, Reach::product, code, [code, kind, unit](Model& m) {
                                    product_in(m, code)->kind = kind;
                                    product_in(m, code)->unit = unit;
                                }});
        }
        if (weights_text(old_product.index_weights) != weights_text(product.index_weights)) {
            const auto weights = product.index_weights;
            changes_.push_back({code + ".index_weights", "indexation", weights_text(old_product.index_weights),
                                weights_text(product.index_weights), Reach::indexed_years, code,
                                [code, weights](Model& m) { product_in(m, code)->index_weights = weights; }});
        }
    }

    static std::string mix_text(const Product& product) {
        std::string text;
        for (const auto& share : product.staff_mix)
            text += (text.empty() ? "" : ", ") + share.role + " " + share.share.to_fraction_string();
        return text;
    }

    static std::string weights_text(const std::optional<IndexWeights>& weights) {
        if (!weights) return "";
        if (weights->by_personnel_share) return "by personnel share";
        std::string text;
        for (const auto& [component, share] : weights->shares)
            text += (text.empty() ? "" : ", ") + component + " " + share.to_fraction_string();
        return text;
    }

    void rounding() {
        std::map<std::string, std::string> before, after;
        std::map<std::string, engine::Rounding> new_roundings;
        for (const auto& choice : old_.rounding) before[choice.rule] = choice.rounding.describe();
        for (const auto& choice : new_.rounding) {
            after[choice.rule] = choice.rounding.describe();
            new_roundings.emplace(choice.rule, choice.rounding);
        }
        std::set<std::string> rules;
        for (const auto& [rule, _] : before) rules.insert(rule);
        for (const auto& [rule, _] : after) rules.insert(rule);
        for (const auto& rule : rules) {
            const std::string o = before.count(rule) ? before[rule] : "", n = after.count(rule) ? after[rule] : "";
            if (o == n) continue;
            std::optional<engine::Rounding> value;
            if (auto it = new_roundings.find(rule); it != new_roundings.end()) value = it->second;
            changes_.push_back({"rounding of " + rule, "rounding", o, n, Reach::every_product, "",
                                [rule, value](Model& m) {
                                    auto& list = m.rounding;
                                    list.erase(std::remove_if(list.begin(), list.end(),
                                                              [&](const RoundingChoice& c) { return c.rule == rule; }),
                                               list.end());
                                    if (value) list.push_back({rule, *value});
                                }});
        }
    }

    static std::string figure_text(const IndexFigure* figure) {
        if (!figure) return "";
        std::string text;
        if (figure->provisional) text += "provisional " + engine::exact_percent(figure->provisional->value);
        if (figure->definitive)
            text += std::string(text.empty() ? "" : ", ") + "definitive " + engine::exact_percent(figure->definitive->value);
        return text;
    }

    // Everything of the policy but its figures, written out to compare.
    static std::string policy_text(const IndexPolicy& policy) {
        std::string text = policy.present ? "present" : "absent";
        text += "; weights " + weights_text(policy.weights);
        for (const auto& [kind, weights] : policy.by_kind) text += "; " + kind + " " + weights_text(weights);
        text += "; " + policy.wage_component + "/" + policy.other_component;
        text += "; correction " + std::to_string(static_cast<int>(policy.correction));
        text += "; method " + std::to_string(static_cast<int>(policy.method));
        text += "; " + rounding_text(policy.round_weighted) + "; " + rounding_text(policy.round_correction) + "; " +
                rounding_text(policy.round_index) + "; " + policy.round_tariff.describe();
        return text;
    }

    void indexation() {
        const IndexPolicy &before = old_.indexation, &after = new_.indexation;
        if (policy_text(before) != policy_text(after)) {
            const IndexPolicy policy = after;
            changes_.push_back({"indexation policy", "indexation", "as in the old model", "as in the new model",
                                Reach::indexed_years, "", [policy](Model& m) {
                                    IndexPolicy changed = policy;
                                    changed.series = m.indexation.series;
                                    changed.applied = m.indexation.applied;
                                    m.indexation = changed;
                                }});
        }
        std::set<std::string> components;
        for (const auto& series : before.series) components.insert(series.component);
        for (const auto& series : after.series) components.insert(series.component);
        for (const auto& component : components) figures(component);
        std::set<int> years;
        for (const auto& [year, _] : before.applied) years.insert(year);
        for (const auto& [year, _] : after.applied) years.insert(year);
        for (int year : years) {
            auto o = before.applied.find(year), n = after.applied.find(year);
            const std::string ot = o == before.applied.end() ? "" : engine::exact_percent(o->second.value);
            const std::string nt = n == after.applied.end() ? "" : engine::exact_percent(n->second.value);
            if (ot == nt) continue;
            std::optional<YearValue> value;
            if (n != after.applied.end()) value = n->second;
            changes_.push_back({"applied index " + std::to_string(year), "indexation", ot, nt, Reach::indexed_years, "",
                                [year, value](Model& m) {
                                    if (value) m.indexation.applied[year] = *value;
                                    else m.indexation.applied.erase(year);
                                }});
        }
    }

    void figures(const std::string& component) {
        const IndexSeries* before = old_.indexation.find_series(component);
        const IndexSeries* after = new_.indexation.find_series(component);
        std::set<int> years;
        if (before)
            for (const auto& [year, _] : before->years) years.insert(year);
        if (after)
            for (const auto& [year, _] : after->years) years.insert(year);
        for (int year : years) {
            const IndexFigure* o = nullptr;
            const IndexFigure* n = nullptr;
            if (before)
                if (auto it = before->years.find(year); it != before->years.end()) o = &it->second;
            if (after)
                if (auto it = after->years.find(year); it != after->years.end()) n = &it->second;
            if (figure_text(o) == figure_text(n)) continue;
            std::optional<IndexFigure> value;
            if (n) value = *n;
            const IndexSeries series_shape = after ? *after : *before;
            changes_.push_back({"index " + component + " " + std::to_string(year), "indexation", figure_text(o),
                                figure_text(n), Reach::indexed_years, "",
                                [component, year, value, series_shape](Model& m) {
                                    auto& all = m.indexation.series;
                                    auto it = std::find_if(all.begin(), all.end(), [&](const IndexSeries& s) {
                                        return s.component == component;
                                    });
                                    if (it == all.end()) {
                                        IndexSeries fresh = series_shape;
                                        fresh.years.clear();
                                        all.push_back(fresh);
                                        it = all.end() - 1;
                                    }
                                    if (value) it->years[year] = *value;
                                    else it->years.erase(year);
                                }});
        }
    }

    const Model& old_;
    const Model& new_;
    std::vector<InputChange> changes_;
};

}  // namespace

std::vector<InputChange> diff_models(const Model& old_model, const Model& new_model) {
    return Differ(old_model, new_model).run();
}

Model with_new_parts(const Model& old_model, const Model& new_model) {
    Model model = old_model;
    for (const auto& role : new_model.roles)
        if (!model.find_role(role.name)) model.roles.push_back(Role{role.name, role.about, {}, role.pos});
    for (const auto& kind : new_model.method.kinds)
        if (!model.method.find_kind(kind.name)) model.method.kinds.push_back(kind);
    return model;
}

}  // namespace tariffs
