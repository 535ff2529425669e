#include "tariffs/checks/bid_buildup.hpp"
#include "tariffs/model/source_file.hpp"

#include "engine/decimal.hpp"
#include "engine/suggest.hpp"
#include "engine/yaml_reader.hpp"
#include "tariffs/pricing/cost_model.hpp"

#include <algorithm>
#include <map>

namespace tariffs {

using engine::Number;
using engine::YamlReader;

bool BuildUpReview::has_findings() const {
    return std::any_of(products.begin(), products.end(), [](const BuildUpResult& r) { return !r.consistent; });
}

namespace {

// ---- reading ------------------------------------------------------------------

// The method's parameters in declaration order: general ones, then each kind's.
std::vector<const Definition*> declared_parameters(const Method& method, const std::string& kind) {
    std::vector<const Definition*> declared;
    for (const auto& definition : method.definitions)
        if (definition.kind != Definition::Kind::formula) declared.push_back(&definition);
    if (const Kind* k = method.find_kind(kind))
        for (const auto& definition : k->definitions)
            if (definition.kind != Definition::Kind::formula) declared.push_back(&definition);
    return declared;
}

std::vector<std::string> names_of(const std::vector<const Definition*>& definitions) {
    std::vector<std::string> names;
    for (const auto* definition : definitions) names.push_back(definition->name);
    return names;
}

class BuildUpReader {
public:
    BuildUpReader(const engine::YamlDocument& document, const Model& model, engine::Diagnostics& problems)
        : document_(document), model_(model), reader_(document, problems) {}

    BuildUp read() {
        BuildUp buildup;
        buildup.file = *document_.file;
        buildup.sha256 = sha256_hex(*document_.text);
        const engine::YamlNode& root = document_.root;
        if (!reader_.is_map(root, engine::msg("a build-up"))) return buildup;
        reader_.reject_unknown_keys(root, engine::msg("a build-up"), {"provider", "parameters", "staff_levels", "products"});
        if (root["provider"]) buildup.provider = reader_.text(root["provider"], engine::key_name("provider")).value_or("");
        else reader_.error(root, engine::msg("a build-up needs `provider: its name`"));
        if (root["parameters"]) read_values(root["parameters"], engine::key_name("parameters"), BuildUpInput::Level::model, "", "", buildup);
        if (root["staff_levels"]) read_roles(root["staff_levels"], buildup);
        if (root["products"]) read_products(root["products"], buildup);
        else reader_.error(root, engine::msg("a build-up needs `products`"));
        order(buildup);
        return buildup;
    }

private:
    // `values` as inputs at `level`; each must be a parameter the method declares (for `kind`).
    void read_values(const engine::YamlNode& node, const engine::Message& what, BuildUpInput::Level level,
                     const std::string& owner, const std::string& kind, BuildUp& buildup,
                     const std::vector<std::string>& other_keys = {}) {
        if (!reader_.is_map(node, what)) return;
        const auto declared = declared_parameters(model_.method, kind);
        std::vector<std::string> allowed = names_of(declared);
        allowed.insert(allowed.end(), other_keys.begin(), other_keys.end());
        reader_.reject_unknown_keys(node, what, allowed);
        reader_.for_each_entry(node, what, [&](const std::string& name, const engine::YamlNode&, const engine::YamlNode& value) {
            auto declaration = std::find_if(declared.begin(), declared.end(),
                                            [&](const Definition* d) { return d->name == name; });
            if (declaration == declared.end()) return;  // another key, or reported as unknown
            auto definition = reader_.value_definition(name, value);
            if (!definition) return;
            const auto& range = (*declaration)->range;
            if (range && !range->contains(definition->value))
                reader_.error(value, engine::msg("`{name}` is {value}, outside its range {range}",
                                                 {engine::arg("name", name), engine::arg("value", definition->text),
                                                  engine::arg("range", range->text)}));
            buildup.inputs.push_back({level, owner, std::move(*definition)});
        });
    }

