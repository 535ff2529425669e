// Reading YAML strictly: what parse_yaml refuses, and how YamlReader reads
// numbers, keys, ranges, roundings and formulas with their positions
// (engine/yaml_reader.hpp).
#include "engine/decimal.hpp"
#include "engine/diagnostic.hpp"
#include "engine/printer.hpp"
#include "engine/yaml_reader.hpp"

#include "numbers.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using engine::Diagnostics;
using engine::InputError;
using engine::Number;
using engine::YamlReader;

using test::num;
using test::exact;

namespace {

struct Refusal {
    std::string where;
    std::string message;
};

// What parse_yaml refuses `text` with: the one problem, located.
Refusal refusal(const std::string& text) {
    try {
        engine::parse_yaml(text, "f.yaml");
    } catch (const InputError& e) {
        REQUIRE(e.diagnostics().size() == 1);
        const auto& problem = e.diagnostics().items().front();
        return {problem.pos.to_string(), problem.message.english()};
    }
    FAIL("parse_yaml accepted:\n" << text);
    return {};
}

// A parsed document with a reader that collects problems.
struct Reading {
    explicit Reading(const std::string& text)
        : document(engine::parse_yaml(text, "f.yaml")), reader(document, problems) {}

    // The value of a top-level key, read only (a non-const [] would add the key).
    engine::YamlNode operator[](const std::string& key) const {
        const engine::YamlNode& root = document.root;
        engine::YamlNode node = root[key];
        REQUIRE(node.IsDefined());
        return node;
    }

    // Problems as `f.yaml:1:2: error: message`, in the order found.
    std::vector<std::string> reported() const {
        std::vector<std::string> out;
        for (const auto& problem : problems.items()) out.push_back(problem.to_string());
        return out;
    }

    engine::YamlDocument document;
    Diagnostics problems;
    YamlReader reader;
};

using Lines = std::vector<std::string>;



}  // namespace

// ---- parse_yaml ----------------------------------------------------------------

TEST_CASE("parse_yaml reads one document and keeps the file name", "[yaml]") {
    const auto document = engine::parse_yaml("a: 1\nb: [2, 3]\n", "f.yaml");
    CHECK(*document.file == "f.yaml");
    CHECK(document.root.IsMap());
    CHECK(document.root["b"].size() == 2);
}

TEST_CASE("parse_yaml refuses an anchor at its position", "[yaml]") {
    const Refusal r = refusal("a: 1\nb: &rate 2\n");
    CHECK(r.where == "f.yaml:2:4");
    CHECK(r.message == "YAML anchors (&name) are not supported: write the value out where it applies");
    CHECK(refusal("a: &m\n  k: 1\n").where == "f.yaml:1:4");      // on a mapping
    CHECK(refusal("a: &l [1, 2]\n").where == "f.yaml:1:4");       // on a list
    CHECK(refusal("a: &n\nb: 1\n").where == "f.yaml:1:4");        // on nothing
    CHECK(refusal("&k a: 1\n").where == "f.yaml:1:1");            // on a key
}

TEST_CASE("parse_yaml refuses an alias", "[yaml]") {
    // With its anchor the anchor is refused first; without, the alias refers to nothing.
    const Refusal with_anchor = refusal("a: &x 1\nb: *x\n");
    CHECK(with_anchor.where == "f.yaml:1:4");
    const Refusal alone = refusal("a: 1\nb: *x\n");
    CHECK(alone.where == "f.yaml:2:4");
    CHECK(alone.message.find("invalid YAML") == 0);
}

TEST_CASE("parse_yaml refuses a billion-laughs document at once", "[yaml]") {
    std::string text = "a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n";
    const std::string names = "abcdefghi";
    for (std::size_t i = 1; i < names.size(); ++i) {
        const std::string previous = "*" + names.substr(i - 1, 1);
        text += names.substr(i, 1) + ": &" + names.substr(i, 1) + " [";
        for (int k = 0; k < 9; ++k) text += (k ? "," : "") + previous;
        text += "]\n";
    }
    // Refused at the first anchor, before anything is expanded: no clock needed to see it.
    const Refusal r = refusal(text);
    CHECK(r.where == "f.yaml:1:4");
    CHECK(r.message.find("YAML anchors (&name) are not supported") == 0);
}

