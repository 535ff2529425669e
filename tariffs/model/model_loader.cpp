#include "tariffs/model/model_loader.hpp"

#include "engine/names_used.hpp"
#include "engine/suggest.hpp"
#include "engine/text_check.hpp"
#include "engine/yaml_reader.hpp"
#include "tariffs/model/ijw.hpp"
#include "tariffs/model/budget_loader.hpp"
#include "tariffs/model/indexation_loader.hpp"
#include "tariffs/model/method_loader.hpp"
#include "tariffs/model/municipality_loader.hpp"
#include "tariffs/model/plausibility.hpp"
#include "tariffs/model/value_check.hpp"
#include "tariffs/model/overrides.hpp"
#include "tariffs/model/extension_loader.hpp"
#include "tariffs/model/trajectory_loader.hpp"
#include "tariffs/model/year_reader.hpp"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <map>
#include <optional>
#include <set>

namespace tariffs {

namespace {

using engine::arg;
using engine::msg;
using engine::Number;
using engine::YamlReader;

std::vector<std::string> names_of(const std::map<std::string, const Definition*>& map) {
    std::vector<std::string> names;
    for (const auto& [name, _] : map) names.push_back(name);
    return names;
}

std::string join(const std::vector<std::string>& items) {
    std::string out;
    for (const auto& item : items) out += (out.empty() ? "" : ", ") + item;
    return out;
}

class ModelReader {
public:
    ModelReader(const engine::YamlDocument& document, engine::Diagnostics& diagnostics)
        : document_(document), reader_(document, diagnostics) {}

    Model read() {
        model_.file = *document_.file;
        model_.sources.push_back(source_file("model", model_.file, *document_.text));
        const engine::YamlNode& root = document_.root;
        if (!reader_.is_map(root, engine::msg("a cost model"))) return std::move(model_);
        reader_.reject_unknown_keys(root, engine::msg("a cost model"),
                                    {"model", "year", "until", "method", "parameters", "rules", "staff_levels",
                                     "products", "rounding", "indexation", "budgets", "municipalities", "allocation",
                                     "bid_review", "scenarios", "trajectories"});
        read_header(root);
        if (!read_method(root)) return std::move(model_);
        collect_parameter_declarations();
        if (root["parameters"]) read_parameters(root["parameters"]);
        if (root["rules"]) read_rules(root["rules"], model_.definitions);
        // No staff levels is fine for a model whose tariffs use no staff cost:
        // a product whose tariff needs a staff mix says so when it is checked.
        if (root["staff_levels"]) read_roles(root["staff_levels"]);
        if (root["products"]) read_products(root["products"]);
        else reader_.error(root, msg("a cost model needs `products`"));
        if (root["rounding"]) read_rounding(root["rounding"]);
        if (root["trajectories"]) model_.trajectories = read_trajectories(reader_, root["trajectories"], model_, looks_);
        read_heavy_care(root);
        if (root["scenarios"]) read_scenarios(root["scenarios"]);
        model_.sources.push_back(model_.method.source);
        model_.sources.insert(model_.sources.end(), model_.indexation.files.begin(), model_.indexation.files.end());
        return std::move(model_);
    }

private:
    // Indexation, budgets and the municipalities that share them.
    void read_heavy_care(const engine::YamlNode& root) {
        if (root["indexation"]) model_.indexation = read_indexation(reader_, root["indexation"], model_.file);
        std::set<std::string> codes;
        for (const auto& product : model_.products) codes.insert(product.code);
        for (const auto& trajectory : model_.trajectories) codes.insert(trajectory.code);
        if (root["budgets"]) model_.budgets = read_budgets(reader_, root["budgets"], codes, model_.year);
        if (root["municipalities"]) model_.municipalities = read_municipalities(reader_, root["municipalities"]);
        if (root["allocation"]) model_.allocation = read_allocation(reader_, root["allocation"], model_.municipalities);
        if (root["bid_review"]) read_bid_policy(root["bid_review"], codes);
        check_contract_years();
        check_index_kinds();
    }