    void read_roles(const engine::YamlNode& node, BuildUp& buildup) {
        if (!reader_.is_map(node, engine::key_name("staff_levels"))) return;
        std::vector<std::string> roles;
        for (const auto& role : model_.roles) roles.push_back(role.name);
        reader_.for_each_entry(node, engine::key_name("staff_levels"), [&](const std::string& role, const engine::YamlNode& key,
                                                           const engine::YamlNode& values) {
            if (!model_.find_role(role)) {
                reader_.error(key, engine::msg("unknown staff level `{name}`{suggestion}",
                                               {engine::arg("name", role), engine::arg("suggestion", engine::suggestion(role, roles))}));
                return;
            }
            read_values(values, engine::msg("staff level `{name}`", {engine::arg("name", role)}), BuildUpInput::Level::staff_level, role, "", buildup);
        });
    }

    void read_products(const engine::YamlNode& node, BuildUp& buildup) {
        if (!reader_.is_sequence(node, engine::key_name("products"))) return;
        std::vector<std::string> codes;
        for (const auto& product : model_.products) codes.push_back(product.code);
        std::map<std::string, engine::SourcePos> stated_at;  // a product stated twice: which counts?
        for (const auto& item : node) {
            if (!reader_.is_map(item, engine::msg("a product"))) continue;
            StatedTariff stated;
            stated.pos = reader_.pos(item);
            if (!item["code"]) {
                reader_.error(item, engine::msg("a product needs a `code`"));
                continue;
            }
            stated.code = reader_.text(item["code"], engine::key_name("code")).value_or("");
            const Product* product = model_.find_product(stated.code);
            if (!product) {
                reader_.error(item["code"], engine::msg("unknown product `{code}`{suggestion}",
                                                        {engine::arg("code", stated.code),
                                                         engine::arg("suggestion", engine::suggestion(stated.code, codes))}));
                continue;
            }
            if (auto [first, added] = stated_at.emplace(stated.code, reader_.pos(item["code"])); !added) {
                reader_.error(item["code"], engine::msg("product `{code}` is stated twice; the first is on line {line}",
                                                        {engine::arg("code", stated.code),
                                                         engine::arg("line", first->second.line)}));
                continue;
            }
            if (item["tariff"]) stated.tariff = reader_.number(item["tariff"], engine::msg("the stated `tariff`"));
            read_values(item, engine::msg("product `{code}`", {engine::arg("code", stated.code)}), BuildUpInput::Level::product, stated.code, product->kind,
                        buildup, {"code", "tariff"});
            buildup.products.push_back(std::move(stated));
        }
    }

    // The documented order: model, then staff levels as the model lists them,
    // then products; within each, as the method declares its parameters.
    void order(BuildUp& buildup) const {
        std::map<std::string, std::size_t> role_rank, parameter_rank;
        for (std::size_t i = 0; i < model_.roles.size(); ++i) role_rank[model_.roles[i].name] = i;
        std::size_t rank = 0;
        for (const auto& definition : model_.method.definitions) parameter_rank.emplace(definition.name, rank++);
        for (const auto& kind : model_.method.kinds)
            for (const auto& definition : kind.definitions) parameter_rank.emplace(definition.name, rank++);
        std::stable_sort(buildup.inputs.begin(), buildup.inputs.end(), [&](const BuildUpInput& a, const BuildUpInput& b) {
            auto key = [&](const BuildUpInput& input) {
                const std::size_t owner = input.level == BuildUpInput::Level::staff_level ? role_rank[input.owner] : 0;
                return std::make_tuple(static_cast<int>(input.level), owner, parameter_rank[input.value.name]);
            };
            return key(a) < key(b);
        });
    }