TEST_CASE("parse_yaml refuses a second document", "[yaml]") {
    const Refusal r = refusal("a: 1\n---\nb: 2\n");
    CHECK(r.where == "f.yaml:2:1");
    CHECK(r.message == "a model file holds one YAML document; found a second one");
    CHECK(refusal("---\na: 1\n...\n---\nb: 2\n").where == "f.yaml:4:1");
}

TEST_CASE("parse_yaml refuses a stray comma or bracket at once, where it stands", "[yaml]") {
    // yaml-cpp 0.7 would start an empty document after an empty document here, forever.
    const Refusal comma = refusal(",");
    CHECK(comma.where == "f.yaml:1:1");
    CHECK(comma.message == "invalid YAML: unexpected `,` outside a [list] or {mapping}");
    CHECK(refusal("a: 1\n,\n").where == "f.yaml:2:1");
    CHECK(refusal("]").message == "invalid YAML: illegal flow end");  // yaml-cpp's own word
}

TEST_CASE("the document tree keeps entries in file order, with their places", "[yaml]") {
    const auto document = engine::parse_yaml("b: 1\na:\n  - x\n  - {k: 'v'}\nc:\n", "f.yaml");
    const engine::YamlNode root = document.root;
    REQUIRE(root.IsMap());
    CHECK(root.size() == 3);
    std::vector<std::string> keys;
    for (auto it = root.begin(); it != root.end(); ++it) keys.push_back(it->first.Scalar());
    CHECK(keys == std::vector<std::string>{"b", "a", "c"});
    CHECK(root["b"].Scalar() == "1");
    CHECK(root["c"].IsNull());
    CHECK_FALSE(root["d"].IsDefined());
    CHECK_FALSE(root["b"]["x"].IsDefined());  // a scalar has no keys
    const engine::YamlNode list = root["a"];
    REQUIRE(list.IsSequence());
    CHECK(list.size() == 2);
    std::vector<std::string> items;
    for (const auto& item : list) items.push_back(item.IsScalar() ? item.Scalar() : "map");
    CHECK(items == std::vector<std::string>{"x", "map"});
    auto second = list.begin();
    ++second;
    const engine::YamlNode quoted = (*second)["k"];
    CHECK(quoted.Scalar() == "v");
    CHECK(quoted.Mark().line == 3);    // 0-based, as yaml-cpp counts
    CHECK(quoted.Mark().column == 8);  // at the opening quote
}

TEST_CASE("the document tree finds the first of two equal keys, as yaml-cpp does", "[yaml]") {
    const auto document = engine::parse_yaml("a: 1\na: 2\n", "f.yaml");
    CHECK(document.root["a"].Scalar() == "1");
    CHECK(document.root.size() == 2);
}

TEST_CASE("load_yaml_file refuses a file over its size limit without reading it all", "[yaml]") {
    const std::string path = std::string(TARIFF_SOURCE_DIR) + "/models/examples/region.yaml";
    try {
        engine::load_yaml_file(path, 1000);
        FAIL("a file over the limit was read");
    } catch (const InputError& e) {
        CHECK(e.diagnostics().items().front().message.english().find("the file is larger than 1000 bytes") == 0);
    }
    CHECK(engine::load_yaml_file(path).root.IsMap());  // the default limit fits a national model
}

TEST_CASE("parse_yaml refuses an empty text", "[yaml]") {
    const Refusal empty = refusal("");
    CHECK(empty.where == "f.yaml:1:1");
    CHECK(empty.message == "the file is empty");
    CHECK(refusal("# only a comment\n\n").message == "the file is empty");
}

TEST_CASE("a YAML syntax error is located at a 1-based line and column", "[yaml]") {
    const Refusal r = refusal("a: 1\nb: c: d\n");
    CHECK(r.where == "f.yaml:2:5");  // the second `:` on line 2
    CHECK(r.message == "invalid YAML: illegal map value");
    const Refusal open = refusal("a: 1\nb: [1, 2\n");
    CHECK(open.where == "f.yaml:3:1");
    CHECK(open.message == "invalid YAML: end of sequence flow not found");
}

