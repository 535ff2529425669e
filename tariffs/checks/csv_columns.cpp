#include "tariffs/checks/csv_columns.hpp"

#include <algorithm>

namespace tariffs {

namespace {

bool is_ascii_alnum(char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); }

// The base letter of a Latin-1 character U+00C0-U+00FF, lower case (`É` is
// `e`, `ß` `s`); 0 for `×` and `÷`, which are no letters.
char latin1_base(unsigned char low) {  // `low`: the code point − 0xC0
    static constexpr char bases[] = "aaaaaaaceeeeiiii" "dnooooo ouuuuyts"   // U+00C0-U+00DF
                                    "aaaaaaaceeeeiiii" "dnooooo ouuuuyty";  // U+00E0-U+00FF
    const char base = low < 64 ? bases[low] : 0;
    return base == ' ' ? 0 : base;
}

// The words of `header`, lower case, without accents and without what stands
// in brackets; everything that is not a letter or digit separates words.
std::vector<std::string> words_of(std::string_view header) {
    std::vector<std::string> words(1);
    int depth = 0;  // inside (...) or [...]
    const auto separate = [&] {
        if (!words.back().empty()) words.emplace_back();
    };
    for (std::size_t i = 0; i < header.size(); ++i) {
        const auto c = static_cast<unsigned char>(header[i]);
        if (c == '(' || c == '[') {
            ++depth;
            separate();
        } else if ((c == ')' || c == ']') && depth > 0) {
            --depth;
        } else if (depth > 0) {
            continue;
        } else if (c < 0x80) {
            const char lower = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : static_cast<char>(c);
            if (is_ascii_alnum(lower)) words.back() += lower;
            else separate();
        } else if (c == 0xC3 && i + 1 < header.size()) {  // U+00C0-U+00FF
            const auto next = static_cast<unsigned char>(header[i + 1]);
            const char base = next >= 0x80 && next < 0xC0 ? latin1_base(static_cast<unsigned char>(next - 0x80)) : 0;
            if (base) words.back() += base;
            else separate();
            ++i;
        } else {
            separate();  // `€`, a no-break space, …
        }
    }
    if (words.back().empty()) words.pop_back();
    return words;
}

bool is_year(const std::string& word) {
    return word.size() == 4 && std::all_of(word.begin(), word.end(), [](char c) { return c >= '0' && c <= '9'; }) &&
           word >= "1900" && word <= "2200";
}

bool is_currency(const std::string& word) { return word == "eur" || word == "euro" || word == "euros"; }

}  // namespace

std::string header_key(std::string_view header) {
    const std::vector<std::string> words = words_of(header);
    std::string key, all;
    for (std::size_t i = 0; i < words.size(); ++i) {
        const std::string& word = words[i];
        all += word;
        const bool before_currency = i + 1 < words.size() && is_currency(words[i + 1]);
        const bool after_euro = i > 0 && words[i - 1] == "euro";
        if (is_year(word) || is_currency(word) || (word == "in" && before_currency) || (word == "s" && after_euro))
            continue;
        key += word;
    }
    return key.empty() ? all : key;
}

namespace {

// The position in `names` of the first name `key` matches, or names.size().
std::size_t rank(const std::string& key, const std::vector<std::string>& keys) {
    return static_cast<std::size_t>(std::find(keys.begin(), keys.end(), key) - keys.begin());
}

std::vector<std::string> keys_of(const std::vector<std::string>& names) {
    std::vector<std::string> keys;
    keys.reserve(names.size());
    for (const auto& name : names) keys.push_back(header_key(name));
    return keys;
}

}  // namespace

std::vector<std::size_t> headers_like(const std::vector<std::string>& header, const std::vector<std::string>& names) {
    const std::vector<std::string> keys = keys_of(names);
    std::size_t best = keys.size();
    std::vector<std::size_t> found;
    for (std::size_t i = 0; i < header.size(); ++i) {
        const std::string key = header_key(header[i]);
        if (key.empty()) continue;
        const std::size_t r = rank(key, keys);
        if (r < best) {
            best = r;
            found = {i};
        } else if (r == best && r < keys.size()) {
            found.push_back(i);
        }
    }
    return found;
}

std::optional<std::size_t> find_header(const std::vector<std::string>& header, const std::vector<std::string>& names) {
    const auto found = headers_like(header, names);
    if (found.empty()) return std::nullopt;
    return found.front();
}

}  // namespace tariffs
