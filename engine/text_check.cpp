#include "engine/text_check.hpp"

#include <cstdio>
#include <utility>

namespace engine {

namespace {

std::string code_point(unsigned long value) {
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "U+%04lX", value);
    return buffer;
}

// The length of the UTF-8 sequence starting with `lead`, or 0 when no sequence starts so.
int sequence_length(unsigned char lead) {
    if (lead < 0x80) return 1;
    if (lead >= 0xC2 && lead <= 0xDF) return 2;
    if (lead >= 0xE0 && lead <= 0xEF) return 3;
    if (lead >= 0xF0 && lead <= 0xF4) return 4;
    return 0;
}

// The code point of the UTF-8 sequence at `text[i]` and its length; length 0
// when no valid sequence starts there.
std::pair<unsigned long, int> decode(std::string_view text, std::size_t i) {
    const auto lead = static_cast<unsigned char>(text[i]);
    const int length = sequence_length(lead);
    if (length == 0 || i + static_cast<std::size_t>(length) > text.size()) return {0, 0};
    unsigned long value = length == 1 ? lead : lead & (0xFFu >> (length + 1));
    for (int k = 1; k < length; ++k) {
        const auto next = static_cast<unsigned char>(text[i + static_cast<std::size_t>(k)]);
        if ((next & 0xC0) != 0x80) return {0, 0};
        value = (value << 6) | (next & 0x3F);
    }
    const bool overlong = (length == 3 && value < 0x800) || (length == 4 && value < 0x10000);
    if (overlong || (value >= 0xD800 && value <= 0xDFFF) || value > 0x10FFFF) return {0, 0};
    return {value, length};
}

bool is_control(unsigned long value) { return value < 0x20 || (value >= 0x7F && value <= 0x9F); }

}  // namespace

std::string shown(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    char buffer[16];
    for (std::size_t i = 0; i < text.size();) {
        const auto [value, length] = decode(text, i);
        if (length == 0) {
            std::snprintf(buffer, sizeof buffer, "\\x%02X", static_cast<unsigned char>(text[i]));
            out += buffer;
            ++i;
            continue;
        }
        if (is_control(value) && value != '\n' && value != '\t') {
            std::snprintf(buffer, sizeof buffer, value < 0x80 ? "\\x%02lX" : "\\u%04lX", value);
            out += buffer;
        } else {
            out.append(text.substr(i, static_cast<std::size_t>(length)));
        }
        i += static_cast<std::size_t>(length);
    }
    return out;
}

std::optional<std::string> unprintable(std::string_view text, bool line_ends) {
    std::size_t character = 0;
    for (std::size_t i = 0; i < text.size(); ++character) {
        const auto [value, length] = decode(text, i);
        const auto where = [&] { return " at character " + std::to_string(character + 1); };
        if (length == 0) return "is not valid UTF-8" + where() + " (save the file as UTF-8)";
        const bool allowed_space = line_ends && (value == '\t' || value == '\n' || value == '\r');
        if (!allowed_space && is_control(value)) return "holds the control character " + code_point(value) + where();
        i += static_cast<std::size_t>(length);
    }
    return std::nullopt;
}

}  // namespace engine