// ---- numbers -------------------------------------------------------------------

TEST_CASE("number reads the scalar's own text exactly: 8.33% and 3650.00", "[yaml]") {
    Reading y("share: 8.33%\nhours: 3650.00\nrate: -0.125\nquoted: \"12.50\"\n");
    const auto share = y.reader.number(y["share"], engine::key_name("share"));
    REQUIRE(share);
    CHECK(share->to_fraction_string() == "833/10000");
    CHECK(exact(*share) == "0.0833");
    const auto hours = y.reader.number(y["hours"], engine::key_name("hours"));
    REQUIRE(hours);
    CHECK(engine::format_decimal(*hours, 2) == "3650.00");
    CHECK(hours->to_fraction_string() == "3650");
    CHECK(exact(*y.reader.number(y["rate"], engine::key_name("rate"))) == "-0.125");
    CHECK(exact(*y.reader.number(y["quoted"], engine::key_name("quoted"))) == "12.5");
    CHECK(y.problems.empty());
}

TEST_CASE("number refuses text that is not plain decimal, at the value's position", "[yaml]") {
    Reading y("a: abc\nb: 1e3\nc: 1,5\nd: {x: 1}\ne: [1]\nf: \"\"\ng: .5\n");
    for (const char* key : {"a", "b", "c", "d", "e", "f", "g"})
        CHECK_FALSE(y.reader.number(y[key], engine::key_name(std::string(key))));
    CHECK(y.reported() ==
          Lines{
              "f.yaml:1:4: error: `a` must be a number such as 1878, 3650.00 or 8.33%, not `abc`",
              "f.yaml:2:4: error: `b` must be a number such as 1878, 3650.00 or 8.33%, not `1e3`",
              "f.yaml:3:4: error: `c` must be a number such as 1878, 3650.00 or 8.33%, not `1,5`",
              "f.yaml:4:4: error: `d` must be a number such as 1878, 3650.00 or 8.33%, not a mapping",
              "f.yaml:5:4: error: `e` must be a number such as 1878, 3650.00 or 8.33%, not a list",
              "f.yaml:6:4: error: `f` must be a number such as 1878, 3650.00 or 8.33%, not ``",
              "f.yaml:7:4: error: `g` must be a number such as 1878, 3650.00 or 8.33%, not `.5`",
          });
}

TEST_CASE("number refuses an empty value", "[yaml]") {
    Reading y("a: 1\nb:\n");
    CHECK_FALSE(y.reader.number(y["b"], engine::key_name("b")));
    REQUIRE(y.problems.size() == 1);
    const auto& problem = y.problems.items().front();
    CHECK(problem.message.english() == "`b` must be a number such as 1878, 3650.00 or 8.33%, not nothing");
    CHECK(problem.pos.known());
    CHECK(*problem.pos.file == "f.yaml");
}

TEST_CASE("an empty value is reported on the line of its key", "[yaml]") {
    // yaml-cpp marks an empty (null) value at the next token, so for `b:` on line 2
    // followed by `c: 2` the value's own mark is line 3: the reader names the key.
    Reading y("a: 1\nb:\nc: 2\n");
    std::vector<std::string> visited;
    y.reader.for_each_entry(y.document.root, engine::msg("the map"),
                            [&](const std::string& key, const engine::YamlNode&, const engine::YamlNode&) { visited.push_back(key); });
    CHECK(visited == std::vector<std::string>{"a", "c"});
    CHECK(y.reported() == Lines{"f.yaml:2:1: error: `b` has no value"});
}

