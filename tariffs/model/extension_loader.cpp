#include "tariffs/model/extension_loader.hpp"

#include "tariffs/model/model_loader.hpp"
#include "engine/suggest.hpp"
#include "tariffs/model/overrides.hpp"

#include <algorithm>
#include <filesystem>

namespace tariffs {

namespace {

using engine::YamlNode;
using engine::YamlReader;

std::string identity(const std::string& path) {
    std::error_code error;
    const auto canonical = std::filesystem::weakly_canonical(path, error);
    return error ? path : canonical.string();
}

class ExtensionReader {
public:
    ExtensionReader(const engine::YamlDocument& document, engine::Diagnostics& problems)
        : document_(document), reader_(document, problems) {}

    // The changes this file makes, as overrides located where they are written.
    void read_changes(const YamlNode& root) {
        if (root["parameters"] && reader_.is_map(root["parameters"], "`parameters`"))
            reader_.for_each_entry(root["parameters"], "`parameters`",
                                   [&](const std::string& name, const YamlNode& key, const YamlNode& value) {
                                       add(name, key, value);
                                   });
        owned(root, "staff_levels", "staff level");
        owned(root, "products", "product");
        if (root["budgets"]) read_budgets(root["budgets"]);
        if (root["rules"] && reader_.is_map(root["rules"], "`rules`"))
            reader_.for_each_entry(root["rules"], "`rules`", [&](const std::string& name, const YamlNode& key,
                                                                 const YamlNode& value) {
                if (!reader_.is_valid_name(name, key)) return;
                if (auto rule = reader_.rule_definition(name, value)) rules_.push_back(std::move(*rule));
            });
    }

    // Every change to an input the model does not have, or out of its range.
    void check(const Model& model) {
        check_overrides(model, overrides_, reader_.diagnostics());
        for (const auto& change : budget_changes_) find_budget(model, change);
    }

    void apply(Model& model, const YamlNode& root) {
        Model changed = model;
        apply_overrides(changed, overrides_);  // throws with every problem, located in this file
        for (auto& rule : rules_) {
            auto& definitions = changed.definitions;
            auto it = std::find_if(definitions.begin(), definitions.end(),
                                   [&](const engine::Definition& d) { return d.name == rule.name; });
            if (it != definitions.end()) *it = rule;
            else definitions.push_back(rule);
        }
        for (const auto& change : budget_changes_) apply_budget(changed, change);
        changed.scenario = {};  // the changes are this model's own, not a scenario of it
        for (auto& source : changed.sources)
            if (source.role == "model") source.role = "extends";
        changed.sources.insert(changed.sources.begin(), source_file("model", *document_.file, *document_.text));
        changed.file = *document_.file;
        if (root["model"]) changed.name = reader_.text(root["model"], "`model`").value_or(changed.name);
        model = std::move(changed);
    }

    YamlReader& reader() { return reader_; }

private:
    void add(const std::string& target, const YamlNode& key, const YamlNode& value) {
        if (auto definition = reader_.value_definition(target, value))
            overrides_.push_back({target, std::move(*definition), reader_.pos(key)});
    }

    // `staff_levels: {LEVEL: {NAME: VALUE}}` and `products: {CODE: {NAME: VALUE}}`.
    void owned(const YamlNode& root, const char* section, const std::string& what) {
        const YamlNode node = root[section];
        if (!node || !reader_.is_map(node, std::string("`") + section + "`")) return;
        reader_.for_each_entry(node, section, [&](const std::string& owner, const YamlNode&, const YamlNode& inputs) {
            if (!reader_.is_map(inputs, what + " `" + owner + "`")) return;
            reader_.for_each_entry(inputs, what, [&](const std::string& name, const YamlNode& key,
                                                     const YamlNode& value) { add(owner + "." + name, key, value); });
        });
    }

    // `budgets: {PROVIDER: {availability: AMOUNT, volumes: {CODE: VOLUME}}}`: a
    // provider's availability, or a line's volume in the base year.
    struct BudgetChange {
        std::string provider;
        std::string code;  // empty: the availability
        YearValue value;
        engine::SourcePos provider_pos, code_pos;
    };

