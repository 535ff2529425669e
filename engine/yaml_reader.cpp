#include "engine/yaml_reader.hpp"

#include "engine/input_file.hpp"
#include "engine/measure_unit.hpp"
#include "engine/parser.hpp"
#include "engine/suggest.hpp"
#include "engine/text_check.hpp"
#include "engine/yaml_text.hpp"

#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <charconv>
#include <cctype>
#include <sstream>

namespace engine {

namespace {

SourcePos mark_pos(FileName file, const YamlMark& mark) {
    if (mark.is_null()) return {file, 1, 1};
    return {file, mark.line + 1, mark.column + 1};
}

YamlMark to_mark(const YAML::Mark& mark) { return {mark.pos, mark.line, mark.column}; }

SourcePos document_start(const std::string& text, SourcePos content);

// Builds the tree from the parser's events, refusing what the node API would
// silently accept: anchors, aliases and extra documents.
class TreeBuilder : public YAML::EventHandler {
public:
    TreeBuilder(YamlTree& tree, FileName file, const std::string& text)
        : tree_(tree), file_(std::move(file)), text_(text) {}

    void OnDocumentStart(const YAML::Mark& mark) override {
        if (++documents_ == 1) {
            first_document_ = mark.pos;
            return;
        }
        // At a stray `,` yaml-cpp 0.7 starts one empty document after another
        // without ever moving on: say what stops it instead.
        if (mark.pos == first_document_ && static_cast<std::size_t>(mark.pos) < text_.size())
            throw InputError(mark_pos(file_, to_mark(mark)),
                             msg("invalid YAML: unexpected `{character}` outside a [list] or {mapping}",
                                 {arg("character", std::string(1, text_[static_cast<std::size_t>(mark.pos)]))}));
        throw InputError(document_start(text_, mark_pos(file_, to_mark(mark))),
                         msg("a model file holds one YAML document; found a second one"));
    }
    void OnDocumentEnd() override {}
    void OnNull(const YAML::Mark& mark, YAML::anchor_t anchor) override {
        no_anchor(mark, anchor);
        add(YamlTree::Type::null, mark);
    }
    void OnAlias(const YAML::Mark& mark, YAML::anchor_t) override {
        fail(mark, msg("YAML aliases (*name) are not supported: write the value out where it applies"));
    }
    void OnScalar(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                  const std::string& value) override {
        no_anchor(mark, anchor);
        const auto at = static_cast<std::size_t>(mark.pos);
        if (tag == "!" && at < text_.size() && (text_[at] == '"' || text_[at] == '\'') && !quote_is_closed(text_, at))
            fail(mark, msg("a quoted value is never closed: the {quote} here runs to the end of the file",
                           {arg("quote", std::string(1, text_[at]))}));
        add(YamlTree::Type::scalar, mark, value);
    }
    void OnSequenceStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor,
                         YAML::EmitterStyle::value) override {
        no_anchor(mark, anchor);
        open_.push_back(add(YamlTree::Type::sequence, mark));
    }
    void OnSequenceEnd() override { open_.pop_back(); }
    void OnMapStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor,
                    YAML::EmitterStyle::value) override {
        no_anchor(mark, anchor);
        open_.push_back(add(YamlTree::Type::map, mark));
    }
    void OnMapEnd() override {
        tree_.find_duplicates(open_.back());
        open_.pop_back();
    }

    int documents() const { return documents_; }

private:
    std::uint32_t add(YamlTree::Type type, const YAML::Mark& mark, std::string scalar = {}) {
        return tree_.add(type, to_mark(mark), open_.empty() ? YamlTree::none : open_.back(), std::move(scalar));
    }
    void no_anchor(const YAML::Mark& mark, YAML::anchor_t anchor) {
        if (anchor != YAML::NullAnchor)
            fail(mark, msg("YAML anchors (&name) are not supported: write the value out where it applies"));
    }
    [[noreturn]] void fail(const YAML::Mark& mark, Message message) {
        throw InputError(mark_pos(file_, to_mark(mark)), std::move(message));
    }

