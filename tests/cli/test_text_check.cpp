// Names are shown in terminals, CSV and JSON: they must be valid UTF-8 without
// control characters, or they are refused where they are written.
#include "engine/diagnostic.hpp"
#include "engine/text_check.hpp"
#include "tariffs/model/model_loader.hpp"

#include "cli_runner.hpp"

#include <catch2/catch.hpp>

#include <fstream>
#include <string>

using Catch::Matchers::Contains;

TEST_CASE("valid UTF-8 without control characters can be shown as it is", "[text]") {
    CHECK_FALSE(engine::unprintable("Ambulante begeleiding", false));
    CHECK_FALSE(engine::unprintable("Jeugdzorg – € 1.234,56 ≈ 😀", false));
    CHECK_FALSE(engine::unprintable("a\tb", true));
    CHECK_FALSE(engine::unprintable("line one\nline two", true));
}

TEST_CASE("a name, code or path holds no tab or line end", "[text]") {
    CHECK(engine::unprintable("a\tb", false)->english() == "holds the control character U+0009 at character 2");
    CHECK(engine::unprintable("Ambulante\rbegeleiding", false)->english() == "holds the control character U+000D at character 10");
    CHECK(engine::unprintable("two\nlines", false)->english() == "holds the control character U+000A at character 4");
}

TEST_CASE("a control character is named by its code point and place", "[text]") {
    CHECK(engine::unprintable("ab\x1b[31m", false)->english() == "holds the control character U+001B at character 3");
    CHECK(engine::unprintable("x\ny", false)->english() == "holds the control character U+000A at character 2");
    CHECK(engine::unprintable("x\x7f", false)->english() == "holds the control character U+007F at character 2");
    CHECK(engine::unprintable("€\xc2\x9b", false)->english() == "holds the control character U+009B at character 2");
}

TEST_CASE("bytes that are not UTF-8 are refused with their place", "[text]") {
    const std::string why = " (save the file as UTF-8)";
    CHECK(engine::unprintable("caf\xe9", false)->english() == "is not valid UTF-8 at character 4" + why);    // Latin-1 é
    CHECK(engine::unprintable("\xc0\xaf", false)->english() == "is not valid UTF-8 at character 1" + why);    // overlong
    CHECK(engine::unprintable("\xed\xa0\x80", false)->english() == "is not valid UTF-8 at character 1" + why);  // surrogate
    CHECK(engine::unprintable("ab\xe2\x82", false)->english() == "is not valid UTF-8 at character 3" + why);   // cut short
}

TEST_CASE("a product name with an escape sequence is a located error", "[text][validation]") {
    std::string text = test::read_text(test::source_dir() + "/models/examples/worked-example.yaml");
    const std::string name = "name: Ambulante begeleiding (uur)";
    const auto at = text.find(name);
    REQUIRE(at != std::string::npos);
    text.replace(at, name.size(), "name: \"Ambulant \\e[2J\"");
    try {
        tariffs::parse_model(text, "m.yaml");
        FAIL("a name with an escape sequence was accepted");
    } catch (const engine::InputError& e) {
        REQUIRE(e.diagnostics().size() == 1);
        CHECK(e.diagnostics().items().front().message.english() ==
              "a product `name` holds the control character U+001B at character 10");
    }
}

TEST_CASE("a bid line whose provider holds a control character cannot be read", "[text][cli]") {
    const test::TempDir dir;
    const std::string bids = dir.path + "/bids.csv";
    std::ofstream(bids) << "provider,product,tariff\nA\x1b[2J,AMB-U,82.92\nB,AMB-U,82.92\n";
    const auto result = test::run_tariff({"check-bids", "models/examples/worked-example.yaml", bids});
    CHECK(result.exit_code == 1);
    CHECK_THAT(result.err, Contains("line 2: the provider holds the control character U+001B at character 2"));
    CHECK_THAT(result.out, !Contains("\x1b"));
}

TEST_CASE("text we echo unchecked is shown with its control characters escaped", "[text_check]") {
    CHECK(engine::shown("plain tekst, €") == "plain tekst, €");
    CHECK(engine::shown("line one\nline two\tend") == "line one\nline two\tend");
    CHECK(engine::shown("red \x1b[31mRED") == "red \\x1B[31mRED");
    CHECK(engine::shown("bell\a") == "bell\\x07");
    CHECK(engine::shown("c1 \xc2\x9b") == "c1 \\u009B");
    CHECK(engine::shown("not utf-8 \xff\xfe") == "not utf-8 \\xFF\\xFE");
    CHECK(engine::shown("cut \xe2\x82") == "cut \\xE2\\x82");
    CHECK(engine::shown("del \x7f") == "del \\x7F");
}

TEST_CASE("a value is quoted by its first 40 characters, then …, safe to show", "[text][quoting]") {
    CHECK(engine::quote("overhead_surcharge") == "`overhead_surcharge`");
    CHECK(engine::quote(std::string(40, 'x')) == "`" + std::string(40, 'x') + "`");
    CHECK(engine::quote(std::string(41, 'x')) == "`" + std::string(40, 'x') + "…`");
    CHECK(engine::excerpt(std::string(2000, '9')) == std::string(40, '9') + "…");
    // Characters, not bytes: an é is one character of two bytes, never cut in two.
    CHECK(engine::excerpt(std::string(50, 'a').insert(39, "é")) == std::string(39, 'a') + "é…");
    CHECK(engine::excerpt("line one\nline two") == "line one\\nline two");
    CHECK(engine::excerpt("a\x1b[31m") == "a\\x1B[31m");
}

TEST_CASE("a direction mark is refused in any text, an invisible character in a name, code or path", "[text]") {
    CHECK(engine::unprintable("AMB\u202eU", false)->english() ==
          "holds the direction mark U+202E at character 4, which changes the order in which the text is shown");
    CHECK(engine::unprintable("a note\u202e", true)->english() ==
          "holds the direction mark U+202E at character 7, which changes the order in which the text is shown");
    CHECK(engine::unprintable("AMB\u200b", false)->english() ==
          "holds the invisible character U+200B at character 4: two names would look the same and differ");
    CHECK(engine::unprintable("AMB\u2060U", false));
    CHECK(engine::unprintable("\ufeffAMB", false));
    CHECK_FALSE(engine::unprintable("a note\u200b", true));
    CHECK(engine::shown("AMB\u202eU") == "AMB\\u202EU");
}

TEST_CASE("characters drawn like ASCII ones have the ASCII look-alike form", "[text]") {
    CHECK(engine::look_alike_form("\u0410\u041cB-U") == "AMB-U");     // Cyrillic А and М
    CHECK(engine::look_alike_form("AMB\u2013U") == "AMB-U");          // an en dash
    CHECK(engine::look_alike_form("AMB\u00a0U") == "AMB U");          // a non-breaking space
    CHECK(engine::look_alike_form("\uff21MB") == "AMB");              // a full-width A
    CHECK(engine::look_alike_form("Zorg €") == "Zorg €");
}
