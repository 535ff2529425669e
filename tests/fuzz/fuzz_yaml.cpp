// Fuzz target `yaml`: engine::parse_yaml on the input text, then every reading
// the YamlReader offers (engine/yaml_reader.hpp) on every node of the result:
// each entry of each mapping as a name, a value, a rule and a parameter
// declaration; each mapping as a rounding; each scalar as text, a number, a
// year, a rounding mode, a range and a formula. The diagnostics are sorted and
// written out as a command would show them. engine::InputError is the right
// answer to broken input; anything else is a finding.
#include "engine/diagnostic.hpp"
#include "engine/text_check.hpp"
#include "engine/yaml_reader.hpp"

#include "fuzz_support.hpp"

#include <cstddef>
#include <cstdint>
#include <string>

namespace {

void read_scalar(engine::YamlReader& reader, const engine::YamlNode& node) {
    (void)reader.text(node, "a text");
    (void)reader.number(node, "a number");
    (void)reader.whole_number(node, "a year", 1900, 2200);
    (void)reader.rounding_mode(node);
    (void)reader.range(node);
    (void)reader.formula(node, "a formula");
}

void walk(engine::YamlReader& reader, const engine::YamlNode& node) {
    (void)reader.pos(node);
    (void)node.IsRepeatedKey();
    if (node.IsScalar()) {
        read_scalar(reader, node);
    } else if (node.IsSequence()) {
        (void)reader.is_sequence(node, "a list");
        for (const auto& item : node) walk(reader, item);
    } else if (node.IsMap()) {
        (void)reader.is_map(node, "a mapping");
        reader.reject_unknown_keys(node, "a mapping", {"model", "year", "products", "formula", "round"});
        (void)reader.rounding(node);
        (void)node["formula"];
        reader.for_each_entry(node, "a mapping",
                              [&](const std::string& name, const engine::YamlNode& key, const engine::YamlNode& value) {
                                  (void)reader.is_valid_name(name, key);
                                  (void)reader.value_definition(name, value);
                                  (void)reader.rule_definition(name, value);
                                  (void)reader.parameter_declaration(name, value);
                              });
        // Keys that are not scalars are walked too: a mapping as a key is valid YAML.
        for (auto it = node.begin(); it != node.end(); ++it) {
            walk(reader, it->first);
            walk(reader, it->second);
        }
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    try {
        const engine::YamlDocument document = engine::parse_yaml(fuzz::text_of(data, size), "fuzz.yaml");
        engine::Diagnostics diagnostics;
        engine::YamlReader reader(document, diagnostics);
        walk(reader, document.root);
        for (const auto& diagnostic : diagnostics.sorted()) (void)engine::shown(diagnostic.to_string());
    } catch (const engine::InputError& e) {
        for (const auto& diagnostic : e.diagnostics().sorted()) (void)engine::shown(diagnostic.to_string());
    }
    return 0;
}
