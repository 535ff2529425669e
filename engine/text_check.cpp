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

// Marks that change the order in which the text around them is shown: a code
// could read `ABC` on screen and be `CBA` in the file (Trojan Source).
bool is_direction_control(unsigned long value) {
    return value == 0x061C || value == 0x200E || value == 0x200F || (value >= 0x202A && value <= 0x202E) ||
           (value >= 0x2066 && value <= 0x2069);
}

// Characters that show as nothing (or as a blank) in a name: two codes would
// look the same and be different.
bool is_invisible(unsigned long value) {
    return value == 0x00AD || value == 0x034F || value == 0x115F || value == 0x1160 || value == 0x17B4 ||
           value == 0x17B5 || value == 0x180E || (value >= 0x200B && value <= 0x200D) ||
           (value >= 0x2060 && value <= 0x2064) || (value >= 0x206A && value <= 0x206F) || value == 0x3164 ||
           value == 0xFEFF || value == 0xFFA0 || (value >= 0xFFF9 && value <= 0xFFFB) ||
           (value >= 0xE0000 && value <= 0xE007F);
}

// A space that is not the space bar's: `AMB U` and `AMB\u00A0U` look the same.
bool is_other_space(unsigned long value) {
    return value == 0x00A0 || value == 0x1680 || (value >= 0x2000 && value <= 0x200A) || value == 0x2028 ||
           value == 0x2029 || value == 0x202F || value == 0x205F || value == 0x3000;
}

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
        if ((is_control(value) && value != '\n' && value != '\t') || is_direction_control(value) || is_invisible(value)) {
            std::snprintf(buffer, sizeof buffer, value < 0x80 ? "\\x%02lX" : "\\u%04lX", value);
            out += buffer;
        } else {
            out.append(text.substr(i, static_cast<std::size_t>(length)));
        }
        i += static_cast<std::size_t>(length);
    }
    return out;
}

std::string excerpt(std::string_view text) {
    std::size_t end = 0;
    std::size_t characters = 0;
    while (end < text.size() && characters < quoted_characters) {
        const int length = decode(text, end).second;
        end += length == 0 ? 1 : static_cast<std::size_t>(length);
        ++characters;
    }
    std::string out;
    for (const char c : text.substr(0, end)) {
        if (c == '\n') out += "\\n";
        else if (c == '\t') out += "\\t";
        else out += c;
    }
    out = shown(out);
    if (end < text.size()) out += "…";
    return out;
}

namespace {

// The ASCII character `value` is drawn like, or 0: letters of the Cyrillic and
// Greek alphabets that look Latin, dashes, spaces and full-width forms.
char drawn_like(unsigned long value) {
    static const std::pair<unsigned long, char> alike[] = {
        {0x0391, 'A'}, {0x0392, 'B'}, {0x0395, 'E'}, {0x0396, 'Z'}, {0x0397, 'H'}, {0x0399, 'I'}, {0x039A, 'K'},
        {0x039C, 'M'}, {0x039D, 'N'}, {0x039F, 'O'}, {0x03A1, 'P'}, {0x03A4, 'T'}, {0x03A5, 'Y'}, {0x03A7, 'X'},
        {0x03BF, 'o'}, {0x0405, 'S'}, {0x0406, 'I'}, {0x0408, 'J'}, {0x0410, 'A'}, {0x0412, 'B'}, {0x0415, 'E'},
        {0x041A, 'K'}, {0x041C, 'M'}, {0x041D, 'H'}, {0x041E, 'O'}, {0x0420, 'P'}, {0x0421, 'C'}, {0x0422, 'T'},
        {0x0423, 'Y'}, {0x0425, 'X'}, {0x0430, 'a'}, {0x0435, 'e'}, {0x043E, 'o'}, {0x0440, 'p'}, {0x0441, 'c'},
        {0x0443, 'y'}, {0x0445, 'x'}, {0x0455, 's'}, {0x0456, 'i'}, {0x0458, 'j'}, {0x2212, '-'}, {0xFE58, '-'},
        {0xFE63, '-'}};
    for (const auto& [from, to] : alike)
        if (from == value) return to;
    if (value >= 0x2010 && value <= 0x2015) return '-';
    if (is_other_space(value)) return ' ';
    if (value >= 0xFF01 && value <= 0xFF5E) return static_cast<char>(value - 0xFEE0);
    return 0;
}

}  // namespace

std::string look_alike_form(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size();) {
        const auto [value, length] = decode(text, i);
        const std::size_t step = length == 0 ? 1 : static_cast<std::size_t>(length);
        if (const char ascii = length == 0 ? 0 : drawn_like(value)) out += ascii;
        else out.append(text.substr(i, step));
        i += step;
    }
    return out;
}

std::string quote(std::string_view text) { return "`" + excerpt(text) + "`"; }

std::optional<Message> unprintable(std::string_view text, bool line_ends) {
    std::size_t character = 0;
    for (std::size_t i = 0; i < text.size(); ++character) {
        const auto [value, length] = decode(text, i);
        const auto at = arg("at", static_cast<long long>(character + 1));
        if (length == 0) return msg("is not valid UTF-8 at character {at} (save the file as UTF-8)", {at});
        const bool allowed_space = line_ends && (value == '\t' || value == '\n' || value == '\r');
        if (!allowed_space && is_control(value))
            return msg("holds the control character {code} at character {at}", {arg("code", code_point(value)), at});
        if (is_direction_control(value))
            return msg("holds the direction mark {code} at character {at}, which changes the order in which the text is shown",
                       {arg("code", code_point(value)), at});
        if (!line_ends && is_invisible(value))
            return msg("holds the invisible character {code} at character {at}: two names would look the same and differ",
                       {arg("code", code_point(value)), at});
        i += static_cast<std::size_t>(length);
    }
    return std::nullopt;
}

}  // namespace engine