    // A figure for a year after the last contract year would be silently unused.
    void check_contract_years() {
        if (model_.until < model_.year) return;  // reported at `until`; every year would follow from it
        const auto after_until = [&](const ByYear& values, const engine::Message& what) {
            for (const auto& [year, value] : values)
                if (year > model_.until)
                    reader_.diagnostics().add(value.pos, msg("{what} for {year} is after the last contract year {until} (`until`)",
                                                             {arg("what", what), arg("year", year), arg("until", model_.until)}));
        };
        after_until(model_.indexation.applied, msg("the applied index"));
        after_until(model_.budgets.frames, msg("a budget frame"));
        for (const auto& provider : model_.budgets.providers)
            for (const auto& line : provider.lines) after_until(line.change, msg("a transformation target"));
        for (const auto& [year, frame] : model_.budgets.frames)
            if (year < model_.year)
                reader_.diagnostics().add(frame.pos, msg("a budget frame for {year} is before the base year {base}",
                                                         {arg("year", year), arg("base", model_.year)}));
    }

    void check_index_kinds() {
        std::vector<std::string> kinds;
        for (const auto& kind : model_.method.kinds) kinds.push_back(kind.name);
        for (const auto& [kind, weights] : model_.indexation.by_kind)
            if (!model_.method.find_kind(kind))
                reader_.diagnostics().add(weights.pos, msg("`weights_by_kind` names the unknown kind {kind}{suggestion}",
                                                           {arg("kind", engine::quote(kind)),
                                                            arg("suggestion", engine::suggestion(kind, kinds))}));
        check_policy_targets(kinds);
    }

    // Each named policy's kinds and groups exist, and no kind or group has two
    // policies of one sort (`indexation`, `rounding`).
    void check_policy_targets(const std::vector<std::string>& kinds) {
        std::map<std::string, std::string> indexation, rounding;  // `kind x` or `group y` → the policy that has it
        for (const auto& named : model_.indexation.policies)
            check_targets(PolicySort::indexation, named.policy.name, named.kinds, named.groups, kinds, indexation);
        for (const auto& policy : model_.rounding_policies)
            check_targets(PolicySort::rounding, policy.name, policy.kinds, policy.groups, kinds, rounding);
    }

    using Targets = std::vector<std::pair<std::string, SourcePos>>;
    enum class PolicySort { indexation, rounding };

    static engine::Message policy_label(PolicySort sort, const std::string& policy) {
        return sort == PolicySort::indexation ? msg("indexation policy {name}", {arg("name", engine::quote(policy))})
                                              : msg("rounding policy {name}", {arg("name", engine::quote(policy))});
    }

    // `the kind x has two rounding policies: …`, worded whole for each sort of target and policy.
    static engine::Message two_policies(bool of_kind, PolicySort sort, std::vector<engine::MessageArg> args) {
        if (sort == PolicySort::indexation)
            return of_kind ? msg("the kind {name} has two indexation policies: {first} and {second}", std::move(args))
                           : msg("the group {name} has two indexation policies: {first} and {second}", std::move(args));
        return of_kind ? msg("the kind {name} has two rounding policies: {first} and {second}", std::move(args))
                       : msg("the group {name} has two rounding policies: {first} and {second}", std::move(args));
    }

    void check_targets(PolicySort sort, const std::string& policy, const Targets& kinds_named,
                       const Targets& groups_named, const std::vector<std::string>& kinds,
                       std::map<std::string, std::string>& taken) {
        std::set<std::string> groups_set;
        for (const auto& product : model_.products)
            if (!product.group.empty()) groups_set.insert(product.group);
        const std::vector<std::string> groups(groups_set.begin(), groups_set.end());
        const auto claim = [&](bool of_kind, const std::string& target, const SourcePos& pos) {
            auto [it, fresh] = taken.emplace((of_kind ? "kind " : "group ") + target, policy);
            if (!fresh)
                reader_.diagnostics().add(pos, two_policies(of_kind, sort,
                                                            {arg("name", engine::excerpt(target)),
                                                             arg("first", engine::quote(it->second)),
                                                             arg("second", engine::quote(policy))}));
        };
        for (const auto& [kind, pos] : kinds_named) {
            if (!model_.method.find_kind(kind))
                reader_.diagnostics().add(pos, msg("{policy} names the unknown kind {kind}{suggestion}",
                                                   {arg("policy", policy_label(sort, policy)), arg("kind", engine::quote(kind)),
                                                    arg("suggestion", engine::suggestion(kind, kinds))}));
            claim(true, kind, pos);
        }
        for (const auto& [group, pos] : groups_named) {
            if (!groups_set.count(group))
                reader_.diagnostics().add(pos, msg("{policy} names the group {group}, which no product is in{suggestion}",
                                                   {arg("policy", policy_label(sort, policy)), arg("group", engine::quote(group)),
                                                    arg("suggestion", engine::suggestion(group, groups))}));
            claim(false, group, pos);
        }
    }

