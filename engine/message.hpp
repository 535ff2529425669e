// A sentence for a user, as data: its English with named placeholders
// (`unknown key {key} in {where}`), which is also its key in a translation
// catalog, and the values that fill them. The engine and the domain say what
// is wrong with a Message; the reports word it in the reader's language
// (tariffs/reports/i18n), so no layer below them builds sentences from
// fragments, and a test finds every message's English in the code (`msg("…")`)
// and checks that the catalog has it.
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace engine {

class Message;

// What fills one placeholder: a value shown as it is (a name, a number, a
// file), a label the catalog translates in its own table (a scope such as
// `product VBL`, a unit such as `EUR/month`), or a message of its own (worded
// in the same language as the sentence it is in).
struct MessageArg {
    enum class Kind { value, scope, unit, sentence };
    std::string_view name;
    Kind kind = Kind::value;
    std::string text;                // value, scope, unit
    std::vector<Message> sentence;   // sentence: exactly one
};

class Message {
public:
    Message() = default;

    // The English, a string literal with static storage.
    std::string_view english_template() const { return english_; }
    const std::vector<MessageArg>& args() const { return args_; }
    bool empty() const { return english_.empty(); }
    // The same message with one more placeholder's value.
    Message with(MessageArg more) const;

    // The sentence in English, filled in.
    std::string english() const;

    // The sentence with each template and label worded by `word`:
    // `word(kind, english)` returns the wording to use (the English itself when
    // the catalog has none). Placeholders are filled after wording.
    using Wording = std::function<std::string(MessageArg::Kind, std::string_view)>;
    std::string worded(const Wording& word) const;

    friend bool operator==(const Message& a, const Message& b) { return a.english() == b.english(); }
    friend bool operator<(const Message& a, const Message& b) { return a.english() < b.english(); }

private:
    friend Message msg(const char* english, std::vector<MessageArg> args);
    friend Message verbatim(std::string text);
    Message(std::string_view english, std::vector<MessageArg> args) : english_(english), args_(std::move(args)) {}

    std::string_view english_;
    std::vector<MessageArg> args_;
};

// The one way to make a message: `msg("the file is empty")`,
// `msg("unknown key {key}", {arg("key", name)})`. `english` must be a string
// literal: it is the message's key, and the catalog test reads it from here.
Message msg(const char* english, std::vector<MessageArg> args = {});

// A message's English marked where it is kept for a msg() made later (a
// lexer's error token): the catalog test finds it as it finds msg("…").
constexpr const char* msg_text(const char* english) { return english; }

// A text that no catalog words: a library's or the system's own message
// (yaml-cpp's reason, strerror), shown as it is. Say in a msg() what it is.
Message verbatim(std::string text);

// The values of placeholders.
MessageArg arg(std::string_view name, std::string value);
MessageArg arg(std::string_view name, long long value);
MessageArg arg(std::string_view name, Message sentence);
MessageArg scope_arg(std::string_view name, std::string label);
MessageArg unit_arg(std::string_view name, std::string unit);

// A key of a file as a message names it: `` `places` ``.
Message key_name(std::string name);

}  // namespace engine