    void read_budgets(const YamlNode& node) {
        if (!reader_.is_map(node, "`budgets`")) return;
        reader_.for_each_entry(node, "`budgets`", [&](const std::string& provider, const YamlNode& key,
                                                       const YamlNode& changes) {
            const std::string what = "the budget of `" + provider + "`";
            if (!reader_.is_map(changes, what)) return;
            reader_.reject_unknown_keys(changes, what, {"availability", "volumes"});
            if (changes["availability"])
                budget_change(provider, "", key, changes["availability"], changes["availability"], "`availability`");
            if (changes["volumes"] && reader_.is_map(changes["volumes"], "`volumes`"))
                reader_.for_each_entry(changes["volumes"], "`volumes`", [&](const std::string& code,
                                                                            const YamlNode& code_key,
                                                                            const YamlNode& volume) {
                    budget_change(provider, code, key, code_key, volume, "a volume");
                });
        });
    }

    void budget_change(const std::string& provider, const std::string& code, const YamlNode& provider_key,
                       const YamlNode& code_key, const YamlNode& value, const std::string& what) {
        auto amount = reader_.number(value, what);
        if (!amount) return;
        if (amount->sign() < 0) {
            reader_.error(value, what + " cannot be negative: " + value.Scalar());
            return;
        }
        budget_changes_.push_back({provider, code, {*amount, reader_.pos(value)}, reader_.pos(provider_key),
                                   reader_.pos(code_key)});
    }

    // The provider and line a change names, or a problem where it names them.
    std::pair<const Provider*, const BudgetLine*> find_budget(const Model& model, const BudgetChange& change) {
        std::vector<std::string> names;
        for (const auto& provider : model.budgets.providers) {
            names.push_back(provider.name);
            if (provider.name != change.provider) continue;
            if (change.code.empty()) return {&provider, nullptr};
            std::vector<std::string> codes;
            for (const auto& line : provider.lines) {
                if (line.code == change.code) return {&provider, &line};
                codes.push_back(line.code);
            }
            std::string lines;
            for (const auto& code : codes) lines += (lines.empty() ? "" : ", ") + code;
            reader_.diagnostics().add(change.code_pos, "`" + change.provider + "` has no budget line for `" +
                                                           change.code + "`; its lines are " + lines);
            return {nullptr, nullptr};
        }
        reader_.diagnostics().add(change.provider_pos, "no provider `" + change.provider + "` in the budgets" +
                                                           engine::did_you_mean(change.provider, names));
        return {nullptr, nullptr};
    }

    static void apply_budget(Model& model, const BudgetChange& change) {
        for (auto& provider : model.budgets.providers) {
            if (provider.name != change.provider) continue;
            if (change.code.empty()) provider.availability = change.value;
            for (auto& line : provider.lines)
                if (line.code == change.code) {
                    line.volume = change.value;  // the base year's volume, in place of an average of history
                    line.history.clear();
                }
        }
    }

    const engine::YamlDocument& document_;
    YamlReader reader_;
    std::vector<BudgetChange> budget_changes_;
    std::vector<Override> overrides_;
    std::vector<engine::Definition> rules_;
};

}  // namespace

Model read_extension(const engine::YamlDocument& document, const std::vector<std::string>& chain,
                     engine::Diagnostics* unknown_keys) {
    engine::Diagnostics problems;
    ExtensionReader extension(document, problems);
    YamlReader& reader = extension.reader();
    const YamlNode& root = document.root;
    reader.reject_unknown_keys(root, "a model that extends another",
                               {"extends", "model", "about", "parameters", "staff_levels", "products", "rules", "budgets"});
    if (root["about"]) reader.prose(root["about"], "`about`");
    extension.read_changes(root);
    const auto base_name = reader.text(root["extends"], "`extends`");
    if (!base_name) throw engine::InputError(problems);
    const std::string base_path =
        (std::filesystem::path(*document.file).parent_path() / *base_name).lexically_normal().string();
    std::vector<std::string> longer = chain;
    longer.push_back(identity(*document.file));
    if (std::find(longer.begin(), longer.end(), identity(base_path)) != longer.end()) {
        reader.error(root["extends"], "`extends: " + *base_name + "` makes a cycle: " + base_path +
                                          " extends, directly or through others, this file");
        throw engine::InputError(problems);
    }
    Model model;
    try {
        model = load_model_file(base_path, longer, unknown_keys);
    } catch (const engine::InputError& error) {
        reader.append_named_file_problems(error, root["extends"], "the extended model");
        throw engine::InputError(problems);
    }
    extension.check(model);
    settle(problems, unknown_keys);
    extension.apply(model, root);
    return model;
}

Model load_model_file(const std::string& path, const std::vector<std::string>& chain,
                      engine::Diagnostics* unknown_keys) {
    const engine::YamlDocument document = engine::load_yaml_file(path);
    if (document.root.IsMap() && document.root["extends"]) return read_extension(document, chain, unknown_keys);
    return parse_model_document(document, unknown_keys);
}

}  // namespace tariffs