    // `scenarios: {NAME: {about: …, set: {TARGET: VALUE}}}`: each target is
    // checked as `--set` would check it, at its line.
    void read_scenarios(const engine::YamlNode& node) {
        if (!reader_.is_map(node, engine::key_name("scenarios"))) return;
        reader_.for_each_entry(node, engine::key_name("scenarios"), [&](const std::string& name, const engine::YamlNode& key,
                                                         const engine::YamlNode& value) {
            NamedScenario scenario;
            scenario.name = name;
            scenario.pos = reader_.pos(key);
            const engine::Message what = msg("scenario `{name}`", {arg("name", name)});
            const bool plain = std::all_of(name.begin(), name.end(), [](char c) {
                return std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_';
            });
            if (!plain || name.size() > engine::max_name_characters) {
                reader_.error(key, msg("{name} cannot name a scenario: use letters, digits, - and _, at most {count}",
                                       {arg("name", engine::quote(name)),
                                        arg("count", static_cast<long long>(engine::max_name_characters))}));
                return;
            }
            if (!reader_.is_map(value, what)) return;
            reader_.reject_unknown_keys(value, what, {"about", "set"});
            if (value["about"]) scenario.about = reader_.prose(value["about"], engine::key_name("about")).value_or("");
            if (!value["set"]) reader_.error(value, msg("scenario `{name}` needs `set:` with the inputs it changes", {arg("name", name)}));
            else if (reader_.is_map(value["set"], engine::key_name("set")))
                reader_.for_each_entry(value["set"], engine::key_name("set"), [&](const std::string& target,
                                                                 const engine::YamlNode& target_key,
                                                                 const engine::YamlNode& target_value) {
                    if (auto definition = reader_.value_definition(target, target_value))
                        scenario.overrides.push_back({target, std::move(*definition), reader_.pos(target_key)});
                });
            check_overrides(model_, scenario.overrides, reader_.diagnostics());
            model_.scenarios.push_back(std::move(scenario));
        });
    }

    void read_bid_policy(const engine::YamlNode& node, const std::set<std::string>& codes) {
        BidPolicy& policy = model_.bid_review;
        policy.pos = reader_.pos(node);
        if (!reader_.is_map(node, engine::key_name("bid_review"))) return;
        reader_.reject_unknown_keys(node, engine::key_name("bid_review"), {"floor", "ceiling", "maximum"});
        if (node["floor"]) policy.floor = reader_.number(node["floor"], engine::key_name("floor")).value_or(policy.floor);
        if (node["ceiling"]) policy.ceiling = reader_.number(node["ceiling"], engine::key_name("ceiling")).value_or(policy.ceiling);
        if (policy.floor.sign() < 0 || policy.ceiling < policy.floor)
            reader_.error(node, msg("`bid_review` needs 0 ≤ floor ≤ ceiling"));
        if (node["maximum"] && reader_.is_map(node["maximum"], engine::key_name("maximum")))
            reader_.for_each_entry(node["maximum"], engine::key_name("maximum"), [&](const std::string& code, const engine::YamlNode& key,
                                                                      const engine::YamlNode& value) {
                if (!codes.count(code)) {
                    reader_.error(key, msg("unknown product {code}{suggestion}",
                                           {arg("code", engine::quote(code)),
                                            arg("suggestion", engine::suggestion(code, {codes.begin(), codes.end()}))}));
                    return;
                }
                if (auto maximum = reader_.number(value, engine::msg("a maximum tariff")))
                    policy.maximum[code] = {*maximum, reader_.pos(value)};
            });
    }

    void read_header(const engine::YamlNode& root) {
        if (root["model"]) model_.name = reader_.text(root["model"], engine::key_name("model")).value_or("");
        else reader_.error(root, msg("a cost model needs `model: its name`"));
        if (root["year"]) model_.year = read_year(reader_, root["year"]).value_or(0);
        else reader_.error(root, msg("a cost model needs `year: the base year of its tariffs`"));
        model_.until = model_.year;
        if (root["until"]) {
            model_.until = read_year(reader_, root["until"]).value_or(model_.year);
            if (model_.until < model_.year) reader_.error(root["until"], msg("`until` (the last contract year) is before `year`"));
        }
    }

