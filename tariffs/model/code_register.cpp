#include "tariffs/model/code_register.hpp"

#include "engine/text_check.hpp"

#include <cstdio>

namespace tariffs {

namespace {

std::size_t characters(const std::string& text) {
    std::size_t count = 0;
    for (const char c : text) count += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    return count;
}

// The code point of the UTF-8 character at byte `i` (the text was checked to be UTF-8), as `U+0410`.
std::string code_point_at(const std::string& text, std::size_t i) {
    if (i >= text.size()) return "nothing";
    const auto lead = static_cast<unsigned char>(text[i]);
    const int length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
    unsigned long value = length == 1 ? lead : lead & (0xFFu >> (length + 1));
    for (int k = 1; k < length && i + static_cast<std::size_t>(k) < text.size(); ++k)
        value = (value << 6) | (static_cast<unsigned char>(text[i + static_cast<std::size_t>(k)]) & 0x3F);
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "U+%04lX", value);
    return buffer;
}

// Where `a` and `b` first differ: "character 2, U+0410 here and U+0041 there".
std::string first_difference(const std::string& a, const std::string& b) {
    std::size_t i = 0;
    while (i < a.size() && i < b.size() && a[i] == b[i]) ++i;
    while (i > 0 && i < a.size() && (static_cast<unsigned char>(a[i]) & 0xC0) == 0x80) --i;  // to its character's start
    return "character " + std::to_string(characters(a.substr(0, i)) + 1) + ", " + code_point_at(a, i) +
           " here and " + code_point_at(b, i) + " there";
}

}  // namespace

bool CodeRegister::take(engine::YamlReader& reader, const engine::YamlNode& node, const std::string& code) {
    if (characters(code) > max_code_characters) {
        reader.error(node, "the code " + engine::quote(code) + " is " + std::to_string(characters(code)) +
                               " characters long; a code has at most " + std::to_string(max_code_characters));
        return false;
    }
    const auto [it, fresh] = by_look_.try_emplace(engine::look_alike_form(code), code, reader.pos(node));
    if (fresh || it->second.first == code) return true;
    reader.error(node, "the code " + engine::quote(code) + " looks the same as " + engine::quote(it->second.first) +
                           " at " + it->second.second.to_string() + " but is written with other characters (" +
                           first_difference(code, it->second.first) + "); write both alike or make them differ");
    return false;
}

}  // namespace tariffs
