#include "tariffs/model/overrides.hpp"

#include "engine/measure_unit.hpp"
#include "engine/suggest.hpp"
#include "engine/text_check.hpp"
#include "engine/yaml_reader.hpp"
#include "tariffs/model/plausibility.hpp"
#include "tariffs/model/value_check.hpp"

#include <algorithm>
#include <optional>

namespace tariffs {

namespace {

using engine::arg;
using engine::Definition;
using engine::Diagnostics;
using engine::msg;

std::string join(const std::vector<std::string>& items) {
    std::string out;
    for (const auto& item : items) out += (out.empty() ? "" : ", ") + item;
    return out;
}

const Definition* find_in(const std::vector<Definition>& definitions, const std::string& name) {
    for (const auto& definition : definitions)
        if (definition.name == name) return &definition;
    return nullptr;
}

// A parameter the method declares (a value or an input, not a rule).
const Definition* declared_in(const std::vector<Definition>& definitions, const std::string& name) {
    const Definition* found = find_in(definitions, name);
    return found && found->kind != Definition::Kind::formula ? found : nullptr;
}

std::vector<std::string> declared_names(const std::vector<Definition>& definitions) {
    std::vector<std::string> names;
    for (const auto& definition : definitions)
        if (definition.kind != Definition::Kind::formula) names.push_back(definition.name);
    return names;
}

// The input an override changes.
struct Target {
    enum class Owner { model, role, product };
    Owner owner = Owner::model;
    std::size_t index = 0;  // of the role or product
    std::string name;
    const Definition* declaration = nullptr;  // says its range; none for a product's own input
};

class Resolver {
public:
    Resolver(const Model& model, Diagnostics& problems) : model_(model), problems_(problems) {}

    std::optional<Target> resolve(const Override& override) {
        const std::string& target = override.target;
        const auto dot = target.rfind('.');
        if (dot == std::string::npos) return model_parameter(override);
        const std::string owner = target.substr(0, dot), name = target.substr(dot + 1);
        for (std::size_t i = 0; i < model_.roles.size(); ++i)
            if (model_.roles[i].name == owner) return role_input(override, i, name);
        if (const Product* product = model_.find_product(owner))
            return product_input(override, static_cast<std::size_t>(product - model_.products.data()), name);
        std::vector<std::string> owners;
        for (const auto& role : model_.roles) owners.push_back(role.name);
        for (const auto& product : model_.products) owners.push_back(product.code);
        problems_.add(override.target_pos,
                      msg("{owner} in {target} is neither a staff level nor a product{suggestion}; the staff levels are {levels}",
                          {arg("owner", engine::quote(owner)), arg("target", engine::quote(target)),
                           arg("suggestion", engine::suggestion(owner, owners)), arg("levels", join(role_names()))}));
        return std::nullopt;
    }

private:
    std::optional<Target> model_parameter(const Override& override) {
        const Method& method = model_.method;
        Target target{Target::Owner::model, 0, override.target, declared_in(method.definitions, override.target)};
        for (const auto& kind : method.kinds)
            if (!target.declaration) target.declaration = declared_in(kind.definitions, override.target);
        if (target.declaration) return target;
        std::vector<std::string> names = declared_names(method.definitions);
        for (const auto& kind : method.kinds)
            for (auto& name : declared_names(kind.definitions))
                if (std::find(names.begin(), names.end(), name) == names.end()) names.push_back(name);
        unknown(override, msg("a parameter of the model"), names,
                msg("; a staff level's or a product's input is `LEVEL.NAME` or `CODE.NAME`"));
        return std::nullopt;
    }

    std::optional<Target> role_input(const Override& override, std::size_t index, const std::string& name) {
        const Definition* declaration = declared_in(model_.method.definitions, name);
        if (!declaration) {
            unknown(override, msg("an input of staff level `{name}`", {arg("name", model_.roles[index].name)}),
                    declared_names(model_.method.definitions), {});
            return std::nullopt;
        }
        return Target{Target::Owner::role, index, name, declaration};
    }