    bool read_method(const engine::YamlNode& root) {
        try {
            const engine::YamlNode node = root["method"];
            if (!node || (node.IsScalar() && node.Scalar() == "standard")) {
                model_.method = load_standard_method();
                return true;
            }
            auto path = reader_.text(node, engine::key_name("method"));
            if (!path) return false;
            const auto base = std::filesystem::path(model_.file).parent_path();
            try {
                model_.method = load_method_file((base / *path).lexically_normal().string());
            } catch (const engine::InputError& e) {
                reader_.append_named_file_problems(e, node, engine::msg("the `method`"));
                return false;
            }
            return true;
        } catch (const engine::InputError& e) {
            reader_.diagnostics().append(e.diagnostics());
            return false;
        }
    }

    // Which names a model, a staff level and each kind of product may give a
    // value for, with the declaration that says their range.
    void collect_parameter_declarations() {
        for (const auto& definition : model_.method.definitions)
            if (definition.kind != Definition::Kind::formula) general_[definition.name] = &definition;
        for (const auto& kind : model_.method.kinds)
            for (const auto& definition : kind.definitions)
                if (definition.kind != Definition::Kind::formula) {
                    by_kind_[kind.name][definition.name] = &definition;
                    any_kind_[definition.name] = &definition;
                }
    }

    // A value in another unit than its parameter's, or outside its range, is an error; outside its
    // usual range, a warning. `shown` names it as an override would: `name`, `LEVEL.name`, `CODE.name`.
    void check_range(const Definition& value, const Definition* declaration, const engine::YamlNode& node,
                     const std::string& shown) {
        if (auto problem = value_problem(value, declaration, value.name, model_.method.counts)) {
            reader_.error(node, *problem);
            return;
        }
        check_usual(value, declaration, shown, model_.warnings);
    }

    const Definition* declaration(const std::string& name, const std::string& kind) const {
        if (auto it = general_.find(name); it != general_.end()) return it->second;
        auto kind_it = by_kind_.find(kind);
        if (kind_it == by_kind_.end()) return nullptr;
        auto it = kind_it->second.find(name);
        return it == kind_it->second.end() ? nullptr : it->second;
    }

    void read_parameters(const engine::YamlNode& node) {
        if (!reader_.is_map(node, engine::key_name("parameters"))) return;
        std::map<std::string, const Definition*> allowed = general_;
        allowed.insert(any_kind_.begin(), any_kind_.end());
        reader_.for_each_entry(node, engine::key_name("parameters"), [&](const std::string& name, const engine::YamlNode& key,
                                                          const engine::YamlNode& value) {
            auto it = allowed.find(name);
            if (it == allowed.end()) {
                reader_.unknown_key(key, engine::msg("unknown parameter {name}{suggestion}{tail}", {engine::arg("name", engine::quote(name))}),
                                    names_of(allowed), engine::msg("; a model's own constants go under `rules:`"));
                return;
            }
            if (auto definition = reader_.value_definition(name, value)) {
                check_range(*definition, it->second, value, name);
                model_.definitions.push_back(std::move(*definition));
            }
        });
    }

    void read_rules(const engine::YamlNode& node, std::vector<Definition>& into) {
        if (!reader_.is_map(node, engine::key_name("rules"))) return;
        reader_.for_each_entry(node, engine::key_name("rules"), [&](const std::string& name, const engine::YamlNode& key,
                                                     const engine::YamlNode& value) {
            if (!reader_.is_valid_name(name, key)) return;
            if (auto definition = reader_.rule_definition(name, value)) {
                rule_names_.insert(name);
                into.push_back(std::move(*definition));
            }
        });
    }

    void read_roles(const engine::YamlNode& node) {
        if (!reader_.is_map(node, engine::key_name("staff_levels"))) return;
        std::vector<std::string> allowed{"about"};
        for (const auto& [name, _] : general_) allowed.push_back(name);
        reader_.for_each_entry(node, engine::key_name("staff_levels"), [&](const std::string& name, const engine::YamlNode& key,
                                                            const engine::YamlNode& value) {
            if (!reader_.is_valid_name(name, key)) return;
            Role role;
            role.name = name;
            role.pos = reader_.pos(key);
            const engine::Message what = msg("staff level `{name}`", {arg("name", name)});
            if (!reader_.is_map(value, what)) return;
            reader_.reject_unknown_keys(value, what, allowed);
            reader_.for_each_entry(value, what, [&](const std::string& field,
                                                                           const engine::YamlNode&, const engine::YamlNode& v) {
                if (field == "about") {
                    role.about = reader_.prose(v, engine::key_name("about")).value_or("");
                    return;
                }
                if (!general_.count(field)) return;  // reported as an unknown key
                if (auto definition = reader_.value_definition(field, v)) {
                    check_range(*definition, general_.at(field), v, name + "." + field);
                    role.definitions.push_back(std::move(*definition));
                }
            });
            model_.roles.push_back(std::move(role));
        });
    }

