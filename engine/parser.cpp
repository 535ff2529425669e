#include "engine/parser.hpp"

#include "engine/diagnostic.hpp"
#include "engine/lexer.hpp"
#include "engine/measure_unit.hpp"
#include "engine/text_check.hpp"

#include <algorithm>
#include <array>
#include <string>

namespace engine {

namespace {

enum Precedence { none = 0, comparison = 1, term = 2, factor = 3, unary = 4 };

Precedence infix_precedence(TokenType type) {
    switch (type) {
        case TokenType::less: case TokenType::less_equal: case TokenType::greater:
        case TokenType::greater_equal: case TokenType::equal: case TokenType::not_equal:
            return comparison;
        case TokenType::plus: case TokenType::minus: return term;
        case TokenType::star: case TokenType::slash: return factor;
        default: return none;
    }
}

BinaryOp binary_op(TokenType type) {
    switch (type) {
        case TokenType::plus: return BinaryOp::add;
        case TokenType::minus: return BinaryOp::subtract;
        case TokenType::star: return BinaryOp::multiply;
        case TokenType::slash: return BinaryOp::divide;
        case TokenType::less: return BinaryOp::less;
        case TokenType::less_equal: return BinaryOp::less_equal;
        case TokenType::greater: return BinaryOp::greater;
        case TokenType::greater_equal: return BinaryOp::greater_equal;
        case TokenType::equal: return BinaryOp::equal;
        default: return BinaryOp::not_equal;
    }
}

struct FunctionInfo {
    std::string_view name;
    Function function;
    int min_args;
    int max_args;  // -1: any number
};

constexpr std::array functions{
    FunctionInfo{"if", Function::if_, 3, 3},      FunctionInfo{"min", Function::min, 2, -1},
    FunctionInfo{"max", Function::max, 2, -1},    FunctionInfo{"round", Function::round, 2, 3},
    FunctionInfo{"round_to", Function::round_to, 2, 3}, FunctionInfo{"sum", Function::sum, 2, 2},
    FunctionInfo{"abs", Function::abs, 1, 1},
};

const FunctionInfo* find_function(std::string_view name) {
    for (const auto& info : functions)
        if (info.name == name) return &info;
    return nullptr;
}

class Parser {
public:
    Parser(std::string_view text, const TextPlaces& places) : lexer_(text), places_(places) {
        advance();
    }

    std::unique_ptr<Expr> formula() {
        if (current_.type == TokenType::end) fail(current_, msg("the formula is empty"));
        auto expr = parse(comparison);
        if (current_.type != TokenType::end) {
            if (infix_precedence(current_.type) == comparison)
                fail(current_, msg("comparisons do not chain; use parentheses or if()"));
            fail(current_, msg("unexpected `{token}` after a complete formula", {arg("token", std::string(current_.text))}));
        }
        return expr;
    }

private:
    [[noreturn]] void fail(const Token& at, Message message) {
        throw InputError(position(at), message);
    }

    static Message too_deep() {
        return msg("the formula nests more than {count} levels deep; split it into rules",
                   {arg("count", static_cast<long long>(max_formula_height))});
    }

    SourcePos position(const Token& token) const { return places_.at(token.offset); }

    void advance() {
        previous_ = current_;
        current_ = lexer_.next();
        if (current_.type == TokenType::error) fail(current_, msg(current_.text.data()));  // a msg_text
    }

    void expect(TokenType type, Message what) {
        if (current_.type != type) fail(current_, msg("expected {what}{found}", {arg("what", std::move(what)), arg("found", describe_found())}));
        advance();
    }

    Message describe_found() const {
        if (current_.type == TokenType::end) return msg(" but the formula ends");
        return msg(" but found `{token}`", {arg("token", std::string(current_.text))});
    }

    std::unique_ptr<Expr> node(ExprKind kind, const Token& at) {
        auto expr = std::make_unique<Expr>();
        expr->kind = kind;
        expr->pos = position(at);
        expr->begin = at.offset;
        return expr;
    }

    // Closes a node after its last token: its span, and its height, which is
    // refused past the limit.
    std::unique_ptr<Expr> finish(std::unique_ptr<Expr> expr, const Token& at) {
        expr->end = previous_.offset + static_cast<int>(previous_.text.size());
        for (const auto& operand : expr->operands) expr->height = std::max(expr->height, operand->height + 1);
        if (expr->height > max_formula_height)
            fail(at, too_deep());
        return expr;
    }

    // Parses operators that bind at least as tightly as `min_precedence`.
    std::unique_ptr<Expr> parse(Precedence min_precedence) {
        // Parentheses and unary minus recurse; bound them before the stack is at risk.
        if (++nesting_ > max_formula_height)
            fail(current_, too_deep());
        struct Leave {
            int& nesting;
            ~Leave() { --nesting; }
        } leave{nesting_};
        auto left = prefix();
        for (;;) {
            const Precedence precedence = infix_precedence(current_.type);
            if (precedence == none || precedence < min_precedence) return left;
            const Token op = current_;
            advance();
            // Left associative: the right side binds one level tighter. Comparisons
            // take a sum on the right, so `a < b < c` is refused by formula().
            auto right = parse(static_cast<Precedence>(precedence + 1));
            auto binary = node(ExprKind::binary, op);
            binary->op = binary_op(op.type);
            binary->begin = left->begin;
            binary->operands.push_back(std::move(left));
            binary->operands.push_back(std::move(right));
            left = finish(std::move(binary), op);
            if (precedence == comparison) return left;
        }
    }

