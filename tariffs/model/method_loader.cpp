#include "tariffs/model/method_loader.hpp"

#include "engine/text_check.hpp"

#include "engine/measure_unit.hpp"

#include "engine/yaml_reader.hpp"
#include "tariffs/model/ijw.hpp"

namespace tariffs {

extern const std::string_view standard_library_text;  // generated from models/standard.yaml

namespace {

using engine::arg;
using engine::msg;
using engine::YamlReader;

void read_parameters(YamlReader& reader, const engine::YamlNode& node, std::vector<Definition>& into) {
    if (!reader.is_map(node, engine::key_name("parameters"))) return;
    reader.for_each_entry(node, engine::key_name("parameters"), [&](const std::string& name, const engine::YamlNode& key,
                                                     const engine::YamlNode& value) {
        if (!reader.is_valid_name(name, key)) return;
        if (auto definition = reader.parameter_declaration(name, value)) into.push_back(std::move(*definition));
    });
}

void read_rules(YamlReader& reader, const engine::YamlNode& node, std::vector<Definition>& into) {
    if (!reader.is_map(node, engine::key_name("rules"))) return;
    reader.for_each_entry(node, engine::key_name("rules"), [&](const std::string& name, const engine::YamlNode& key,
                                                const engine::YamlNode& value) {
        if (!reader.is_valid_name(name, key)) return;
        if (auto definition = reader.rule_definition(name, value)) into.push_back(std::move(*definition));
    });
}

void read_units(YamlReader& reader, const engine::YamlNode& node, Kind& kind) {
    if (!reader.is_map(node, engine::key_name("units"))) return;
    reader.for_each_entry(node, engine::key_name("units"), [&](const std::string& unit, const engine::YamlNode& key,
                                                const engine::YamlNode& value) {
        if (!find_unit(unit)) {
            std::string names;
            for (const auto& known : units()) names += (names.empty() ? "" : ", ") + std::string(known.name);
            reader.error(key, msg("unknown unit {unit}; the iJw units are {units}", {arg("unit", engine::quote(unit)), arg("units", names)}));
            return;
        }
        if (auto rule = reader.text(value, msg("the rule that prices `{unit}`", {arg("unit", unit)})))
            kind.units.push_back({unit, *rule});
    });
}

Kind read_kind(YamlReader& reader, const std::string& name, const engine::YamlNode& node) {
    Kind kind;
    kind.name = name;
    kind.pos = reader.pos(node);
    const engine::Message what = msg("kind {name}", {arg("name", engine::quote(name))});
    if (!reader.is_map(node, what)) return kind;
    reader.reject_unknown_keys(node, what, {"units", "parameters", "rules"});
    if (node["units"]) read_units(reader, node["units"], kind);
    else reader.error(node, msg("kind {name} needs `units`", {arg("name", engine::quote(name))}));
    if (node["parameters"]) read_parameters(reader, node["parameters"], kind.definitions);
    if (node["rules"]) read_rules(reader, node["rules"], kind.definitions);
    return kind;
}

// `counts: [FTE, place, person]`: units that count things, numbers to the unit check.
std::vector<std::string> read_counts(YamlReader& reader, const engine::YamlNode& node) {
    std::vector<std::string> counts;
    if (!reader.is_sequence(node, engine::key_name("counts"))) return counts;
    for (const auto& item : node) {
        const auto name = reader.text(item, engine::msg("a count"));
        if (!name) continue;
        if (!engine::is_unit_name(*name))
            reader.error(item, msg("{name} cannot name a unit: use letters, digits and _, at most {count}",
                                   {arg("name", engine::quote(*name)),
                                    arg("count", static_cast<long long>(engine::max_unit_name_characters))}));
        else counts.push_back(*name);
    }
    return counts;
}

Method read_method(const engine::YamlDocument& document) {
    engine::Diagnostics diagnostics;
    YamlReader reader(document, diagnostics);
    Method method;
    method.file = *document.file;
    method.source = source_file("method", method.file, *document.text);
    const engine::YamlNode& root = document.root;
    if (reader.is_map(root, engine::msg("a rule library"))) {
        reader.reject_unknown_keys(root, engine::msg("a rule library"), {"library", "counts", "parameters", "rules", "kinds"});
        if (root["library"]) method.name = reader.text(root["library"], engine::key_name("library")).value_or("");
        else reader.error(root, msg("a rule library needs `library: its name`"));
        if (root["counts"]) method.counts = read_counts(reader, root["counts"]);
        if (root["parameters"]) read_parameters(reader, root["parameters"], method.definitions);
        if (root["rules"]) read_rules(reader, root["rules"], method.definitions);
        if (root["kinds"] && reader.is_map(root["kinds"], engine::key_name("kinds"))) {
            reader.for_each_entry(root["kinds"], engine::key_name("kinds"), [&](const std::string& name, const engine::YamlNode&,
                                                                  const engine::YamlNode& value) {
                method.kinds.push_back(read_kind(reader, name, value));
            });
        }
        // Every product has a kind: a library without them can price nothing.
        if (!root["kinds"]) reader.error(root, msg("a rule library needs `kinds` (individual, group, residential, …)"));
    }
    if (!diagnostics.empty()) throw engine::InputError(diagnostics);
    return method;
}

}  // namespace

Method parse_method(std::string_view text, const std::string& file_name) {
    return read_method(engine::parse_yaml(text, file_name));
}

Method load_standard_method() {
    return parse_method(standard_library_text, std::string(standard_method_file));
}

Method load_method_file(const std::string& path) {
    return read_method(engine::load_yaml_file(path));
}

}  // namespace tariffs