    YamlTree& tree_;
    FileName file_;
    const std::string& text_;
    std::vector<std::uint32_t> open_;  // the collections being built, outermost first
    int documents_ = 0;
    int first_document_ = -1;          // where the first document starts
};

// The `---` line that opens the document whose content starts at `content`.
SourcePos document_start(const std::string& text, SourcePos content) {
    std::vector<std::size_t> line_starts{0};
    for (std::size_t i = 0; i < text.size(); ++i)
        if (text[i] == '\n') line_starts.push_back(i + 1);
    const int last = std::min(content.line, static_cast<int>(line_starts.size()));
    for (int line = last; line >= 1; --line)
        if (text.compare(line_starts[static_cast<std::size_t>(line - 1)], 3, "---") == 0)
            return SourcePos{content.file, line, 1};
    return content;
}

// yaml-cpp's reason for a parse error, as a message the catalog words when it
// is one of those a cost model's author meets; any other as yaml-cpp says it.
Message parse_reason(const std::string& reason) {
    static const char* const known[] = {
        msg_text("end of map not found"),          msg_text("end of map flow not found"),
        msg_text("end of sequence not found"),     msg_text("end of sequence flow not found"),
        msg_text("unknown token"),                 msg_text("illegal document indicator in scalar"),
        msg_text("illegal EOF in scalar"),         msg_text("illegal character in scalar"),
        msg_text("illegal flow end"),              msg_text("illegal block entry"),
        msg_text("illegal map key"),               msg_text("illegal map value"),
        msg_text("unexpected character in block scalar"), msg_text("bad character found while scanning hex number"),
        msg_text("end of verbatim tag not found"), msg_text("tag handle with no suffix"),
    };
    for (const char* english : known)
        if (reason == english) return msg(english);
    return verbatim(reason);
}

Message describe_scalar(const YamlNode& node) {
    if (node.IsNull()) return msg("nothing");
    if (node.IsMap()) return msg("a mapping");
    if (node.IsSequence()) return msg("a list");
    return msg("{value}", {arg("value", quote(node.Scalar()))});
}

}  // namespace

YamlDocument parse_yaml(std::string_view text, const std::string& file_name) {
    auto file = make_file_name(file_name);
    if (auto problem = unreadable_text(text)) throw InputError(SourcePos{file, problem->line, problem->column}, problem->message);
    try {
        auto source = std::make_shared<const std::string>(text);
        auto tree = std::make_shared<YamlTree>();
        tree->reserve(text.size());
        std::istringstream input(*source);
        YAML::Parser parser(input);
        TreeBuilder builder(*tree, file, *source);
        // The second call finds the end, or a second document, which the builder refuses.
        while (parser.HandleNextDocument(builder)) {}
        if (builder.documents() == 0) throw InputError(SourcePos{file, 1, 1}, msg("the file is empty"));
        YamlNode root = tree->root();
        return {std::move(tree), root, file, source};
    } catch (const YAML::DeepRecursion& e) {
        throw InputError(mark_pos(file, to_mark(e.mark)), msg("the YAML nests too deeply; a cost model needs a few levels"));
    } catch (const YAML::Exception& e) {
        if (auto tab = tab_indentation(text, e.mark.line)) throw InputError(SourcePos{file, tab->line, tab->column}, tab->message);
        throw InputError(mark_pos(file, to_mark(e.mark)), msg("invalid YAML: {reason}", {arg("reason", parse_reason(e.msg))}));
    }
}

YamlDocument load_yaml_file(const std::string& path, std::size_t max_bytes) {
    return parse_yaml(read_input_file(path, max_bytes), path);
}

YamlReader::YamlReader(const YamlDocument& document, Diagnostics& diagnostics)
    : file_(document.file), text_(document.text), diagnostics_(diagnostics) {
    if (!document.tree) return;
    for (const auto& duplicate : document.tree->duplicates()) {
        const YamlNode key(document.tree.get(), duplicate.key), first(document.tree.get(), duplicate.first);
        error(key, msg("{key} appears twice in the same mapping; the first is on line {line}",
                       {arg("key", quote(key.Scalar())), arg("line", pos(first).line)}));
    }
}