TEST_CASE("whole_number accepts whole values within bounds only", "[yaml]") {
    Reading y("a: 12\nb: 13\nc: 2.5\nd: 2.0\n");
    CHECK(y.reader.whole_number(y["a"], engine::key_name("places"), 0, 12) == 12);
    CHECK(y.reader.whole_number(y["d"], engine::key_name("places"), 0, 12) == 2);
    CHECK_FALSE(y.reader.whole_number(y["b"], engine::key_name("places"), 0, 12));
    CHECK_FALSE(y.reader.whole_number(y["c"], engine::key_name("places"), 0, 12));
    CHECK(y.reported() == Lines{
                              "f.yaml:2:4: error: `places` must be a whole number from 0 to 12",
                              "f.yaml:3:4: error: `places` must be a whole number from 0 to 12",
                          });
}

TEST_CASE("whole_number returns the value it checked: 200% is 2, 2.0 is 2", "[yaml]") {
    // `places: 200%` once gave a rounding to 200 places: the check read the number,
    // the result the scalar's text.
    Reading y("a: 200%\nr: {places: 200%}\nb: 2.0\n");
    CHECK(y.reader.whole_number(y["a"], engine::key_name("places"), 0, 12) == 2);
    CHECK(y.reader.whole_number(y["b"], engine::key_name("places"), 0, 12) == 2);
    const auto rounding = y.reader.rounding(y["r"]);
    REQUIRE(rounding);
    CHECK(rounding->places == 2);
    CHECK(y.problems.empty());
}

// ---- keys ------------------------------------------------------------------------

TEST_CASE("reject_unknown_keys reports each unknown key with the nearest allowed key", "[yaml]") {
    Reading y("r:\n  placs: 2\n  mode: half_up\n  colour: red\n");
    y.reader.reject_unknown_keys(y["r"], engine::msg("a rounding"), {"places", "step", "mode"});
    CHECK(y.reported() == Lines{
                              "f.yaml:2:3: error: unknown key `placs` in a rounding (did you mean `places`?)",
                              "f.yaml:4:3: error: unknown key `colour` in a rounding",
                          });
}

TEST_CASE("for_each_entry visits entries in file order and reports a duplicate key", "[yaml]") {
    Reading y("b: 1\na: 2\nb: 3\nc: 4\n");
    std::vector<std::string> visited;
    y.reader.for_each_entry(y.document.root, engine::msg("the model"),
                            [&](const std::string& key, const engine::YamlNode&, const engine::YamlNode& value) {
                                visited.push_back(key + "=" + value.Scalar());
                            });
    CHECK(visited == Lines{"b=1", "a=2", "c=4"});
    CHECK(y.reported() == Lines{"f.yaml:3:1: error: `b` appears twice in the same mapping; the first is on line 1"});
}

TEST_CASE("a key written three times points both repeats at the first, in a small and in a large mapping", "[yaml]") {
    for (const int keys : {3, 40}) {
        INFO(keys << " keys");
        std::string text = "a: 0\n";
        for (int i = 1; i < keys; ++i) text += "k" + std::to_string(i) + ": " + std::to_string(i) + "\n";
        text += "a: 1\na: 2\n";
        Reading y(text);
        const std::string first = "; the first is on line 1";
        CHECK(y.reported() == Lines{"f.yaml:" + std::to_string(keys + 1) + ":1: error: `a` appears twice in the same mapping" + first,
                                    "f.yaml:" + std::to_string(keys + 2) + ":1: error: `a` appears twice in the same mapping" + first});
    }
}

TEST_CASE("a key written twice is reported at every level, not only where entries are visited", "[yaml]") {
    Reading y("products: [a]\nx:\n  deep: {k: 1, k: 2}\nproducts: [b]\n");
    CHECK(y.reported() == Lines{"f.yaml:3:16: error: `k` appears twice in the same mapping; the first is on line 3",
                                "f.yaml:4:1: error: `products` appears twice in the same mapping; the first is on line 1"});
}

TEST_CASE("for_each_entry reports a key that is not a plain name", "[yaml]") {
    Reading y("? [a, b]\n: 1\nc: 2\n");
    std::vector<std::string> visited;
    y.reader.for_each_entry(y.document.root, engine::msg("the model"),
                            [&](const std::string& key, const engine::YamlNode&, const engine::YamlNode&) {
                                visited.push_back(key);
                            });
    CHECK(visited == Lines{"c"});
    REQUIRE(y.problems.size() == 1);
    CHECK(y.problems.items().front().message.english() == "a key in the model must be a plain name");
}