    void read_products(const engine::YamlNode& node) {
        if (!reader_.is_sequence(node, engine::key_name("products"))) return;
        if (node.size() == 0) reader_.error(node, msg("a cost model needs at least one product"));
        for (const auto& item : node) read_product(item);
    }

    void read_product(const engine::YamlNode& node) {
        if (!reader_.is_map(node, engine::msg("a product"))) return;
        Product product;
        product.pos = reader_.pos(node);
        read_product_header(node, product);
        const Kind* kind = model_.method.find_kind(product.kind);
        reader_.reject_unknown_keys(node, msg("product {code}", {arg("code", label(product))}), allowed_product_keys(product.kind));
        if (kind) check_unit(node, product, *kind);
        // Optional here: whether the product needs one depends on its tariff's rules.
        if (node["staff_mix"]) read_staff_mix(node["staff_mix"], product);
        if (node["rules"]) read_rules(node["rules"], product.definitions);
        if (node["index_weights"]) product.index_weights = read_index_weights(reader_, node["index_weights"]);
        read_product_parameters(node, product);
        if (node["inputs"]) read_product_inputs(node["inputs"], product);
        if (node["round"]) read_product_rounding(node["round"], product);
        model_.add_product(std::move(product));
    }

    static engine::Message label(const Product& product) {
        return product.code.empty() ? msg("(without code)") : msg("{code}", {arg("code", engine::quote(product.code))});
    }

    // A code is given once, is short, looks like no other, and is no staff level's
    // name (`--set CODE.NAME` could not say which it changes).
    void check_code(const engine::YamlNode& node, const std::string& code) {
        auto [it, fresh] = codes_.emplace(code, reader_.pos(node));
        if (!fresh) {
            reader_.error(node, msg("duplicate product code {code}; it is first used at {place}",
                                    {arg("code", engine::quote(code)), arg("place", it->second.to_string())}));
            return;
        }
        if (!looks_.take(reader_, node, code)) return;
        if (const Role* role = model_.find_role(code))
            reader_.error(node, msg("the product code `{code}` is also the name of a staff level, at {place}: "
                                    "`--set {code}.NAME` could mean either; rename one",
                                    {arg("code", code), arg("place", role->pos.to_string())}));
    }

    void read_product_header(const engine::YamlNode& node, Product& product) {
        if (node["code"]) {
            product.code = reader_.text(node["code"], engine::msg("a product `code`")).value_or("");
            if (!product.code.empty()) check_code(node["code"], product.code);
        } else {
            reader_.error(node, msg("a product needs a `code`"));
        }
        if (node["name"]) product.name = reader_.text(node["name"], engine::msg("a product `name`")).value_or("");
        else reader_.error(node, msg("product {code} needs a `name`", {arg("code", label(product))}));
        if (node["kind"]) read_kind(node["kind"], product);
        else reader_.error(node, msg("product {code} needs a `kind`", {arg("code", label(product))}));
        if (node["category"]) read_category(node["category"], product);
        if (node["group"]) product.group = reader_.text(node["group"], engine::msg("a product `group`")).value_or("");
    }

    void read_kind(const engine::YamlNode& node, Product& product) {
        auto kind = reader_.text(node, engine::msg("a product `kind`"));
        if (!kind) return;
        std::vector<std::string> kinds;
        for (const auto& k : model_.method.kinds) kinds.push_back(k.name);
        if (!model_.method.find_kind(*kind)) {
            reader_.error(node, msg("unknown kind {kind}{suggestion}; the kinds are {kinds}",
                                    {arg("kind", engine::quote(*kind)), arg("suggestion", engine::suggestion(*kind, kinds)),
                                     arg("kinds", join(kinds))}));
            return;
        }
        product.kind = *kind;
    }

    void read_category(const engine::YamlNode& node, Product& product) {
        auto code = reader_.text(node, engine::msg("a product `category`"));
        if (!code) return;
        if (!find_product_category(*code)) {
            reader_.error(node, msg("unknown iJw product category {code}; the categories are 40 to 55",
                                    {arg("code", engine::quote(*code))}));
            return;
        }
        product.category = *code;
    }

