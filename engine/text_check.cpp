#include "engine/text_check.hpp"

#include <cstdio>

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

}  // namespace

std::optional<std::string> unprintable(std::string_view text, bool line_ends) {
    std::size_t character = 0;
    for (std::size_t i = 0; i < text.size(); ++character) {
        const auto lead = static_cast<unsigned char>(text[i]);
        const int length = sequence_length(lead);
        const std::string where = " at character " + std::to_string(character + 1);
        if (length == 0 || i + static_cast<std::size_t>(length) > text.size())
            return "is not valid UTF-8" + where + " (save the file as UTF-8)";
        unsigned long value = length == 1 ? lead : lead & (0xFFu >> (length + 1));
        for (int k = 1; k < length; ++k) {
            const auto next = static_cast<unsigned char>(text[i + static_cast<std::size_t>(k)]);
            if ((next & 0xC0) != 0x80) return "is not valid UTF-8" + where + " (save the file as UTF-8)";
            value = (value << 6) | (next & 0x3F);
        }
        const bool overlong = (length == 3 && value < 0x800) || (length == 4 && value < 0x10000);
        if (overlong || (value >= 0xD800 && value <= 0xDFFF) || value > 0x10FFFF)
            return "is not valid UTF-8" + where + " (save the file as UTF-8)";
        const bool allowed_space = value == '\t' || (line_ends && (value == '\n' || value == '\r'));
        if (!allowed_space && (value < 0x20 || (value >= 0x7F && value <= 0x9F)))
            return "holds the control character " + code_point(value) + where;
        i += static_cast<std::size_t>(length);
    }
    return std::nullopt;
}

}  // namespace engine