// ---- ranges ----------------------------------------------------------------------

TEST_CASE("a range open at 0 and closed at 1 leaves 0 out and takes 1 in", "[yaml]") {
    Reading y("r: \"(0, 1]\"\n");
    const auto range = y.reader.range(y["r"]);
    REQUIRE(range);
    CHECK(range->text == "(0, 1]");
    CHECK(range->contains(Number(1)));
    CHECK_FALSE(range->contains(Number(0)));
    CHECK(range->contains(num("0.000001")));
    CHECK(range->contains(num("50%")));
    CHECK_FALSE(range->contains(num("1.000001")));
    CHECK_FALSE(range->contains(num("-1")));
    CHECK(y.problems.empty());
}

TEST_CASE("a range closed at 0 without an upper bound takes 0 and any larger value in", "[yaml]") {
    Reading y("r: \"[0, )\"\ns: \"[2.5,10)\"\n");
    const auto open = y.reader.range(y["r"]);
    REQUIRE(open);
    CHECK_FALSE(open->high.has_value());
    CHECK(open->contains(Number(0)));
    CHECK(open->contains(Number(1000000000)));
    CHECK_FALSE(open->contains(num("-0.01")));
    const auto tight = y.reader.range(y["s"]);
    REQUIRE(tight);
    CHECK(tight->contains(num("2.5")));
    CHECK(tight->contains(num("9.99")));
    CHECK_FALSE(tight->contains(Number(10)));
}

TEST_CASE("range refuses text not shaped like an interval", "[yaml]") {
    Reading y("a: 0 to 1\nb: \"(0; 1]\"\nc: \"(x, 1]\"\nd: \"0, 1\"\n");
    for (const char* key : {"a", "b", "c", "d"}) CHECK_FALSE(y.reader.range(y[key]));
    REQUIRE(y.problems.size() == 4);
    CHECK(y.reported().front() ==
          "f.yaml:1:4: error: a range is written like (0, 1] or [0, ): `(` or `)` leaves a bound out, "
          "`[` or `]` takes it in");
}

// ---- roundings -------------------------------------------------------------------

TEST_CASE("rounding {step: 0.60} rounds to multiples of 0.60, half up by default", "[yaml]") {
    Reading y("r: {step: 0.60}\n");
    const auto rounding = y.reader.rounding(y["r"]);
    REQUIRE(rounding);
    REQUIRE(rounding->step);
    CHECK(exact(*rounding->step) == "0.6");
    CHECK_FALSE(rounding->places);
    CHECK(rounding->mode == engine::RoundingMode::half_up);
    CHECK(rounding->pos.to_string() == "f.yaml:1:4");
    CHECK(exact(rounding->apply(num("7.31"))) == "7.2");
    CHECK(rounding->describe() == "round_to(·, 0.6, half_up)");
    CHECK(y.problems.empty());
}

TEST_CASE("rounding {places: 2, mode: half_even} rounds to cents, half to even", "[yaml]") {
    Reading y("r:\n  places: 2\n  mode: half_even\n");
    const auto rounding = y.reader.rounding(y["r"]);
    REQUIRE(rounding);
    CHECK(rounding->places == 2);
    CHECK_FALSE(rounding->step);
    CHECK(rounding->mode == engine::RoundingMode::half_even);
    CHECK(exact(rounding->apply(num("2.345"))) == "2.34");
    CHECK(exact(rounding->apply(num("2.355"))) == "2.36");
    CHECK(rounding->describe() == "round(·, 2, half_even)");
    CHECK(y.problems.empty());
}

TEST_CASE("rounding with both places and step is refused", "[yaml]") {
    Reading y("r: {places: 2, step: 0.60}\n");
    CHECK_FALSE(y.reader.rounding(y["r"]));
    CHECK(y.reported() == Lines{"f.yaml:1:4: error: a rounding has `places` or `step`, not both"});
}