SourcePos YamlReader::pos(const YamlNode& node) const { return mark_pos(file_, node.Mark()); }

void YamlReader::error(const YamlNode& node, Message message) {
    diagnostics_.add(pos(node), std::move(message));
}

bool YamlReader::is_map(const YamlNode& node, const Message& what) {
    if (node.IsMap()) return true;
    error(node, msg("{what} must be a mapping of `key: value` lines, not {found}", {arg("what", what), arg("found", describe_scalar(node))}));
    return false;
}

bool YamlReader::is_sequence(const YamlNode& node, const Message& what) {
    if (node.IsSequence()) return true;
    error(node, msg("{what} must be a list (lines starting with `- `), not {found}",
                    {arg("what", what), arg("found", describe_scalar(node))}));
    return false;
}

void YamlReader::for_each_entry(const YamlNode& map, const Message& what, const EntryVisitor& visit) {
    for (auto it = map.begin(); it != map.end(); ++it) {
        const YamlNode key = it->first;
        if (!key.IsScalar()) {
            error(key, msg("a key in {what} must be a plain name", {arg("what", what)}));
            continue;
        }
        if (key.IsRepeatedKey()) continue;  // the reader reported it when it began
        // yaml-cpp places an empty value at the next token, so say it at the key.
        if (it->second.IsNull()) {
            error(key, msg("{key} has no value", {arg("key", quote(key.Scalar()))}));
            continue;
        }
        visit(key.Scalar(), key, it->second);
    }
}

void YamlReader::reject_unknown_keys(const YamlNode& map, const Message& what,
                                     const std::vector<std::string>& allowed) {
    for (auto it = map.begin(); it != map.end(); ++it) {
        const YamlNode key = it->first;
        if (!key.IsScalar()) continue;  // for_each_entry reports it
        const std::string& name = key.Scalar();
        if (std::find(allowed.begin(), allowed.end(), name) != allowed.end()) continue;
        unknown_key(key, msg("unknown key {key} in {what}{suggestion}{tail}", {arg("key", quote(name)), arg("what", what)}),
                    allowed);
    }
}

void YamlReader::unknown_key(const YamlNode& key, Message message, const std::vector<std::string>& known,
                             Message tail) {
    const auto meant = nearest_name(key.Scalar(), known);
    Message filled = message.with(arg("suggestion", suggestion(key.Scalar(), known))).with(arg("tail", std::move(tail)));
    diagnostics_.add({pos(key), std::move(filled), Diagnostic::Kind::unknown_key, meant.value_or("")});
}

namespace {

std::optional<std::string> checked_text(YamlReader& reader, const YamlNode& node, const Message& what,
                                        bool line_ends) {
    if (node.IsScalar() && !node.Scalar().empty()) {
        if (auto why = unprintable(node.Scalar(), line_ends)) {
            reader.error(node, msg("{what} {why}", {arg("what", what), arg("why", *why)}));
            return std::nullopt;
        }
        return node.Scalar();
    }
    reader.error(node, msg("{what} must be text, not {found}", {arg("what", what), arg("found", describe_scalar(node))}));
    return std::nullopt;
}

}  // namespace

void YamlReader::append_named_file_problems(const InputError& error, const YamlNode& naming, const Message& what) {
    for (const Diagnostic& problem : error.diagnostics().items()) {
        if (problem.pos.known()) diagnostics_.add(problem.pos, problem.message);
        else
            diagnostics_.add(pos(naming), msg("{what} {file}: {problem}",
                                              {arg("what", what), arg("file", quote(naming.Scalar())), arg("problem", problem.message)}));
    }
}

std::optional<std::string> YamlReader::text(const YamlNode& node, const Message& what) {
    return checked_text(*this, node, what, false);
}

