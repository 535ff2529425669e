// A message is its English template and named values: filled in one pass,
// with sentences inside sentences worded by the same wording.
#include "engine/diagnostic.hpp"
#include "engine/message.hpp"
#include "engine/suggest.hpp"

#include <catch2/catch.hpp>

using engine::arg;
using engine::msg;

TEST_CASE("a message fills each named placeholder with its value", "[message]") {
    const auto m = msg("unknown key {key} in {what}", {arg("key", "`trainig_hours`"), arg("what", msg("a product"))});
    CHECK(m.english() == "unknown key `trainig_hours` in a product");
    CHECK(m.english_template() == "unknown key {key} in {what}");
}

TEST_CASE("a value that holds braces is shown as it is, not read as a placeholder", "[message]") {
    const auto m = msg("not a number: {text}, {other}", {arg("text", "{other}"), arg("other", "x")});
    CHECK(m.english() == "not a number: {other}, x");
}

TEST_CASE("an empty message fills nothing: an optional tail", "[message]") {
    CHECK(msg("unknown name {name}{suggestion}", {arg("name", "`a`"), arg("suggestion", engine::Message())}).english() ==
          "unknown name `a`");
    CHECK(msg("unknown name {name}{suggestion}", {arg("name", "`hourly_wag`"),
                                                   arg("suggestion", engine::suggestion("hourly_wag", {"hourly_wage"}))})
              .english() == "unknown name `hourly_wag` (did you mean `hourly_wage`?)");
}

TEST_CASE("numbers are values; with() adds one more", "[message]") {
    const auto m = msg("{what} must be a whole number from {low} to {high}", {arg("low", 0), arg("high", 12)});
    CHECK(m.with(arg("what", engine::key_name("places"))).english() == "`places` must be a whole number from 0 to 12");
}

TEST_CASE("the wording chooses each template, scope and unit, and fills values as they are", "[message]") {
    using Kind = engine::MessageArg::Kind;
    const auto m = msg("missing parameter `{name}` for {scope}: {why}",
                       {arg("name", "hours"), engine::scope_arg("scope", "product VBL"), arg("why", msg("a unit"))});
    const std::string worded = m.worded([](Kind kind, std::string_view english) {
        if (kind == Kind::scope) return std::string("[scope ") + std::string(english) + "]";
        return "<" + std::string(english) + ">";
    });
    CHECK(worded == "<missing parameter `hours` for [scope product VBL]: <a unit>>");
}

TEST_CASE("a diagnostic says its place, severity and message in English", "[message]") {
    engine::Diagnostic d{engine::SourcePos{engine::make_file_name("m.yaml"), 4, 3}, msg("the file is empty")};
    CHECK(d.to_string() == "m.yaml:4:3: error: the file is empty");
    CHECK(d.to_string("warning") == "m.yaml:4:3: warning: the file is empty");
}