    void check_unit(const engine::YamlNode& node, Product& product, const Kind& kind) {
        std::vector<std::string> units;
        for (const auto& unit : kind.units) units.push_back(unit.unit);
        if (!node["unit"]) {
            reader_.error(node, msg("product {code} needs a `unit`: {units}", {arg("code", label(product)), arg("units", join(units))}));
            return;
        }
        auto unit = reader_.text(node["unit"], engine::msg("a product `unit`"));
        if (!unit) return;
        if (!kind.find_unit(*unit)) {
            reader_.error(node["unit"], msg("a product of kind {kind} is priced per {units}, not {unit}{suggestion}",
                                            {arg("kind", kind.name), arg("units", join(units)), arg("unit", engine::quote(*unit)),
                                             arg("suggestion", engine::suggestion(*unit, units))}));
            return;
        }
        product.unit = *unit;
    }

    void read_staff_mix(const engine::YamlNode& node, Product& product) {
        if (!reader_.is_map(node, engine::msg("a `staff_mix`"))) return;
        if (node.size() == 0) {
            reader_.error(node, msg("the staff mix of {code} is empty", {arg("code", label(product))}));
            return;
        }
        std::vector<std::string> roles;
        for (const auto& role : model_.roles) roles.push_back(role.name);
        Number total;
        bool all_read = true;  // a level given twice is reported as such, not as a wrong sum
        for (auto it = node.begin(); it != node.end(); ++it)
            if (it->first.IsRepeatedKey()) all_read = false;
        reader_.for_each_entry(node, engine::msg("the staff mix"), [&](const std::string& role, const engine::YamlNode& key,
                                                         const engine::YamlNode& value) {
            if (!model_.find_role(role)) {
                reader_.error(key, msg("unknown staff level {level} in the staff mix of {code}{suggestion}",
                                       {arg("level", engine::quote(role)), arg("code", label(product)),
                                        arg("suggestion", engine::suggestion(role, roles))}));
                all_read = false;
            }
            auto share = reader_.number(value, engine::msg("a share in the staff mix"));
            if (!share) {
                all_read = false;
                return;
            }
            if (share->sign() <= 0) {
                reader_.error(value, msg("each share in a staff mix must be above 0; {level} has {value}",
                                         {arg("level", engine::quote(role)), arg("value", engine::excerpt(value.Scalar()))}));
                all_read = false;
            }
            total += *share;
            product.staff_mix.push_back({role, *share, reader_.pos(value)});
        });
        if (all_read && total != Number(1)) {
            auto exact = total.to_exact_decimal();
            reader_.error(node, msg("the staff mix of {code} adds up to {total}, not exactly 1",
                                    {arg("code", label(product)),
                                     arg("total", engine::excerpt(exact ? *exact : total.to_fraction_string()))}));
        }
    }

    // Kept per kind while no rule is added: a product's own rules are names too.
    const std::vector<std::string>& allowed_product_keys(const std::string& kind) {
        auto& [rules_seen, keys] = allowed_keys_[kind];
        if (!keys.empty() && rules_seen == rule_names_.size()) return keys;
        keys.assign(std::begin(structural_keys), std::end(structural_keys));
        for (const auto& [name, _] : general_) keys.push_back(name);
        if (auto it = by_kind_.find(kind); it != by_kind_.end())
            for (const auto& [name, _] : it->second) keys.push_back(name);
        keys.insert(keys.end(), rule_names_.begin(), rule_names_.end());
        rules_seen = rule_names_.size();
        return keys;
    }

    void read_product_parameters(const engine::YamlNode& node, Product& product) {
        const std::vector<std::string>& allowed = allowed_product_keys(product.kind);
        const auto structural = [](const std::string& name) {
            return std::find(std::begin(structural_keys), std::end(structural_keys), name) != std::end(structural_keys);
        };
        reader_.for_each_entry(node, msg("product {code}", {arg("code", label(product))}), [&](const std::string& name, const engine::YamlNode&,
                                                                     const engine::YamlNode& value) {
            if (structural(name)) return;
            if (std::find(allowed.begin(), allowed.end(), name) == allowed.end()) return;  // reported already
            if (auto definition = reader_.value_definition(name, value)) {
                check_range(*definition, declaration(name, product.kind), value, product.code + "." + name);
                product.definitions.push_back(std::move(*definition));
            }
        });
    }