std::optional<std::string> YamlReader::prose(const YamlNode& node, const Message& what) {
    return checked_text(*this, node, what, true);
}

std::optional<Number> YamlReader::number(const YamlNode& node, const Message& what) {
    if (node.IsScalar()) {
        if (auto value = Number::parse(node.Scalar())) return value;
    }
    error(node, msg("{what} must be a number such as 1878, 3650.00 or 8.33%, not {found}",
                    {arg("what", what), arg("found", describe_scalar(node))}));
    return std::nullopt;
}

std::optional<int> YamlReader::whole_number(const YamlNode& node, const Message& what, int low,
                                            int high) {
    // Most whole numbers are years, written as plain digits: read them as such.
    if (node.IsScalar()) {
        const std::string& text = node.Scalar();
        int plain = 0;
        const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), plain);
        if (error == std::errc() && end == text.data() + text.size() && !text.empty() && text[0] != '-' &&
            plain >= low && plain <= high)
            return plain;
    }
    auto value = number(node, what);
    if (!value) return std::nullopt;
    // Through text: Boost 1.74 converts GMP integers by way of binary floats.
    if (value->is_integer() && *value >= low && *value <= high) return std::stoi(value->numerator().str());
    error(node, msg("{what} must be a whole number from {low} to {high}",
                    {arg("what", what), arg("low", low), arg("high", high)}));
    return std::nullopt;
}

std::optional<RoundingMode> YamlReader::rounding_mode(const YamlNode& node) {
    if (node.IsScalar()) {
        if (auto mode = parse_rounding_mode(node.Scalar())) return mode;
    }
    error(node, msg("unknown rounding mode {found}; the modes are half_up, half_even, half_down, up, down, ceiling, floor",
                    {arg("found", describe_scalar(node))}));
    return std::nullopt;
}

std::optional<Range> YamlReader::range(const YamlNode& node) {
    auto written = text(node, msg("a range"));
    if (!written) return std::nullopt;
    const std::string& s = *written;
    if (s.size() > max_range_characters) {  // a range is quoted in full wherever it is shown
        error(node, msg("a range is at most {count} characters, not {range}",
                        {arg("count", static_cast<long long>(max_range_characters)), arg("range", quote(s))}));
        return std::nullopt;
    }
    const auto comma = s.find(',');
    const bool shaped = s.size() >= 3 && (s.front() == '(' || s.front() == '[') &&
                        (s.back() == ')' || s.back() == ']') && comma != std::string::npos;
    auto bound = [](std::string part) -> std::optional<std::optional<Number>> {
        part.erase(0, part.find_first_not_of(' '));
        part.erase(part.find_last_not_of(' ') + 1);
        if (part.empty()) return std::optional<Number>{};
        auto value = Number::parse(part);
        if (!value) return std::nullopt;
        return value;
    };
    if (shaped) {
        auto low = bound(s.substr(1, comma - 1));
        auto high = bound(s.substr(comma + 1, s.size() - comma - 2));
        if (low && high) {
            Range range;
            range.low = *low;
            range.high = *high;
            range.low_open = s.front() == '(';
            range.high_open = s.back() == ')';
            range.text = s;
            return range;
        }
    }
    error(node, msg("a range is written like (0, 1] or [0, ): `(` or `)` leaves a bound out, `[` or `]` takes it in"));
    return std::nullopt;
}

std::shared_ptr<const Expr> YamlReader::formula(const YamlNode& node, const Message& what) {
    auto source = prose(node, what);  // a formula may span lines
    if (!source) return nullptr;
    try {
        return parse_formula(*source, places_of(node));
    } catch (const InputError& e) {
        diagnostics_.append(e.diagnostics());
        return nullptr;
    }
}