    const engine::YamlDocument& document_;
    const Model& model_;
    YamlReader reader_;
};

BuildUp read_buildup(const engine::YamlDocument& document, const Model& model) {
    engine::Diagnostics problems;
    BuildUp buildup = BuildUpReader(document, model, problems).read();
    if (!problems.empty()) throw engine::InputError(problems);
    return buildup;
}

// ---- reviewing ----------------------------------------------------------------

void replace_or_add(std::vector<Definition>& definitions, const Definition& value) {
    auto it = std::find_if(definitions.begin(), definitions.end(), [&](const Definition& d) { return d.name == value.name; });
    if (it == definitions.end()) definitions.push_back(value);
    else *it = value;
}

void apply(Model& model, const BuildUpInput& input) {
    switch (input.level) {
        case BuildUpInput::Level::model: replace_or_add(model.definitions, input.value); break;
        case BuildUpInput::Level::staff_level:
            for (auto& role : model.roles)
                if (role.name == input.owner) replace_or_add(role.definitions, input.value);
            break;
        case BuildUpInput::Level::product:
            for (auto& product : model.products)
                if (product.code == input.owner) replace_or_add(product.definitions, input.value);
            break;
    }
}

// Only the inputs that can change this product's tariff.
bool applies_to(const BuildUpInput& input, const Product& product) {
    switch (input.level) {
        case BuildUpInput::Level::model: return true;
        case BuildUpInput::Level::product: return input.owner == product.code;
        case BuildUpInput::Level::staff_level:
            return std::any_of(product.staff_mix.begin(), product.staff_mix.end(),
                               [&](const StaffShare& share) { return share.role == input.owner; });
    }
    return false;
}

std::string label(const BuildUpInput& input) {
    return input.owner.empty() || input.level == BuildUpInput::Level::product
               ? input.value.name
               : input.owner + ": " + input.value.name;
}

// The value as the reference model has it, written as in the model.
std::string reference_text(CostModel& reference, const BuildUpInput& input, const Product& product) {
    const Model& model = reference.model();
    const engine::Derivation& value = input.level == BuildUpInput::Level::staff_level
                                          ? reference.value(*model.find_role(input.owner), input.value.name)
                                          : reference.value(product, input.value.name);
    if (value.definition->kind == Definition::Kind::value && !value.definition->text.empty()) return value.definition->text;
    return engine::display_value(value.value).text;
}

Number price_of(const Model& model, const std::string& code) {
    CostModel cost(model);
    return cost.price(*model.find_product(code)).price.value;
}

BuildUpResult review_product(const Model& model, CostModel& reference, const BuildUp& buildup,
                             const StatedTariff& stated) {
    const Product& product = *model.find_product(stated.code);
    BuildUpResult result;
    result.code = product.code;
    result.name = product.name;
    result.reference = reference.price(product).price.value;
    Model changed = model;
    Number before = result.reference;
    for (const auto& input : buildup.inputs) {
        if (!applies_to(input, product)) continue;
        apply(changed, input);
        const Number after = price_of(changed, product.code);
        result.parts.push_back({label(input), reference_text(reference, input, product), input.value.text, after - before});
        before = after;
    }
    result.computed = before;
    result.stated = stated.tariff;
    const Number bid = stated.tariff.value_or(result.computed);
    result.consistent = bid == result.computed;
    if (!result.consistent)
        result.parts.push_back({std::string(stated_tariff_part), engine::format_decimal(result.computed, 2),
                                engine::display_amount(bid).text, bid - result.computed});
    result.difference = bid - result.reference;
    return result;
}

}  // namespace

BuildUp load_buildup(const std::string& path, const Model& model) {
    return read_buildup(engine::load_yaml_file(path), model);
}

BuildUp parse_buildup(const std::string& text, const std::string& file_name, const Model& model) {
    return read_buildup(engine::parse_yaml(text, file_name), model);
}

BuildUpReview review_buildup(const Model& model, const BuildUp& buildup) {
    CostModel reference(model);
    engine::Diagnostics problems = reference.check();
    if (!problems.empty()) throw engine::InputError(problems);
    BuildUpReview review;
    review.provider = buildup.provider;
    review.file = buildup.file;
    for (const auto& stated : buildup.products) review.products.push_back(review_product(model, reference, buildup, stated));
    return review;
}

}  // namespace tariffs
