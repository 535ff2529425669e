#include "tariffs/checks/csv_encoding.hpp"

#include "engine/diagnostic.hpp"

#include <array>
#include <cstdio>

namespace tariffs {

namespace {

// The length of the valid UTF-8 sequence at `text[i]`, or 0 when none starts there.
std::size_t utf8_length(std::string_view text, std::size_t i) {
    const auto lead = static_cast<unsigned char>(text[i]);
    std::size_t length = 0;
    unsigned long value = 0;
    if (lead < 0x80) return 1;
    if (lead >= 0xC2 && lead <= 0xDF) {
        length = 2;
        value = lead & 0x1F;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        length = 3;
        value = lead & 0x0F;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        length = 4;
        value = lead & 0x07;
    } else {
        return 0;
    }
    if (i + length > text.size()) return 0;
    for (std::size_t k = 1; k < length; ++k) {
        const auto next = static_cast<unsigned char>(text[i + k]);
        if ((next & 0xC0) != 0x80) return 0;
        value = (value << 6) | (next & 0x3F);
    }
    const bool overlong = (length == 3 && value < 0x800) || (length == 4 && value < 0x10000);
    if (overlong || (value >= 0xD800 && value <= 0xDFFF) || value > 0x10FFFF) return 0;
    return length;
}

struct Utf8Survey {
    bool valid = true;      // every byte is part of a UTF-8 character
    bool multibyte = false;  // at least one character of two or more bytes
};

Utf8Survey survey(std::string_view text) {
    Utf8Survey result;
    for (std::size_t i = 0; i < text.size();) {
        const std::size_t length = utf8_length(text, i);
        if (length == 0) {
            result.valid = false;
            ++i;
            continue;
        }
        if (length > 1) result.multibyte = true;
        i += length;
    }
    return result;
}

// Windows-1252's characters for the bytes 0x80-0x9F (0: not defined); the
// bytes 0xA0-0xFF are the code points U+00A0-U+00FF.
constexpr std::array<char32_t, 32> windows_1252_high{
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

void append_utf8(char32_t c, std::string& out) {
    if (c < 0x80) {
        out += static_cast<char>(c);
    } else if (c < 0x800) {
        out += static_cast<char>(0xC0 | (c >> 6));
        out += static_cast<char>(0x80 | (c & 0x3F));
    } else {
        out += static_cast<char>(0xE0 | (c >> 12));
        out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (c & 0x3F));
    }
}

[[noreturn]] void refuse_byte(std::string_view text, std::size_t at, engine::FileName file) {
    int line = 1;
    int column = 1;
    for (std::size_t i = 0; i < at; ++i) {
        if (text[i] == '\n' || (text[i] == '\r' && (i + 1 == text.size() || text[i + 1] != '\n'))) {
            ++line;
            column = 1;
        } else if (text[i] != '\r') {
            ++column;  // a Windows-1252 character is one byte
        }
    }
    char byte[8];
    std::snprintf(byte, sizeof byte, "0x%02X", static_cast<unsigned char>(text[at]));
    throw engine::InputError(engine::SourcePos{file, line, column},
                             engine::msg("the file is neither UTF-8 nor Windows-1252 text (the byte {byte} is "
                                         "neither); save it as CSV UTF-8",
                                         {engine::arg("byte", std::string(byte))}));
}

}  // namespace

std::optional<std::string> from_windows_1252(std::string_view text, engine::FileName file) {
    const Utf8Survey utf8 = survey(text);
    if (utf8.valid || utf8.multibyte) return std::nullopt;
    std::string decoded;
    decoded.reserve(text.size() + text.size() / 8);
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto byte = static_cast<unsigned char>(text[i]);
        if (byte < 0x80) {
            decoded += static_cast<char>(byte);
            continue;
        }
        const char32_t c = byte < 0xA0 ? windows_1252_high[byte - 0x80] : char32_t(byte);
        if (c == 0) refuse_byte(text, i, file);
        append_utf8(c, decoded);
    }
    return decoded;
}

}  // namespace tariffs
