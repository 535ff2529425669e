#include "engine/yaml_text.hpp"

namespace engine {

namespace {

// The 1-based line and column of byte `at`.
TextProblem located(std::string_view text, std::size_t at, Message message) {
    TextProblem problem;
    problem.message = std::move(message);
    for (std::size_t i = 0; i < at && i < text.size(); ++i) {
        if (text[i] == '\n') {
            ++problem.line;
            problem.column = 1;
        } else if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
            ++problem.column;  // count characters, not the continuation bytes of UTF-8
        }
    }
    return problem;
}

}  // namespace

std::optional<TextProblem> unreadable_text(std::string_view text) {
    if (const std::size_t nul = text.find('\0'); nul != std::string_view::npos)
        return located(text, nul, msg("the file holds a NUL byte: it is not a text file (save it as UTF-8 text)"));
    const std::size_t cr = text.find('\r');
    if (cr != std::string_view::npos && (cr + 1 == text.size() || text[cr + 1] != '\n') &&
        text.find('\n') == std::string_view::npos)
        return TextProblem{1, 1,
                           msg("the file ends its lines with a carriage return only (old Mac line ends); "
                               "save it with LF or CRLF line ends")};
    return std::nullopt;
}

std::optional<TextProblem> tab_indentation(std::string_view text, int error_line) {
    int line = 0;
    for (std::size_t start = 0; start < text.size() && line <= error_line; ++line) {
        std::size_t end = text.find('\n', start);
        if (end == std::string_view::npos) end = text.size();
        std::size_t i = start;
        while (i < end && (text[i] == ' ' || text[i] == '\t')) ++i;
        const bool content = i < end && text[i] != '#' && text[i] != '\r';
        if (content && text.substr(start, i - start).find('\t') != std::string_view::npos)
            return TextProblem{line + 1, 1, msg("a tab indents this line; YAML indents with spaces only")};
        start = end + 1;
    }
    return std::nullopt;
}

bool quote_is_closed(std::string_view text, std::size_t start) {
    if (start >= text.size()) return true;
    const char quote = text[start];
    for (std::size_t i = start + 1; i < text.size(); ++i) {
        if (quote == '"' && text[i] == '\\') {
            ++i;  // an escape: the next character is not the end
        } else if (text[i] == quote) {
            if (quote == '\'' && i + 1 < text.size() && text[i + 1] == '\'') ++i;  // '' is a quote inside
            else return true;
        }
    }
    return false;
}

}  // namespace engine
