// The message catalog against the code: every fixed text a report asks for by
// its English (`text("…")`, `t("…")`), and every message of an error or
// warning (`msg("…")`, `msg_text("…")`) has its Dutch, every entry of the
// catalog is a text the code writes somewhere, and an entry's placeholders
// (`{year}`) are the same in both languages. A comma changed in the English
// of a call therefore fails here, instead of shipping English under `--locale nl`.
#include "tariffs/reports/i18n/dutch_texts.hpp"

#include "cli_runner.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <map>
#include <regex>
#include <set>
#include <string>
#include <vector>

namespace {

struct Literal {
    std::size_t at = 0;  // where its first piece begins
    std::string value;   // adjacent pieces joined, escapes read
};

std::size_t skip_char_literal(const std::string& s, std::size_t i) {
    for (++i; i < s.size() && s[i] != '\''; ++i)
        if (s[i] == '\\') ++i;
    return i + 1;
}

// Reads the pieces of one string literal from `i` (a `"`), joining the pieces
// that follow it with only white space between (`"a" "b"`).
std::size_t read_literal(const std::string& s, std::size_t i, std::string& value) {
    static const std::map<char, char> escapes{{'n', '\n'}, {'t', '\t'}, {'"', '"'}, {'\\', '\\'}, {'\'', '\''}};
    while (true) {
        for (++i; i < s.size() && s[i] != '"'; ++i) {
            if (s[i] != '\\') {
                value += s[i];
                continue;
            }
            const auto escape = escapes.find(s[i + 1]);
            value += escape != escapes.end() ? std::string(1, escape->second) : s.substr(i, 2);
            ++i;
        }
        std::size_t next = i + 1;
        while (next < s.size() && std::isspace(static_cast<unsigned char>(s[next]))) ++next;
        if (next >= s.size() || s[next] != '"') return i + 1;
        i = next;
    }
}

// The string literals of a C++ source, comments, character literals and raw strings left out.
std::vector<Literal> literals_of(const std::string& s) {
    std::vector<Literal> found;
    std::size_t i = 0;
    while (i < s.size()) {
        if (s.compare(i, 2, "//") == 0) {
            i = s.find('\n', i);
        } else if (s.compare(i, 2, "/*") == 0) {
            i = s.find("*/", i);
            if (i != std::string::npos) i += 2;
        } else if (s[i] == '\'') {
            i = skip_char_literal(s, i);
        } else if (s.compare(i, 2, "R\"") == 0 && (i == 0 || !(std::isalnum(static_cast<unsigned char>(s[i - 1])) || s[i - 1] == '_'))) {
            const std::size_t open = s.find('(', i);
            const std::string end = ")" + s.substr(i + 2, open - i - 2) + "\"";
            i = s.find(end, open);
            if (i != std::string::npos) i += end.size();
        } else if (s[i] == '"') {
            Literal literal{i, ""};
            i = read_literal(s, i, literal.value);
            found.push_back(std::move(literal));
        } else {
            ++i;
        }
        if (i == std::string::npos) break;
    }
    return found;
}

// Whether a text has a letter outside its placeholders: `{value}` or
// `` `{key}` `` is the same in every language and needs no entry.
bool has_words(const std::string& text) {
    static const std::regex placeholder(R"(\{[a-z_]+\})");
    const std::string bare = std::regex_replace(text, placeholder, "");
    return std::any_of(bare.begin(), bare.end(), [](char c) { return std::isalpha(static_cast<unsigned char>(c)); });
}

struct Code {
    std::set<std::string> literals;                          // every string the code holds
    std::vector<std::pair<std::string, std::string>> asked;  // (file, English) of each text("…") and t("…")
};

Code read_code() {
    Code code;
    const std::regex call(R"(\b(text|t|msg|msg_text)\(\s*$)");
    for (const std::string folder : {"engine", "tariffs", "cli"}) {
        for (const auto& entry : std::filesystem::recursive_directory_iterator(test::source_dir() + "/" + folder)) {
            const std::string path = entry.path().string();
            const std::string extension = entry.path().extension().string();
            const std::string file = entry.path().filename().string();
            if ((extension != ".cpp" && extension != ".hpp") || file == "dutch_texts.cpp" || file == "dutch_workbook_texts.cpp" ||
                file == "dutch_messages.cpp")
                continue;
            const std::string source = test::read_text(path);
            for (const auto& literal : literals_of(source)) {
                code.literals.insert(literal.value);
                const std::size_t from = literal.at > 40 ? literal.at - 40 : 0;
                if (std::regex_search(source.substr(from, literal.at - from), call) && has_words(literal.value))
                    code.asked.push_back({path.substr(test::source_dir().size() + 1), literal.value});
            }
        }
    }
    return code;
}

std::multiset<std::string> placeholders(std::string_view text) {
    static const std::regex placeholder(R"(\{[a-z_]+\})");
    std::multiset<std::string> found;
    const std::string copy(text);
    for (auto it = std::sregex_iterator(copy.begin(), copy.end(), placeholder); it != std::sregex_iterator(); ++it)
        found.insert(it->str());
    return found;
}

}  // namespace

TEST_CASE("the reading of the code finds literals, joined pieces, and what a report asks to translate", "[catalog]") {
    const auto found = literals_of("x = text(\"a \" \"b\"); // \"no\"\n/* \"no\" */ char c = '\"'; R\"(\"no\")\"; t(\"c\\\"d\")");
    REQUIRE(found.size() == 2);
    CHECK(found[0].value == "a b");
    CHECK(found[1].value == "c\"d");
}

TEST_CASE("every text a report asks for by its English has its Dutch in the catalog", "[catalog]") {
    const Code code = read_code();
    CHECK(code.asked.size() > 400);
    const auto& catalog = tariffs::dutch_texts();
    for (const auto& [file, english] : code.asked) {
        INFO(file << ": " << english);
        CHECK(catalog.count(english) == 1);
    }
}

TEST_CASE("no English text is in the catalog twice, within a part or across its parts", "[catalog]") {
    std::map<std::string_view, int> seen;
    for (const auto* part : {&tariffs::dutch_report_texts(), &tariffs::dutch_workbook_texts(), &tariffs::dutch_message_texts()})
        for (const auto& [english, dutch] : *part) ++seen[english];
    for (const auto& [english, count] : seen) {
        INFO(english);
        CHECK(count == 1);
    }
    CHECK(seen.size() == tariffs::dutch_texts().size());
}

TEST_CASE("every entry of the catalog is a text the code writes, with the same placeholders in Dutch", "[catalog]") {
    const Code code = read_code();
    for (const auto& [english, dutch] : tariffs::dutch_texts()) {
        INFO(english << " | " << dutch);
        CHECK(code.literals.count(std::string(english)) == 1);
        CHECK(placeholders(english) == placeholders(dutch));
        CHECK(!dutch.empty());
    }
}
