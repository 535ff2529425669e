#include "engine/lexer.hpp"

#include "engine/message.hpp"

namespace engine {

namespace {
bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_name_start(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_'; }
bool is_name_char(char c) { return is_name_start(c) || is_digit(c); }
// The multiplication sign × (U+00D7) as METHOD.md writes it, in UTF-8.
constexpr std::string_view times_sign = "\xC3\x97";
// The middle dot · (U+00B7) in a unit: `EUR·hour`.
constexpr std::string_view middle_dot = "\xC2\xB7";
}  // namespace

Token Lexer::make(TokenType type, int start, int length) {
    at_ = start + length;
    return {type, text_.substr(start, length), start, {}};
}

Token Lexer::error(int start, std::string_view message) {
    return {TokenType::error, message, start, {}};
}

void Lexer::skip_space() {
    while (at_ < static_cast<int>(text_.size()) &&
           (text_[at_] == ' ' || text_[at_] == '\t' || text_[at_] == '\n' || text_[at_] == '\r'))
        ++at_;
}

Token Lexer::number(int start) {
    int end = start;
    const int size = static_cast<int>(text_.size());
    while (end < size && is_digit(text_[end])) ++end;
    if (end < size && text_[end] == '.') {
        ++end;
        if (end >= size || !is_digit(text_[end]))
            return error(start, msg_text("a decimal point must be followed by digits"));
        while (end < size && is_digit(text_[end])) ++end;
    }
    if (end < size && text_[end] == '%') ++end;
    if (end < size && is_name_start(text_[end]))
        return error(start, msg_text("a number cannot run into a name; write an operator between them"));
    // A name after a space is the number's unit (no name can follow a number
    // otherwise): `12 month/year`, `0.01 EUR/cent`. It has no spaces in it.
    int unit = end;
    while (unit < size && text_[unit] == ' ') ++unit;
    if (unit == end || unit >= size || !is_name_start(text_[unit])) return make(TokenType::number, start, end - start);
    int unit_end = unit;
    while (unit_end < size && (is_name_char(text_[unit_end]) || text_[unit_end] == '/' ||
                               text_.substr(unit_end).starts_with(middle_dot)))
        unit_end += text_.substr(unit_end).starts_with(middle_dot) ? static_cast<int>(middle_dot.size()) : 1;
    Token token = make(TokenType::number, start, unit_end - start);
    token.text = text_.substr(start, unit_end - start);
    token.unit = text_.substr(unit, unit_end - unit);
    return token;
}

Token Lexer::identifier(int start) {
    int end = start;
    while (end < static_cast<int>(text_.size()) && is_name_char(text_[end])) ++end;
    return make(TokenType::identifier, start, end - start);
}

Token Lexer::next() {
    skip_space();
    const int start = at_;
    if (start >= static_cast<int>(text_.size())) return {TokenType::end, {}, start, {}};
    const char c = text_[start];
    const char after = start + 1 < static_cast<int>(text_.size()) ? text_[start + 1] : '\0';
    if (is_digit(c)) return number(start);
    if (is_name_start(c)) return identifier(start);
    if (text_.substr(start).starts_with(times_sign))
        return make(TokenType::star, start, static_cast<int>(times_sign.size()));
    switch (c) {
        case '(': return make(TokenType::left_paren, start, 1);
        case ')': return make(TokenType::right_paren, start, 1);
        case ',': return make(TokenType::comma, start, 1);
        case '+': return make(TokenType::plus, start, 1);
        case '-': return make(TokenType::minus, start, 1);
        case '*': return make(TokenType::star, start, 1);
        case '/': return make(TokenType::slash, start, 1);
        case '<': return after == '=' ? make(TokenType::less_equal, start, 2)
                                      : make(TokenType::less, start, 1);
        case '>': return after == '=' ? make(TokenType::greater_equal, start, 2)
                                      : make(TokenType::greater, start, 1);
        case '=':
            if (after == '=') return make(TokenType::equal, start, 2);
            return error(start, msg_text("use `==` to compare"));
        case '!':
            if (after == '=') return make(TokenType::not_equal, start, 2);
            return error(start, msg_text("unexpected `!`; use `!=` to compare"));
        default: break;
    }
    return error(start, msg_text("unexpected character"));
}

}  // namespace engine
