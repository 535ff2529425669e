// Locale::say words an engine message from the catalog: the sentence and the
// sentences in it in Dutch, a scope and a unit through their own tables, a
// value as it is; English reads the template itself.
#include "tariffs/reports/i18n/locale.hpp"

#include <catch2/catch.hpp>

using engine::arg;
using engine::msg;

namespace {
const tariffs::Locale english{};
const tariffs::Locale dutch{true};
}  // namespace

TEST_CASE("an unknown key is said in Dutch with its suggestion, the key as written", "[locale][message]") {
    const auto m = msg("unknown key {key} in {what}{suggestion}{tail}",
                       {arg("key", "`materal_per_hour`"), arg("what", msg("a product")),
                        arg("suggestion", msg(" (did you mean {name}?)", {arg("name", "`material_per_hour`")})),
                        arg("tail", engine::Message())});
    CHECK(english.say(m) == "unknown key `materal_per_hour` in a product (did you mean `material_per_hour`?)");
    CHECK(dutch.say(m) == "onbekende sleutel `materal_per_hour` in een product (bedoelt u `material_per_hour`?)");
}

TEST_CASE("a scope in a message is worded by the locale's scope table", "[locale][message]") {
    const auto m = msg("unknown collection `{name}` in {scope}", {arg("name", "mix"), engine::scope_arg("scope", "staff level x")});
    CHECK(english.say(m) == "unknown collection `mix` in staff level x");
    CHECK(dutch.say(m) == "onbekende verzameling `mix` in functieniveau x");
}

TEST_CASE("a diagnostic keeps its place and says its severity in the locale", "[locale][message]") {
    const engine::Diagnostic d{engine::SourcePos{engine::make_file_name("model.yaml"), 5, 4}, msg("the file is empty")};
    CHECK(english.diagnostic(d, "error") == "model.yaml:5:4: error: the file is empty");
    CHECK(dutch.diagnostic(d, "error") == "model.yaml:5:4: fout: het bestand is leeg");
    CHECK(dutch.diagnostic(d, "warning") == "model.yaml:5:4: waarschuwing: het bestand is leeg");
}

TEST_CASE("a system's own reason stays as the system says it, inside a Dutch sentence", "[locale][message]") {
    const auto m = msg("cannot read the file: {reason}", {arg("reason", engine::verbatim("No such file or directory"))});
    CHECK(dutch.say(m) == "kan het bestand niet lezen: No such file or directory");
}
