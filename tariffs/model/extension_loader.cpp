#include "tariffs/model/extension_loader.hpp"

#include "tariffs/model/model_loader.hpp"
#include "engine/suggest.hpp"
#include "engine/text_check.hpp"
#include "tariffs/model/overrides.hpp"

#include <algorithm>
#include <filesystem>
#include <memory>

namespace tariffs {

namespace {

using engine::arg;
using engine::msg;
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
        if (root["parameters"] && reader_.is_map(root["parameters"], engine::key_name("parameters")))
            reader_.for_each_entry(root["parameters"], engine::key_name("parameters"),
                                   [&](const std::string& name, const YamlNode& key, const YamlNode& value) {
                                       add(name, key, value);
                                   });
        owned(root, "staff_levels", [](const std::string& level) {
            return msg("staff level {name}", {arg("name", engine::quote(level))});
        });
        owned(root, "products", [](const std::string& code) { return msg("product {code}", {arg("code", engine::quote(code))}); });
        if (root["budgets"]) read_budgets(root["budgets"]);
        if (root["rules"] && reader_.is_map(root["rules"], engine::key_name("rules")))
            reader_.for_each_entry(root["rules"], engine::key_name("rules"), [&](const std::string& name, const YamlNode& key,
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

    void apply(Model& model, const YamlNode& root, const std::string& base_path) {
        Model changed = model;
        apply_overrides(changed, overrides_);  // throws with every problem, located in this file
        for (const auto& rule : rules_) replace_rule(changed, rule);
        for (const auto& change : budget_changes_) apply_budget(changed, change);
        changed.scenario = {};  // the changes are this model's own, not a scenario of it
        for (auto& source : changed.sources)
            if (source.role == "model") source.role = "extends";
        changed.sources.insert(changed.sources.begin(), source_file("model", *document_.file, *document_.text));
        changed.file = *document_.file;
        if (root["model"]) changed.name = reader_.text(root["model"], engine::key_name("model")).value_or(changed.name);
        changed.extension = std::make_shared<const Extension>(
            Extension{*document_.file, reader_.pos(root["extends"]), base_path, each_change()});
        model = std::move(changed);
    }

    YamlReader& reader() { return reader_; }

private:
    void add(const std::string& target, const YamlNode& key, const YamlNode& value) {
        if (auto definition = reader_.value_definition(target, value))
            overrides_.push_back({target, std::move(*definition), reader_.pos(key)});
    }

    // `staff_levels: {LEVEL: {NAME: VALUE}}` and `products: {CODE: {NAME: VALUE}}`.
    // `label(owner)` names the staff level or product whose inputs are changed.
    void owned(const YamlNode& root, const char* section, engine::Message (*label)(const std::string&)) {
        const YamlNode node = root[section];
        if (!node || !reader_.is_map(node, engine::key_name(section))) return;
        reader_.for_each_entry(node, engine::key_name(section), [&](const std::string& owner, const YamlNode&, const YamlNode& inputs) {
            const engine::Message what = label(owner);
            if (!reader_.is_map(inputs, what)) return;
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
        if (!reader_.is_map(node, engine::key_name("budgets"))) return;
        reader_.for_each_entry(node, engine::key_name("budgets"), [&](const std::string& provider, const YamlNode& key,
                                                       const YamlNode& changes) {
            const engine::Message what = msg("the budget of {provider}", {arg("provider", engine::quote(provider))});
            if (!reader_.is_map(changes, what)) return;
            reader_.reject_unknown_keys(changes, what, {"availability", "volumes"});
            if (changes["availability"])
                budget_change(provider, "", key, changes["availability"], changes["availability"], engine::key_name("availability"));
            if (changes["volumes"] && reader_.is_map(changes["volumes"], engine::key_name("volumes")))
                reader_.for_each_entry(changes["volumes"], engine::key_name("volumes"), [&](const std::string& code,
                                                                            const YamlNode& code_key,
                                                                            const YamlNode& volume) {
                    budget_change(provider, code, key, code_key, volume, msg("a volume"));
                });
        });
    }

    void budget_change(const std::string& provider, const std::string& code, const YamlNode& provider_key,
                       const YamlNode& code_key, const YamlNode& value, const engine::Message& what) {
        auto amount = reader_.number(value, what);
        if (!amount) return;
        if (amount->sign() < 0) {
            reader_.error(value, msg("{what} cannot be negative: {value}", {arg("what", what), arg("value", engine::excerpt(value.Scalar()))}));
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
            reader_.diagnostics().add(change.code_pos, msg("{provider} has no budget line for {code}; its lines are {lines}",
                                                           {arg("provider", engine::quote(change.provider)),
                                                            arg("code", engine::quote(change.code)), arg("lines", lines)}));
            return {nullptr, nullptr};
        }
        reader_.diagnostics().add(change.provider_pos, msg("no provider {provider} in the budgets{suggestion}",
                                                           {arg("provider", engine::quote(change.provider)),
                                                            arg("suggestion", engine::suggestion(change.provider, names))}));
        return {nullptr, nullptr};
    }

    // The changes one by one, each to be made on its own.
    std::vector<ExtensionChange> each_change() const {
        std::vector<ExtensionChange> changes;
        for (const auto& override : overrides_)
            changes.push_back({override.value.pos, [override](Model& model) {
                                   apply_overrides(model, {override});
                                   model.scenario = {};
                               }});
        for (const auto& rule : rules_)
            changes.push_back({rule.pos, [rule](Model& model) { replace_rule(model, rule); }});
        for (const auto& change : budget_changes_)
            changes.push_back({change.value.pos, [change](Model& model) { apply_budget(model, change); }});
        return changes;
    }

    static void replace_rule(Model& model, const engine::Definition& rule) {
        auto& definitions = model.definitions;
        auto it = std::find_if(definitions.begin(), definitions.end(),
                               [&](const engine::Definition& d) { return d.name == rule.name; });
        if (it != definitions.end()) *it = rule;
        else definitions.push_back(rule);
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

namespace {

// One file of a chain of `extends`: its document and the changes it makes.
struct ChainLink {
    explicit ChainLink(engine::YamlDocument read) : document(std::move(read)), changes(document, problems) {}
    engine::YamlDocument document;
    engine::Diagnostics problems;
    ExtensionReader changes;
    std::string base_path;  // the file it extends, as found from its own place

    const YamlNode& root() const { return document.root; }
};

bool extends_another(const engine::YamlDocument& document) {
    return document.root.IsMap() && document.root["extends"];
}

// Every problem of the chain, outermost file first.
[[noreturn]] void fail(const std::vector<std::unique_ptr<ChainLink>>& chain) {
    engine::Diagnostics all;
    for (const auto& extension : chain) all.append(extension->problems);
    throw engine::InputError(all);
}

// Reads the file's own changes and where its base is; false when it names none.
bool read_own(ChainLink& extension, const std::vector<std::string>& files_read) {
    YamlReader& reader = extension.changes.reader();
    const YamlNode& root = extension.root();
    reader.reject_unknown_keys(root, engine::msg("a model that extends another"),
                               {"extends", "model", "about", "parameters", "staff_levels", "products", "rules", "budgets"});
    if (root["about"]) reader.prose(root["about"], engine::key_name("about"));
    extension.changes.read_changes(root);
    const auto base_name = reader.text(root["extends"], engine::key_name("extends"));
    if (!base_name) return false;
    extension.base_path = (std::filesystem::path(*extension.document.file).parent_path() / *base_name)
                              .lexically_normal()
                              .string();
    if (std::find(files_read.begin(), files_read.end(), identity(extension.base_path)) != files_read.end()) {
        reader.error(root["extends"], msg("`extends: {name}` makes a cycle: {path} extends, directly or through others, this file",
                                          {arg("name", engine::excerpt(*base_name)), arg("path", engine::excerpt(extension.base_path))}));
        return false;
    }
    if (files_read.size() >= max_extends_chain) {
        reader.error(root["extends"], msg("`extends: {name}` makes a chain of more than {count} models, each extending the "
                                          "next; a chain holds at most {count}",
                                          {arg("name", engine::excerpt(*base_name)),
                                           arg("count", static_cast<long long>(max_extends_chain))}));
        return false;
    }
    return true;
}

}  // namespace

// The chain is read in a loop, not by recursion: its length is bounded, and
// no chain can run the stack out.
Model load_model_file(const std::string& path, engine::Diagnostics* unknown_keys) {
    engine::YamlDocument document = engine::load_yaml_file(path);
    if (!extends_another(document)) return parse_model_document(document, unknown_keys);
    std::vector<std::unique_ptr<ChainLink>> chain;  // outermost first
    std::vector<std::string> files_read;
    for (;;) {
        files_read.push_back(identity(*document.file));
        chain.push_back(std::make_unique<ChainLink>(std::move(document)));
        ChainLink& extension = *chain.back();
        if (!read_own(extension, files_read)) fail(chain);
        try {
            document = engine::load_yaml_file(extension.base_path);
        } catch (const engine::InputError& error) {
            extension.changes.reader().append_named_file_problems(error, extension.root()["extends"],
                                                                 engine::msg("the extended model"));
            fail(chain);
        }
        if (!extends_another(document)) break;
    }
    Model model;
    try {
        model = parse_model_document(document, unknown_keys);
    } catch (const engine::InputError& error) {
        ChainLink& innermost = *chain.back();
        innermost.changes.reader().append_named_file_problems(error, innermost.root()["extends"], engine::msg("the extended model"));
        fail(chain);
    }
    for (auto it = chain.rbegin(); it != chain.rend(); ++it) {
        ChainLink& extension = **it;
        extension.changes.check(model);
        if (!extension.problems.empty() && !(unknown_keys && extension.problems.only_unknown_keys())) fail(chain);
        settle(extension.problems, unknown_keys);
        extension.changes.apply(model, extension.root(), extension.base_path);
    }
    return model;
}

}  // namespace tariffs
