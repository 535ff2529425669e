#include "tariffs/model/code_register.hpp"

#include "engine/text_check.hpp"

#include <cstdio>

namespace tariffs {

namespace {

using engine::arg;
using engine::msg;

std::size_t characters(const std::string& text) {
    std::size_t count = 0;
    for (const char c : text) count += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    return count;
}

// The code point of the UTF-8 character at byte `i` (the text was checked to be UTF-8), as `U+0410`.
engine::Message code_point_at(const std::string& text, std::size_t i) {
    if (i >= text.size()) return msg("nothing");
    const auto lead = static_cast<unsigned char>(text[i]);
    const int length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
    unsigned long value = length == 1 ? lead : lead & (0xFFu >> (length + 1));
    for (int k = 1; k < length && i + static_cast<std::size_t>(k) < text.size(); ++k)
        value = (value << 6) | (static_cast<unsigned char>(text[i + static_cast<std::size_t>(k)]) & 0x3F);
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "U+%04lX", value);
    return msg("{code}", {arg("code", std::string(buffer))});
}

// Where `a` and `b` first differ: "character 2, U+0410 here and U+0041 there".
engine::Message first_difference(const std::string& a, const std::string& b) {
    std::size_t i = 0;
    while (i < a.size() && i < b.size() && a[i] == b[i]) ++i;
    while (i > 0 && i < a.size() && (static_cast<unsigned char>(a[i]) & 0xC0) == 0x80) --i;  // to its character's start
    return msg("character {at}, {here} here and {there} there",
               {arg("at", static_cast<long long>(characters(a.substr(0, i)) + 1)), arg("here", code_point_at(a, i)),
                arg("there", code_point_at(b, i))});
}

}  // namespace

bool CodeRegister::take(engine::YamlReader& reader, const engine::YamlNode& node, const std::string& code) {
    if (characters(code) > max_code_characters) {
        reader.error(node, msg("the code {code} is {length} characters long; a code has at most {count}",
                               {arg("code", engine::quote(code)), arg("length", static_cast<long long>(characters(code))),
                                arg("count", static_cast<long long>(max_code_characters))}));
        return false;
    }
    const auto [it, fresh] = by_look_.try_emplace(engine::look_alike_form(code), code, reader.pos(node));
    if (fresh || it->second.first == code) return true;
    reader.error(node, msg("the code {code} looks the same as {other} at {place} but is written with other characters "
                           "({difference}); write both alike or make them differ",
                           {arg("code", engine::quote(code)), arg("other", engine::quote(it->second.first)),
                            arg("place", it->second.second.to_string()),
                            arg("difference", first_difference(code, it->second.first))}));
    return false;
}

}  // namespace tariffs