TextPlaces YamlReader::places_of(const YamlNode& node) const {
    const SourcePos start = pos(node);
    const std::string& value = node.Scalar();
    const std::size_t at = static_cast<std::size_t>(node.Mark().pos);
    if (!text_ || node.Mark().is_null() || at >= text_->size()) return TextPlaces(std::vector<SourcePos>{start});
    const std::string& source = *text_;
    // Most formulas stand on one line as written, plain or quoted.
    const std::size_t quote = source[at] == '"' || source[at] == '\'' ? 1 : 0;
    if (source.compare(at + quote, value.size(), value) == 0) return start.shifted(static_cast<int>(quote));
    // Folded or block scalars: follow the source, matching each visible character.
    std::vector<SourcePos> places;
    places.reserve(value.size() + 1);
    SourcePos here = start;
    std::size_t i = at;
    auto step = [&] {
        if (source[i] == '\n') here = SourcePos{start.file, here.line + 1, 1};
        else here = here.shifted(1);
        ++i;
    };
    if (source[i] == '|' || source[i] == '>') {  // the block header line holds no formula
        while (i < source.size() && source[i] != '\n') step();
        if (i < source.size()) step();
    }
    for (char c : value) {
        if (c != ' ' && c != '\n' && c != '\t')
            while (i < source.size() && source[i] != c) step();
        places.push_back(here);
        if (c != ' ' && c != '\n' && c != '\t' && i < source.size()) step();
    }
    places.push_back(here);
    return TextPlaces(std::move(places));
}

std::optional<Rounding> YamlReader::rounding(const YamlNode& node) {
    if (!is_map(node, msg("a rounding"))) return std::nullopt;
    reject_unknown_keys(node, msg("a rounding"), {"places", "step", "mode"});
    Rounding rounding;
    rounding.pos = pos(node);
    bool ok = true;
    if (node["places"] && node["step"]) {
        error(node, msg("a rounding has `places` or `step`, not both"));
        ok = false;
    } else if (node["places"]) {
        rounding.places = whole_number(node["places"], key_name("places"), 0, 12);
        ok = rounding.places.has_value();
    } else if (node["step"]) {
        rounding.step = number(node["step"], key_name("step"));
        ok = rounding.step.has_value();
        if (ok && rounding.step->sign() <= 0) {
            error(node["step"], msg("a rounding step must be above 0"));
            ok = false;
        }
    } else {
        error(node, msg("a rounding needs `places` (decimals) or `step` (a multiple, e.g. 0.60)"));
        ok = false;
    }
    if (node["mode"]) {
        auto mode = rounding_mode(node["mode"]);
        if (!mode) ok = false;
        else rounding.mode = *mode;
    }
    if (!ok) return std::nullopt;
    return rounding;
}

bool YamlReader::is_valid_name(const std::string& name, const YamlNode& key) {
    const bool valid = !name.empty() && (std::isalpha(static_cast<unsigned char>(name[0])) || name[0] == '_') &&
                       std::all_of(name.begin(), name.end(), [](char c) {
                           return std::isalnum(static_cast<unsigned char>(c)) || c == '_';
                       });
    if (!valid)
        error(key, msg("{name} cannot be a name: use letters, digits and _, starting with a letter", {arg("name", quote(name))}));
    else if (name.size() > max_name_characters)
        error(key, msg("the name {name} is {length} characters long; a name has at most {count}",
                       {arg("name", quote(name)), arg("length", static_cast<long long>(name.size())),
                        arg("count", static_cast<long long>(max_name_characters))}));
    return valid && name.size() <= max_name_characters;
}

std::optional<WrittenValue> parse_written_value(std::string_view text) {
    const auto space = text.find(' ');
    if (space != std::string_view::npos && text.find_first_not_of(' ', space) != std::string_view::npos) {
        const auto value = Number::parse(text.substr(0, space));
        const std::string_view unit = text.substr(text.find_first_not_of(' ', space));
        if (value && MeasureUnit::parse(unit)) return WrittenValue{*value, std::string(text.substr(0, space)), std::string(unit)};
    }
    if (auto value = Number::parse(text)) return WrittenValue{*value, std::string(text), {}};
    return std::nullopt;
}