    // `inputs: {NAME: VALUE}`: values the product brings. A name the method does
    // not declare must be one that some rule reads, so a misspelt name is still
    // an error rather than a value nothing uses.
    void read_product_inputs(const engine::YamlNode& node, Product& product) {
        if (!reader_.is_map(node, engine::key_name("inputs"))) return;
        std::vector<std::string> read = names_read_by_rules(product);
        reader_.for_each_entry(node, engine::key_name("inputs"), [&](const std::string& name, const engine::YamlNode& key,
                                                      const engine::YamlNode& value) {
            if (!reader_.is_valid_name(name, key)) return;
            const Definition* declared = declaration(name, product.kind);
            if (!declared && std::find(read.begin(), read.end(), name) == read.end()) {
                reader_.unknown_key(key,
                                    engine::msg("`{name}` in the inputs of {scope} is neither a parameter of the method "
                                                "nor read by any rule{suggestion}{tail}",
                                                {engine::arg("name", name), engine::arg("scope", label(product))}),
                                    input_candidates(product, read));
                return;
            }
            const auto given = std::find_if(product.definitions.begin(), product.definitions.end(),
                                            [&](const Definition& d) { return d.name == name; });
            if (given != product.definitions.end()) {
                reader_.error(key, msg("`{name}` is given twice for product {code}: here and at {place}",
                                       {arg("name", name), arg("code", label(product)), arg("place", given->pos.to_string())}));
                return;
            }
            if (auto definition = reader_.value_definition(name, value)) {
                check_range(*definition, declared, value, product.code + "." + name);
                product.definitions.push_back(std::move(*definition));
            }
        });
    }

    // The names the rules a product can see read: its own, the model's, its
    // kind's and the method's.
    std::vector<std::string> names_read_by_rules(const Product& product) {
        if (!shared_names_read_) {
            shared_names_read_.emplace();
            add_names_read(model_.method.definitions, *shared_names_read_);
            add_names_read(model_.definitions, *shared_names_read_);
        }
        std::vector<std::string> names = *shared_names_read_;
        if (const Kind* kind = model_.method.find_kind(product.kind)) add_names_read(kind->definitions, names);
        add_names_read(product.definitions, names);
        return names;
    }

    static void add_names_read(const std::vector<Definition>& definitions, std::vector<std::string>& into) {
        for (const auto& definition : definitions) {
            if (definition.kind != Definition::Kind::formula || !definition.expr) continue;
            for (auto& name : engine::names_used(*definition.expr).values)
                if (std::find(into.begin(), into.end(), name) == into.end()) into.push_back(std::move(name));
        }
    }

    // What a misspelt input may have meant: a name a rule reads, or a parameter of its kind.
    std::vector<std::string> input_candidates(const Product& product, std::vector<std::string> names) const {
        for (const auto& [name, _] : general_) names.push_back(name);
        if (auto it = by_kind_.find(product.kind); it != by_kind_.end())
            for (const auto& [name, _] : it->second) names.push_back(name);
        return names;
    }

    // `round: {places: 0, mode: ceiling}`: how this product's `tariff` rule is
    // rounded, without writing the rule out again. Its own `tariff` rule may
    // round instead, but not both.
    void read_product_rounding(const engine::YamlNode& node, Product& product) {
        auto rounding = reader_.rounding(node);
        if (!rounding) return;
        for (const auto& definition : product.definitions) {
            if (definition.name != tariff_rule) continue;
            if (definition.kind != Definition::Kind::formula)
                reader_.error(node, msg("product {code} gives `tariff` as a value ({place}): `round:` rounds the rule `tariff`",
                                        {arg("code", label(product)), arg("place", definition.pos.to_string())}));
            else if (definition.rounding)
                reader_.error(node, msg("product {code} rounds its tariff twice: `round:` here and the "
                                        "`round` of its rule `tariff` at {place}; keep one",
                                        {arg("code", label(product)), arg("place", definition.rounding->pos.to_string())}));
        }
        product.rounding = rounding;
    }

    void read_rounding(const engine::YamlNode& node) {
        if (!reader_.is_map(node, engine::key_name("rounding"))) return;
        reader_.for_each_entry(node, engine::key_name("rounding"), [&](const std::string& rule, const engine::YamlNode& key,
                                                        const engine::YamlNode& value) {
            if (rule == "policies") read_rounding_policies(value);
            else read_rounding_choice(rule, key, value, engine::key_name("rounding"), model_.rounding);
        });
    }