TEST_CASE("rounding refuses missing, out-of-range and unknown parts", "[yaml]") {
    Reading y("a: {mode: up}\nb: {places: 13}\nc: {step: 0}\nd: {places: 2, mode: half_odd}\n"
              "e: {places: 2, mod: up}\nf: 2\n");
    for (const char* key : {"a", "b", "c", "d", "f"}) CHECK_FALSE(y.reader.rounding(y[key]));
    y.reader.rounding(y["e"]);
    CHECK(y.reported() ==
          Lines{
              "f.yaml:1:4: error: a rounding needs `places` (decimals) or `step` (a multiple, e.g. 0.60)",
              "f.yaml:2:13: error: `places` must be a whole number from 0 to 12",
              "f.yaml:3:11: error: a rounding step must be above 0",
              "f.yaml:4:22: error: unknown rounding mode `half_odd`; the modes are half_up, half_even, "
              "half_down, up, down, ceiling, floor",
              "f.yaml:6:4: error: a rounding must be a mapping of `key: value` lines, not `2`",
              "f.yaml:5:16: error: unknown key `mod` in a rounding (did you mean `mode`?)",
          });
}

// ---- formulas --------------------------------------------------------------------

TEST_CASE("a plain formula's positions start at the scalar", "[yaml]") {
    Reading y("cost: hours * rate\nbad: a * (b + c\n");
    const auto expr = y.reader.formula(y["cost"], engine::msg("the formula of `cost`"));
    REQUIRE(expr);
    CHECK(engine::to_text(*expr) == "hours * rate");
    CHECK(expr->operands[0]->pos.to_string() == "f.yaml:1:7");
    CHECK(expr->pos.to_string() == "f.yaml:1:13");
    CHECK_FALSE(y.reader.formula(y["bad"], engine::msg("the formula of `bad`")));
    CHECK(y.reported() == Lines{"f.yaml:2:16: error: expected `)` but the formula ends"});
}

TEST_CASE("a quoted formula's positions are shifted by one column past the quote", "[yaml]") {
    Reading y("cost: \"hours * rate\"\nsingle: 'a + b'\nbad: \"a * (b + c\"\n");
    const auto expr = y.reader.formula(y["cost"], engine::msg("the formula of `cost`"));
    REQUIRE(expr);
    CHECK(expr->operands[0]->pos.to_string() == "f.yaml:1:8");
    CHECK(expr->pos.to_string() == "f.yaml:1:14");
    const auto single = y.reader.formula(y["single"], engine::msg("the formula of `single`"));
    REQUIRE(single);
    CHECK(single->pos.to_string() == "f.yaml:2:12");
    CHECK_FALSE(y.reader.formula(y["bad"], engine::msg("the formula of `bad`")));
    CHECK(y.reported() == Lines{"f.yaml:3:17: error: expected `)` but the formula ends"});
}

TEST_CASE("a formula that is not text is refused", "[yaml]") {
    Reading y("a: {x: 1}\nb: \"\"\n");
    CHECK_FALSE(y.reader.formula(y["a"], engine::msg("the formula of `a`")));
    CHECK_FALSE(y.reader.formula(y["b"], engine::msg("the formula of `b`")));
    CHECK(y.reported() == Lines{
                              "f.yaml:1:4: error: the formula of `a` must be text, not a mapping",
                              "f.yaml:2:4: error: the formula of `b` must be text, not ``",
                          });
}

// ---- definitions -----------------------------------------------------------------

TEST_CASE("value_definition keeps the value exactly and its text as written", "[yaml]") {
    Reading y("hours: 3650.00\n");
    const auto definition = y.reader.value_definition("hours", y["hours"]);
    REQUIRE(definition);
    CHECK(definition->kind == engine::Definition::Kind::value);
    CHECK(definition->text == "3650.00");
    CHECK(exact(definition->value) == "3650");
    CHECK(definition->pos.to_string() == "f.yaml:1:8");
}