    std::optional<Target> product_input(const Override& override, std::size_t index, const std::string& name) {
        const Product& product = model_.products[index];
        const Definition* declaration = declared_in(model_.method.definitions, name);
        std::vector<std::string> names = declared_names(model_.method.definitions);
        if (const Kind* kind = model_.method.find_kind(product.kind)) {
            if (!declaration) declaration = declared_in(kind->definitions, name);
            for (auto& own : declared_names(kind->definitions)) names.push_back(own);
        }
        // A value the product brings itself (under `inputs:`): no range is declared for it.
        const Definition* own = find_in(product.definitions, name);
        if (!declaration && own && own->kind == Definition::Kind::value)
            return Target{Target::Owner::product, index, name, nullptr};
        for (const auto& definition : product.definitions)
            if (definition.kind == Definition::Kind::value &&
                std::find(names.begin(), names.end(), definition.name) == names.end())
                names.push_back(definition.name);
        if (!declaration) {
            unknown(override, msg("an input of product {code}", {arg("code", engine::quote(product.code))}), names, {});
            return std::nullopt;
        }
        return Target{Target::Owner::product, index, name, declaration};
    }

    void unknown(const Override& override, const engine::Message& what, const std::vector<std::string>& names,
                 const engine::Message& hint) {
        const std::string name = override.target.substr(override.target.rfind('.') + 1);
        const std::vector<engine::MessageArg> args{arg("name", engine::quote(name)), arg("what", what),
                                                   arg("suggestion", engine::suggestion(name, names)),
                                                   arg("inputs", join(names)), arg("hint", hint)};
        problems_.add(override.target_pos, engine::nearest_name(name, names)
                                               ? msg("{name} is not {what}{suggestion}{hint}", args)
                                               : msg("{name} is not {what}; the inputs are {inputs}{hint}", args));
    }

    std::vector<std::string> role_names() const {
        std::vector<std::string> names;
        for (const auto& role : model_.roles) names.push_back(role.name);
        return names;
    }