    void read_rounding_choice(const std::string& rule, const engine::YamlNode& key, const engine::YamlNode& value,
                              const engine::Message& what, std::vector<RoundingChoice>& into) {
        const std::set<std::string> rules = formula_names();
        if (!rules.count(rule)) {
            reader_.error(key, msg("{what} names {rule}, which is not a rule{suggestion}",
                                   {arg("what", what), arg("rule", engine::quote(rule)),
                                    arg("suggestion", engine::suggestion(rule, {rules.begin(), rules.end()}))}));
            return;
        }
        if (auto rounding = reader_.rounding(value)) into.push_back({rule, *rounding});
    }

    std::set<std::string> formula_names() const {
        std::set<std::string> rules = rule_names_;
        for (const auto& definition : model_.method.definitions)
            if (definition.kind == Definition::Kind::formula) rules.insert(definition.name);
        for (const auto& kind : model_.method.kinds)
            for (const auto& definition : kind.definitions)
                if (definition.kind == Definition::Kind::formula) rules.insert(definition.name);
        return rules;
    }

    // `policies: {NAME: {kinds: [...], groups: [...], RULE: {places: …}}}`.
    void read_rounding_policies(const engine::YamlNode& node) {
        if (!reader_.is_map(node, engine::msg("`rounding: policies`"))) return;
        reader_.for_each_entry(node, engine::msg("`rounding: policies`"), [&](const std::string& name, const engine::YamlNode& key,
                                                                  const engine::YamlNode& value) {
            const engine::Message what = policy_label(PolicySort::rounding, name);
            RoundingPolicy policy{name, {}, {}, {}, reader_.pos(key)};
            if (!reader_.is_map(value, engine::msg("a rounding policy"))) return;
            reader_.for_each_entry(value, what, [&](const std::string& entry, const engine::YamlNode& entry_key,
                                                    const engine::YamlNode& entry_value) {
                if (entry == "kinds" || entry == "groups") (entry == "kinds" ? policy.kinds : policy.groups) =
                                                               read_targets(entry_value, engine::key_name(entry));
                else if (entry != "about") read_rounding_choice(entry, entry_key, entry_value, what, policy.rounding);
            });
            if (policy.kinds.empty() && policy.groups.empty())
                reader_.error(value, msg("{policy} applies to no product: give the `kinds` or the product `groups` it is for",
                                         {arg("policy", what)}));
            model_.rounding_policies.push_back(std::move(policy));
        });
    }

    std::vector<std::pair<std::string, SourcePos>> read_targets(const engine::YamlNode& node, const engine::Message& what) {
        std::vector<std::pair<std::string, SourcePos>> names;
        if (!reader_.is_sequence(node, what)) return names;
        for (const auto& item : node)
            if (auto name = reader_.text(item, msg("a name in {what}", {arg("what", what)}))) names.emplace_back(*name, reader_.pos(item));
        return names;
    }

    const engine::YamlDocument& document_;
    YamlReader reader_;
    Model model_;
    std::map<std::string, const Definition*> general_;    // parameters of the method
    std::map<std::string, std::map<std::string, const Definition*>> by_kind_;
    std::map<std::string, const Definition*> any_kind_;
    std::set<std::string> rule_names_;                    // rules the model defines
    std::map<std::string, SourcePos> codes_;
    CodeRegister looks_;                                  // product and trajectory codes, to refuse look-alikes
    std::map<std::string, std::pair<std::size_t, std::vector<std::string>>> allowed_keys_;  // kind → (rules, keys)
    std::optional<std::vector<std::string>> shared_names_read_;  // by the method's and the model's rules
    static constexpr const char* structural_keys[] = {"code",      "name",  "kind",  "unit",          "category", "staff_mix",
                                                       "rules",     "about", "index_weights", "group", "inputs", "round"};
    // The rule a product's `round:` rounds: its tariff per the kind's base unit.
    static constexpr const char* tariff_rule = "tariff";
};

}  // namespace

void settle(engine::Diagnostics& problems, engine::Diagnostics* unknown_keys) {
    if (problems.empty()) return;
    if (!unknown_keys || !problems.only_unknown_keys()) throw engine::InputError(problems);
    unknown_keys->append(problems);
    problems = {};
}

Model parse_model_document(const engine::YamlDocument& document, engine::Diagnostics* unknown_keys) {
    engine::Diagnostics diagnostics;
    Model model = ModelReader(document, diagnostics).read();
    settle(diagnostics, unknown_keys);
    return model;
}

Model load_model(const std::string& path, engine::Diagnostics* unknown_keys) {
    return load_model_file(path, unknown_keys);
}

Model parse_model(std::string_view text, const std::string& file_name) {
    return parse_model_document(engine::parse_yaml(text, file_name));
}

}  // namespace tariffs
