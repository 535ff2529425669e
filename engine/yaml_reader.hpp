// Reading YAML input strictly: every problem is collected with its
// `file:line:column`, unknown keys are errors, numbers are read from the
// scalar's own text (never through a binary float).
#pragma once

#include "engine/diagnostic.hpp"
#include "engine/expr.hpp"
#include "engine/input_file.hpp"
#include "engine/number.hpp"
#include "engine/rounding.hpp"
#include "engine/scope.hpp"
#include "engine/source.hpp"
#include "engine/yaml_tree.hpp"


#include <functional>
#include <initializer_list>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace engine {

struct YamlDocument {
    std::shared_ptr<const YamlTree> tree;  // holds the nodes
    YamlNode root;
    FileName file = nullptr;
    std::shared_ptr<const std::string> text;  // the source, to place characters of multi-line formulas
};

// Parses one YAML document. Anchors and aliases are refused (a model is read
// by people: each value is written where it applies, and no alias can blow a
// few kilobytes up into gigabytes). Throws InputError.
YamlDocument parse_yaml(std::string_view text, const std::string& file_name);
// Reads and parses a file (see read_input_file: a regular file up to `max_bytes`).
YamlDocument load_yaml_file(const std::string& path, std::size_t max_bytes = max_input_bytes);

// `3650.00`, `8.33%` or `52.10 EUR/hour`: a value as a model writes it, with
// its unit when one follows (checked to be a unit, not yet against anything).
struct WrittenValue {
    Number value;
    std::string text;  // the number as written, without the unit
    std::string unit;  // empty when none is written
};
std::optional<WrittenValue> parse_written_value(std::string_view text);

inline constexpr std::size_t max_name_characters = 64;
// `(0, 8784]`: a range is shown in full in messages and reports.
inline constexpr std::size_t max_range_characters = 64;

class YamlReader {
public:
    // Reports every key written twice in one mapping, at any level: a second
    // value must not silently replace or lose the first.
    YamlReader(const YamlDocument& document, Diagnostics& diagnostics);

    SourcePos pos(const YamlNode& node) const;
    FileName file() const { return file_; }
    void error(const YamlNode& node, Message message);
    Diagnostics& diagnostics() { return diagnostics_; }

    bool is_map(const YamlNode& node, const Message& what);
    bool is_sequence(const YamlNode& node, const Message& what);

    // Calls `visit(key, key_node, value)` for each entry of a mapping, in file
    // order, skipping a key's second entry; reports keys that are not text.
    using EntryVisitor = std::function<void(const std::string&, const YamlNode&, const YamlNode&)>;
    void for_each_entry(const YamlNode& map, const Message& what, const EntryVisitor& visit);
    // Reports each key of `map` that is not in `allowed`, with the nearest allowed key.
    void reject_unknown_keys(const YamlNode& map, const Message& what,
                             const std::vector<std::string>& allowed);
    // Reports `key` as one nothing reads: `message`, the nearest of `known` as a
    // suggestion, then `tail`. Kept as data (Diagnostic::Kind::unknown_key).
    // `message` has the placeholders {suggestion} and {tail}.
    void unknown_key(const YamlNode& key, Message message, const std::vector<std::string>& known,
                     Message tail = {});

    std::optional<std::string> text(const YamlNode& node, const Message& what);
    // Adds the problems of a file this document names at `naming` (a method or
    // series file): one that could not be read at all is reported at the line
    // that names it, as `what` (`the \`method\``).
    void append_named_file_problems(const InputError& error, const YamlNode& naming, const Message& what);
    // Text that may span lines, such as a note (`about`).
    std::optional<std::string> prose(const YamlNode& node, const Message& what);
    std::optional<Number> number(const YamlNode& node, const Message& what);
    std::optional<int> whole_number(const YamlNode& node, const Message& what, int low, int high);
    std::optional<RoundingMode> rounding_mode(const YamlNode& node);
    // A unit of measure as written (`EUR/hour`), checked.
    std::optional<std::string> unit(const YamlNode& node);
    // A range such as `(0, 1]`, `[0, )`.
    std::optional<Range> range(const YamlNode& node);
    // A formula, with positions inside it relative to the scalar's place.
    std::shared_ptr<const Expr> formula(const YamlNode& node, const Message& what);
    // `{places: 2, mode: half_up}` or `{step: 0.60, mode: half_up}`.
    std::optional<Rounding> rounding(const YamlNode& node);
    // Whether `name` can name a value in a formula: letters, digits and _, at
    // most max_name_characters of them (a name is quoted in full wherever it is used).
    bool is_valid_name(const std::string& name, const YamlNode& key);

    // `name: 3650.00`: a given value; `name: 52.10 EUR/hour`, one with its unit.
    std::optional<Definition> value_definition(const std::string& name, const YamlNode& node);
    // `name: formula`, or `name: {formula: …, round: {…}, range: "(0, )", unit: EUR/hour, about: …}`:
    // a value outside its range is an error where it is computed.
    std::optional<Definition> rule_definition(const std::string& name, const YamlNode& node);
    // `name: {range: "(0, 1]", default: 8%, about: …}`: a declared parameter; a
    // value when it has a default, else an input every scope must give.
    std::optional<Definition> parameter_declaration(const std::string& name, const YamlNode& node);

private:
    // Where each character of a scalar's value stands in the source.
    TextPlaces places_of(const YamlNode& node) const;

    FileName file_ = nullptr;
    std::shared_ptr<const std::string> text_;
    Diagnostics& diagnostics_;
};

}  // namespace engine