TEST_CASE("rule_definition reads a formula with its rounding and description", "[yaml]") {
    Reading y("price:\n  formula: \"cost / hours\"\n  round: {places: 2}\n  about: per hour\n"
              "short: a + b\nbad: {formula: a, rond: {places: 2}}\nnone: {about: x}\n");
    const auto price = y.reader.rule_definition("price", y["price"]);
    REQUIRE(price);
    CHECK(price->kind == engine::Definition::Kind::formula);
    CHECK(price->text == "cost / hours");
    CHECK(price->pos.to_string() == "f.yaml:2:12");
    CHECK(price->expr->pos.to_string() == "f.yaml:2:18");  // the `/`, past the quote
    REQUIRE(price->rounding);
    CHECK(price->rounding->places == 2);
    CHECK(price->description == "per hour");

    const auto plain = y.reader.rule_definition("short", y["short"]);
    REQUIRE(plain);
    CHECK(plain->text == "a + b");
    CHECK_FALSE(plain->rounding);

    y.reader.rule_definition("bad", y["bad"]);
    CHECK_FALSE(y.reader.rule_definition("none", y["none"]));
    CHECK(y.reported() == Lines{
                              "f.yaml:6:19: error: unknown key `rond` in rule `bad` (did you mean `round`?)",
                              "f.yaml:7:7: error: rule `none` needs a `formula`",
                          });
}

TEST_CASE("parameter_declaration: an input without default, a value with one inside its range",
          "[yaml]") {
    Reading y("direct_share: {range: \"(0, 1]\"}\nhours: {range: \"[0, )\", default: 1878}\n"
              "share: {range: \"(0, 1]\", default: 120%}\n");
    const auto declared = y.reader.parameter_declaration("direct_share", y["direct_share"]);
    REQUIRE(declared);
    CHECK(declared->kind == engine::Definition::Kind::input);
    REQUIRE(declared->range);
    CHECK(declared->range->text == "(0, 1]");

    const auto hours = y.reader.parameter_declaration("hours", y["hours"]);
    REQUIRE(hours);
    CHECK(hours->kind == engine::Definition::Kind::value);
    CHECK(exact(hours->value) == "1878");
    CHECK(hours->pos.to_string() == "f.yaml:2:34");

    y.reader.parameter_declaration("share", y["share"]);
    CHECK(y.reported() == Lines{"f.yaml:3:35: error: the default of `share` is outside its range (0, 1]"});
}

TEST_CASE("a formula written over several lines places each token on its own line", "[yaml]") {
    Reading y("folded: >\n  hours *\n  rate\nplain: hours\n  * rate\nquoted: \"hours\n  * rate\"\n");
    const auto folded = y.reader.formula(y["folded"], engine::msg("the formula of `folded`"));
    REQUIRE(folded);
    CHECK(folded->operands[0]->pos.to_string() == "f.yaml:2:3");
    CHECK(folded->pos.to_string() == "f.yaml:2:9");
    CHECK(folded->operands[1]->pos.to_string() == "f.yaml:3:3");
    const auto plain = y.reader.formula(y["plain"], engine::msg("the formula of `plain`"));
    REQUIRE(plain);
    CHECK(plain->operands[0]->pos.to_string() == "f.yaml:4:8");
    CHECK(plain->pos.to_string() == "f.yaml:5:3");
    CHECK(plain->operands[1]->pos.to_string() == "f.yaml:5:5");
    const auto quoted = y.reader.formula(y["quoted"], engine::msg("the formula of `quoted`"));
    REQUIRE(quoted);
    CHECK(quoted->operands[0]->pos.to_string() == "f.yaml:6:10");
    CHECK(quoted->pos.to_string() == "f.yaml:7:3");
    CHECK(quoted->operands[1]->pos.to_string() == "f.yaml:7:5");
    CHECK(y.problems.empty());
}

TEST_CASE("an error in a formula over several lines is placed on the line of the bad token", "[yaml]") {
    Reading y("cost: >\n  (hours *\n  rate +\n  2a)\n");
    CHECK_FALSE(y.reader.formula(y["cost"], engine::msg("the formula of `cost`")));
    CHECK(y.reported() ==
          Lines{"f.yaml:4:3: error: a number cannot run into a name; write an operator between them"});
}
