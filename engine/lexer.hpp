// Splits a formula into tokens.
#pragma once

#include "engine/source.hpp"

#include <string_view>

namespace engine {

enum class TokenType {
    number, identifier, left_paren, right_paren, comma,
    plus, minus, star, slash, less, less_equal, greater, greater_equal, equal, not_equal,
    end, error,
};

struct Token {
    TokenType type = TokenType::end;
    std::string_view text;  // for error tokens: the message's English (a msg_text); for a number, its unit too
    int offset = 0;         // in the formula text, 0-based
    std::string_view unit;  // a number's unit, written after it: `12 month/year`
    std::string_view number() const { return unit.empty() ? text : text.substr(0, text.find(' ')); }
};

class Lexer {
public:
    explicit Lexer(std::string_view text) : text_(text) {}
    Token next();

private:
    Token make(TokenType type, int start, int length);
    Token error(int start, std::string_view message);
    Token number(int start);
    Token identifier(int start);
    void skip_space();

    std::string_view text_;
    int at_ = 0;
};

}  // namespace engine