    std::unique_ptr<Expr> prefix() {
        const Token token = current_;
        switch (token.type) {
            case TokenType::number: return number(token);
            case TokenType::identifier: return name_or_call(token);
            case TokenType::minus: {
                advance();
                auto negate = node(ExprKind::negate, token);
                negate->operands.push_back(parse(unary));
                return finish(std::move(negate), token);
            }
            case TokenType::left_paren: {
                advance();
                auto inner = parse(comparison);
                expect(TokenType::right_paren, msg("`)`"));
                return inner;
            }
            case TokenType::end: fail(token, msg("the formula ends where a value was expected"));
            default: fail(token, msg("expected a value but found `{token}`", {arg("token", std::string(token.text))}));
        }
    }

    std::unique_ptr<Expr> number(const Token& token) {
        auto literal = node(ExprKind::literal, token);
        auto value = Number::parse(token.number());
        if (!value) fail(token, msg("not a number: `{text}`", {arg("text", std::string(token.number()))}));
        if (!token.unit.empty() && !MeasureUnit::parse(token.unit))
            fail(token, msg("{unit} is not a unit: names joined by / or ·, such as month/year", {arg("unit", quote(token.unit))}));
        literal->value = *value;
        literal->unit = std::string(token.unit);
        advance();
        return finish(std::move(literal), token);
    }

    std::unique_ptr<Expr> name_or_call(const Token& token) {
        advance();
        if (current_.type != TokenType::left_paren) {
            auto name = node(ExprKind::name, token);
            name->name = std::string(token.text);
            name->symbol = intern(token.text);
            return finish(std::move(name), token);
        }
        const FunctionInfo* info = find_function(token.text);
        if (!info)
            fail(token, msg("unknown function `{name}`; the functions are if, min, max, round, round_to, sum and abs",
                            {arg("name", std::string(token.text))}));
        return call(token, *info);
    }

    std::unique_ptr<Expr> call(const Token& token, const FunctionInfo& info) {
        auto call = node(ExprKind::call, token);
        call->function = info.function;
        advance();  // (
        if (current_.type != TokenType::right_paren) {
            do {
                if (argument_count(*call) > 0) advance();  // ,
                argument(*call);
            } while (current_.type == TokenType::comma);
        }
        expect(TokenType::right_paren, msg("`)` or `,` in the arguments of `{function}`", {arg("function", std::string(info.name))}));
        check_arity(token, info, argument_count(*call));
        return finish(std::move(call), token);
    }

    static int argument_count(const Expr& call) {
        return static_cast<int>(call.operands.size()) + (call.mode ? 1 : 0) + (call.name.empty() ? 0 : 1);
    }

    // The third argument of round and round_to names a rounding mode; the first
    // of sum names a collection. Both are names, not values.
    void argument(Expr& call) {
        const int index = argument_count(call);
        const bool is_rounding = call.function == Function::round || call.function == Function::round_to;
        if (is_rounding && index == 2) {
            const Token token = current_;
            if (token.type != TokenType::identifier)
                fail(token, msg("expected a rounding mode (half_up, half_even, half_down, up, down, ceiling, floor)"));
            call.mode = parse_rounding_mode(token.text);
            if (!call.mode)
                fail(token, msg("unknown rounding mode `{mode}`; the modes are half_up, half_even, half_down, up, down, ceiling, floor",
                                {arg("mode", std::string(token.text))}));
            advance();
            return;
        }
        if (call.function == Function::sum && index == 0) {
            const Token token = current_;
            if (token.type != TokenType::identifier) fail(token, msg("sum() takes a collection name first"));
            call.name = std::string(token.text);
            call.symbol = intern(token.text);
            advance();
            return;
        }
        call.operands.push_back(parse(comparison));
    }

    void check_arity(const Token& token, const FunctionInfo& info, int count) {
        if (count >= info.min_args && (info.max_args < 0 || count <= info.max_args)) return;
        const Message expected =
            info.max_args < 0 ? msg("at least {low}", {arg("low", info.min_args)})
            : info.max_args != info.min_args ? msg("{low} or {high}", {arg("low", info.min_args), arg("high", info.max_args)})
                                             : msg("{low}", {arg("low", info.min_args)});
        fail(token, msg("`{function}` takes {expected} arguments, not {count}",
                        {arg("function", std::string(info.name)), arg("expected", expected), arg("count", count)}));
    }

    Lexer lexer_;
    const TextPlaces& places_;
    int nesting_ = 0;
    Token current_;
    Token previous_;
};

}  // namespace

std::unique_ptr<Expr> parse_formula(std::string_view text, const TextPlaces& places) {
    Parser parser(text, places);
    return parser.formula();
}

std::string_view to_string(BinaryOp op) {
    static constexpr std::array names{"+", "-", "*", "/", "<", "<=", ">", ">=", "==", "!="};
    return names[static_cast<int>(op)];
}

std::string_view to_string(Function function) {
    for (const auto& info : functions)
        if (info.function == function) return info.name;
    return "?";
}

}  // namespace engine
