// Fuzz target `yaml`: engine::parse_yaml on the input text, then the readings
// the YamlReader offers (engine/yaml_reader.hpp) on every node of the result:
// each scalar as a formula and, in turn from one scalar to the next, as text,
// a number, a year, a rounding mode or a range; each entry of each mapping as
// a name and, in turn, as a value, a rule or a parameter declaration; a
// mapping with `places`, `step` or `mode` as a rounding; the top level against
// a list of allowed keys. (Every reading on every node, and every mapping's
// keys checked, cost a second per run on the example region, mostly in
// suggesting names for and sorting thousands of diagnostics.) The diagnostics
// are sorted and written out as a command shows them. engine::InputError is
// the right answer to broken input; anything else is a finding.
#include "engine/diagnostic.hpp"
#include "engine/text_check.hpp"
#include "engine/yaml_reader.hpp"

#include "fuzz_support.hpp"

#include <cstddef>
#include <cstdint>
#include <string>

namespace {

struct Walker {
    engine::YamlReader& reader;
    unsigned scalars = 0;  // which reading comes next
    unsigned entries = 0;

    void read_scalar(const engine::YamlNode& node) {
        (void)reader.formula(node, engine::msg("a formula"));
        switch (scalars++ % 5) {
            case 0: (void)reader.text(node, engine::msg("a text")); break;
            case 1: (void)reader.number(node, engine::msg("a number")); break;
            case 2: (void)reader.whole_number(node, engine::msg("a year"), 1900, 2200); break;
            case 3: (void)reader.rounding_mode(node); break;
            default: (void)reader.range(node); break;
        }
    }

    void read_entry(const std::string& name, const engine::YamlNode& key, const engine::YamlNode& value) {
        (void)reader.is_valid_name(name, key);
        switch (entries++ % 3) {
            case 0: (void)reader.value_definition(name, value); break;
            case 1: (void)reader.rule_definition(name, value); break;
            default: (void)reader.parameter_declaration(name, value); break;
        }
    }

    void walk(const engine::YamlNode& node, int depth = 0) {
        (void)reader.pos(node);
        (void)node.IsRepeatedKey();
        if (node.IsScalar()) {
            read_scalar(node);
        } else if (node.IsSequence()) {
            (void)reader.is_sequence(node, engine::msg("a list"));
            for (const auto& item : node) walk(item, depth + 1);
        } else if (node.IsMap()) {
            (void)reader.is_map(node, engine::msg("a mapping"));
            // As the loaders do for the mappings they know: here the top level only.
            if (depth == 0) reader.reject_unknown_keys(node, engine::msg("a mapping"), {"model", "year", "products", "rules"});
            if (node["places"] || node["step"] || node["mode"]) (void)reader.rounding(node);
            reader.for_each_entry(node, engine::msg("a mapping"),
                                  [&](const std::string& name, const engine::YamlNode& key,
                                      const engine::YamlNode& value) { read_entry(name, key, value); });
            // Keys that are not scalars are walked too: a mapping as a key is valid YAML.
            for (auto it = node.begin(); it != node.end(); ++it) {
                walk(it->first, depth + 1);
                walk(it->second, depth + 1);
            }
        }
    }
};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    try {
        const engine::YamlDocument document = engine::parse_yaml(fuzz::text_of(data, size), "fuzz.yaml");
        engine::Diagnostics diagnostics;
        engine::YamlReader reader(document, diagnostics);
        Walker{reader}.walk(document.root);
        for (const auto& diagnostic : diagnostics.sorted()) (void)engine::shown(diagnostic.to_string());
    } catch (const engine::InputError& e) {
        for (const auto& diagnostic : e.diagnostics().sorted()) (void)engine::shown(diagnostic.to_string());
    }
    return 0;
}