std::optional<Definition> YamlReader::value_definition(const std::string& name, const YamlNode& node) {
    Definition definition;
    definition.name = name;
    definition.kind = Definition::Kind::value;
    definition.pos = pos(node);
    if (node.IsScalar()) {
        if (auto written = parse_written_value(node.Scalar())) {
            definition.value = std::move(written->value);
            definition.text = std::move(written->text);
            definition.unit = std::move(written->unit);
            return definition;
        }
    }
    number(node, key_name(name));  // says what is wrong
    return std::nullopt;
}

std::optional<std::string> YamlReader::unit(const YamlNode& node) {
    auto written = text(node, msg("a `unit`"));
    if (!written) return std::nullopt;
    if (MeasureUnit::parse(*written)) return written;
    error(node, msg("{unit} is not a unit: names joined by / or ·, such as EUR/hour, hour/year or 1", {arg("unit", quote(*written))}));
    return std::nullopt;
}

std::optional<Definition> YamlReader::rule_definition(const std::string& name, const YamlNode& node) {
    Definition definition;
    definition.name = name;
    definition.kind = Definition::Kind::formula;
    // Assigning to a YamlNode writes into the document, so pick the node once.
    const YamlNode formula_node = node.IsMap() ? node["formula"] : node;
    if (node.IsMap()) {
        reject_unknown_keys(node, msg("rule `{name}`", {arg("name", name)}), {"formula", "round", "range", "about", "unit"});
        if (!formula_node) {
            error(node, msg("rule `{name}` needs a `formula`", {arg("name", name)}));
            return std::nullopt;
        }
        if (node["round"]) {
            definition.rounding = rounding(node["round"]);
            if (!definition.rounding) return std::nullopt;
        }
        if (node["about"]) definition.description = prose(node["about"], key_name("about")).value_or("");
        if (node["range"]) {
            definition.range = range(node["range"]);
            if (!definition.range) return std::nullopt;
        }
        if (node["unit"]) {
            auto declared = unit(node["unit"]);
            if (!declared) return std::nullopt;
            definition.unit = *declared;
        }
    }
    definition.expr = formula(formula_node, msg("the formula of `{name}`", {arg("name", name)}));
    if (!definition.expr) return std::nullopt;
    definition.text = formula_node.Scalar();
    definition.pos = pos(formula_node);
    return definition;
}

std::optional<Definition> YamlReader::parameter_declaration(const std::string& name,
                                                            const YamlNode& node) {
    const Message parameter = msg("parameter `{name}`", {arg("name", name)});
    if (!is_map(node, parameter)) return std::nullopt;
    reject_unknown_keys(node, parameter, {"range", "usual", "usual_source", "default", "about", "unit"});
    Definition definition;
    definition.name = name;
    definition.kind = Definition::Kind::input;
    definition.pos = pos(node);
    if (node["range"]) {
        definition.range = range(node["range"]);
        if (!definition.range) return std::nullopt;
    }
    if (node["usual"]) {
        auto usual = range(node["usual"]);
        if (!usual) return std::nullopt;
        std::string source;
        if (node["usual_source"]) source = prose(node["usual_source"], key_name("usual_source")).value_or("");
        definition.usual = std::make_shared<const UsualRange>(UsualRange{std::move(*usual), std::move(source)});
    } else if (node["usual_source"]) {
        error(node["usual_source"], msg("`usual_source` of `{name}` says where a `usual` range comes from; give one", {arg("name", name)}));
    }
    if (node["about"]) definition.description = prose(node["about"], key_name("about")).value_or("");
    if (node["unit"]) definition.unit = unit(node["unit"]).value_or("");
    if (node["default"]) {
        auto value = value_definition(name, node["default"]);
        if (!value) return std::nullopt;
        definition.kind = Definition::Kind::value;
        definition.value = value->value;
        definition.text = value->text;
        definition.pos = value->pos;
        if (definition.range && !definition.range->contains(definition.value))
            error(node["default"], msg("the default of `{name}` is outside its range {range}", {arg("name", name), arg("range", definition.range->text)}));
    }
    return definition;
}

}  // namespace engine