    const Model& model_;
    Diagnostics& problems_;
};

void check_range(const Override& override, const Target& target, const Model& model, Diagnostics& problems) {
    if (auto problem = value_problem(override.value, target.declaration, override.target, model.method.counts))
        problems.add(override.value.pos, *problem);
}

// A product's own input (no declaration, which check_range's value_problem reads) given with a
// unit is in the unit the model gives it in, as in the model file.
void check_unit(const Model& model, const Override& override, const Target& target, Diagnostics& problems) {
    if (override.value.unit.empty() || target.declaration || target.owner != Target::Owner::product) return;
    std::string expected;
    if (const Definition* own = find_in(model.products[target.index].definitions, target.name)) expected = own->unit;
    if (expected.empty()) return;
    const auto given = engine::MeasureUnit::parse(override.value.unit, model.method.counts);
    const auto declared = engine::MeasureUnit::parse(expected, model.method.counts);
    if (given && declared && *given != *declared)
        problems.add(override.value.pos, msg("`{name}` is {value} {unit}, but it is measured in {declared}",
                                             {arg("name", override.target), arg("value", engine::excerpt(override.value.text)),
                                              arg("unit", engine::excerpt(override.value.unit)),
                                              arg("declared", msg("{unit}", {engine::unit_arg("unit", declared->to_string())}))}));
}

// The definitions the target is written among.
std::vector<Definition>& owner_definitions(Model& model, const Target& target) {
    switch (target.owner) {
        case Target::Owner::role: return model.roles[target.index].definitions;
        case Target::Owner::product: return model.products[target.index].definitions;
        case Target::Owner::model: break;
    }
    return model.definitions;
}

// The value the input has in the model as written, looked up as a product or
// staff level sees it: its own, the model's, its kind's, the method's.
const Definition* model_value(const Model& model, const Target& target) {
    const Definition* found = nullptr;
    if (target.owner == Target::Owner::role) found = find_in(model.roles[target.index].definitions, target.name);
    if (target.owner == Target::Owner::product) found = find_in(model.products[target.index].definitions, target.name);
    if (!found) found = find_in(model.definitions, target.name);
    if (!found && target.owner == Target::Owner::product)
        if (const Kind* kind = model.method.find_kind(model.products[target.index].kind))
            found = find_in(kind->definitions, target.name);
    if (!found) found = find_in(model.method.definitions, target.name);
    return found && found->kind == Definition::Kind::value ? found : nullptr;
}

void apply(Model& model, const Override& override, const Target& target) {
    const Definition* was = model_value(model, target);
    AppliedOverride applied{override.target, override.value.text, was ? was->text : "", override.value.pos,
                            was ? was->pos : engine::SourcePos{}};
    // A second override of the same input replaces the first in the record too.
    auto& record = model.scenario.overrides;
    auto same = std::find_if(record.begin(), record.end(),
                             [&](const AppliedOverride& o) { return o.target == override.target; });
    if (same != record.end()) {
        applied.was = same->was;
        applied.was_pos = same->was_pos;
        *same = std::move(applied);
    } else {
        record.push_back(std::move(applied));
    }
    std::vector<Definition>& definitions = owner_definitions(model, target);
    Definition value = override.value;
    value.name = target.name;
    auto own = std::find_if(definitions.begin(), definitions.end(),
                            [&](const Definition& d) { return d.name == target.name; });
    if (own != definitions.end()) *own = std::move(value);
    else definitions.push_back(std::move(value));
}

}  // namespace

Override parse_set_argument(const std::string& argument) {
    const auto equals = argument.find('=');
    // Named as written, each side cut short when it is long.
    const engine::SourcePos at{
        engine::make_file_name("--set " + (equals == std::string::npos
                                               ? engine::excerpt(argument)
                                               : engine::excerpt(argument.substr(0, equals)) + "=" +
                                                     engine::excerpt(argument.substr(equals + 1)))),
        0, 0};
    if (equals == std::string::npos || equals == 0)
        throw engine::InputError(at, msg("`--set` takes NAME=VALUE, such as overhead_surcharge=22% or "
                                         "jeugdzorgwerker.monthly_salary=3900.00"));
    Override override;
    override.target = argument.substr(0, equals);
    override.target_pos = at;
    const std::string text = argument.substr(equals + 1);
    auto written = engine::parse_written_value(text);
    if (!written)
        throw engine::InputError(at, msg("{name} must be a number such as 1878, 3650.00 or 8.33%, optionally with its "
                                         "unit (3650.00 EUR/month), not {value}",
                                         {arg("name", engine::quote(override.target)), arg("value", engine::quote(text))}));
    override.value.name = override.target;
    override.value.kind = Definition::Kind::value;
    override.value.value = std::move(written->value);
    override.value.text = std::move(written->text);
    override.value.unit = std::move(written->unit);
    override.value.pos = at;
    return override;
}

void check_overrides(const Model& model, const std::vector<Override>& overrides, Diagnostics& problems) {
    Resolver resolver(model, problems);
    for (const auto& override : overrides)
        if (auto target = resolver.resolve(override)) {
            check_range(override, *target, model, problems);
            check_unit(model, override, *target, problems);
        }
}

void apply_overrides(Model& model, const std::vector<Override>& overrides) {
    Diagnostics problems;
    check_overrides(model, overrides, problems);
    if (!problems.empty()) throw engine::InputError(problems);
    for (const auto& override : overrides) {
        Resolver resolver(model, problems);
        const auto target = *resolver.resolve(override);
        check_usual(override.value, target.declaration, override.target, model.warnings);
        apply(model, override, target);
    }
}

const engine::Range* input_range(const Model& model, const std::string& target) {
    Diagnostics ignored;
    Resolver resolver(model, ignored);
    Override probe;
    probe.target = target;
    const auto resolved = resolver.resolve(probe);
    if (!resolved || !resolved->declaration || !resolved->declaration->range) return nullptr;
    return &*resolved->declaration->range;
}

void apply_scenario(Model& model, const std::string& name, const std::vector<Override>& overrides) {
    if (!name.empty()) {
        const NamedScenario* scenario = model.find_scenario(name);
        if (!scenario) {
            std::vector<std::string> names;
            for (const auto& s : model.scenarios) names.push_back(s.name);
            const std::vector<engine::MessageArg> args{arg("name", engine::quote(name)),
                                                       arg("suggestion", engine::suggestion(name, names)),
                                                       arg("names", join(names))};
            throw engine::InputError(engine::SourcePos{engine::make_file_name(model.file), 0, 0},
                                     names.empty() ? msg("no scenario {name}{suggestion}; the model names no `scenarios`", args)
                                                   : msg("no scenario {name}{suggestion}; its scenarios are {names}", args));
        }
        const NamedScenario copy = *scenario;  // applying changes the model that holds it
        apply_overrides(model, copy.overrides);
        model.scenario.name = copy.name;
        model.scenario.about = copy.about;
    }
    apply_overrides(model, overrides);
}

}  // namespace tariffs
