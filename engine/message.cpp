#include "engine/message.hpp"

namespace engine {

namespace {

const MessageArg* find_arg(const std::vector<MessageArg>& args, std::string_view name) {
    for (const auto& a : args)
        if (a.name == name) return &a;
    return nullptr;
}

// One pass over the template: a value that holds `{…}` is not read again.
std::string fill(std::string_view text, const std::vector<MessageArg>& args, const Message::Wording& word) {
    std::string out;
    std::size_t i = 0;
    while (i < text.size()) {
        const std::size_t open = text.find('{', i);
        const std::size_t close = open == std::string_view::npos ? open : text.find('}', open);
        if (close == std::string_view::npos) break;
        const MessageArg* value = find_arg(args, text.substr(open + 1, close - open - 1));
        out.append(text.substr(i, open - i));
        if (!value) {
            out.append(text.substr(open, close + 1 - open));
        } else if (value->kind == MessageArg::Kind::sentence) {
            out += value->sentence.front().worded(word);
        } else if (value->kind == MessageArg::Kind::value) {
            out += value->text;
        } else {
            out += word(value->kind, value->text);
        }
        i = close + 1;
    }
    out.append(text.substr(i));
    return out;
}

}  // namespace

std::string Message::english() const {
    return worded([](MessageArg::Kind, std::string_view english) { return std::string(english); });
}

std::string Message::worded(const Wording& word) const {
    if (english_.empty()) return {};
    return fill(word(MessageArg::Kind::sentence, english_), args_, word);
}

Message Message::with(MessageArg more) const {
    Message out = *this;
    out.args_.push_back(std::move(more));
    return out;
}

Message key_name(std::string name) { return msg("`{key}`", {arg("key", std::move(name))}); }

Message msg(const char* english, std::vector<MessageArg> args) { return Message(english, std::move(args)); }

Message verbatim(std::string text) { return msg("{text}", {arg("text", std::move(text))}); }

MessageArg arg(std::string_view name, std::string value) {
    return {name, MessageArg::Kind::value, std::move(value), {}};
}

MessageArg arg(std::string_view name, long long value) { return arg(name, std::to_string(value)); }

MessageArg arg(std::string_view name, Message sentence) {
    return {name, MessageArg::Kind::sentence, {}, {std::move(sentence)}};
}

MessageArg scope_arg(std::string_view name, std::string label) {
    return {name, MessageArg::Kind::scope, std::move(label), {}};
}

MessageArg unit_arg(std::string_view name, std::string unit) {
    return {name, MessageArg::Kind::unit, std::move(unit), {}};
}

}  // namespace engine
