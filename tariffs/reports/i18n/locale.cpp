#include "tariffs/reports/i18n/locale.hpp"
#include "tariffs/reports/i18n/dutch_texts.hpp"

#include <map>

namespace tariffs {

namespace {

// `1234567.891` → `1.234.567,891` (Dutch) or `1,234,567.891` (English)
std::string grouped_digits(std::string_view decimal, char group, char point_mark) {
    const std::size_t point = decimal.find('.');
    const std::string_view whole = decimal.substr(0, point);
    std::string out;
    for (std::size_t i = 0; i < whole.size(); ++i) {
        if (i > 0 && (whole.size() - i) % 3 == 0) out += group;
        out += whole[i];
    }
    if (point != std::string_view::npos) out += point_mark + std::string(decimal.substr(point + 1));
    return out;
}

std::string dutch_digits(std::string_view decimal) { return grouped_digits(decimal, '.', ','); }

// Splits `≈-12.5` into its marks (`≈-`) and its digits (`12.5`).
std::pair<std::string, std::string_view> split_marks(std::string_view text) {
    std::string marks;
    while (!text.empty()) {
        if (text.starts_with("≈")) {
            marks += "≈";
            text.remove_prefix(std::string_view("≈").size());
        } else if (text.front() == '-' || text.front() == '+' || text.front() == ' ') {
            if (text.front() != ' ') marks += text.front();
            text.remove_prefix(1);
        } else {
            break;
        }
    }
    return {marks, text};
}

bool is_number(std::string_view text) {
    if (text.empty()) return false;
    for (char c : text)
        if (!(c >= '0' && c <= '9') && c != '.') return false;
    return true;
}

}  // namespace

std::string Locale::number(std::string_view decimal) const {
    if (!dutch && !group_thousands) return std::string(decimal);
    if (decimal.size() > 1 && decimal.back() == '%') return number(decimal.substr(0, decimal.size() - 1)) + "%";
    auto [marks, digits] = split_marks(decimal);
    if (!is_number(digits)) return std::string(decimal);
    if (marks.starts_with("≈")) marks.insert(std::string_view("≈").size(), " ");  // `≈ 12,5`, as written
    return marks + (dutch ? dutch_digits(digits) : grouped_digits(digits, ',', '.'));
}

std::string Locale::money(std::string_view decimal) const {
    if (!dutch) return number(decimal);
    auto [marks, digits] = split_marks(decimal);
    if (!is_number(digits)) return std::string(decimal);
    // `≈ € -1.234,56`: the approximation mark first, then the euro sign, then the sign.
    std::string approximate, sign;
    if (marks.starts_with("≈")) {
        approximate = "≈ ";
        marks.erase(0, std::string_view("≈").size());
    }
    sign = marks;
    return approximate + "€ " + sign + dutch_digits(digits);
}

std::string replace_all(std::string text, std::string_view from, std::string_view to) {
    for (std::size_t at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size()))
        text.replace(at, from.size(), to);
    return text;
}

std::string capitalised(std::string text) {
    if (!text.empty() && text[0] >= 'a' && text[0] <= 'z') text[0] = static_cast<char>(text[0] - 'a' + 'A');
    return text;
}

std::string Locale::scope(const std::string& label) const {
    if (!dutch) return label;
    static const std::pair<std::string_view, std::string_view> prefixes[] = {
        {"staff mix of ", "personeelsmix van "}, {"staff level ", "functieniveau "}, {"product ", "product "},
        {"kind ", "soort "},  {"the model", "het model"}, {"standard method", "standaardmethode"}, {"method ", "methode "}, {"model", "model"}};
    for (const auto& [english, dutch_prefix] : prefixes)
        if (label.rfind(english, 0) == 0) {
            std::string rest = label.substr(english.size());
            if (english == "kind ") rest = text(rest);  // `soort groep`
            return std::string(dutch_prefix) + rest;
        }
    return label;
}

std::string Locale::unit_of_measure(std::string_view unit) const {
    if (!dutch) return std::string(unit);
    static const std::map<std::string_view, std::string_view> words{
        {"year", "jaar"},   {"month", "maand"},     {"week", "week"},   {"day", "dag"},
        {"hour", "uur"},    {"minute", "minuut"},   {"daypart", "dagdeel"}, {"etmaal", "etmaal"},
        {"piece", "stuk"},  {"place", "plaats"},    {"person", "persoon"},  {"FTE", "fte"},
        {"client", "cliënt"}, {"group", "groep"}};
    std::string out, word;
    const auto flush = [&] {
        auto it = words.find(word);
        out += it == words.end() ? word : std::string(it->second);
        word.clear();
    };
    for (char c : unit) {
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
            word += c;
        } else {
            flush();
            out += c;
        }
    }
    flush();
    return out;
}

std::string Locale::kind(std::string_view name) const {
    for (const char* known : {"individual", "group", "residential"})
        if (name == known) return text(known);
    return std::string(name);
}

std::string Locale::say(const engine::Message& message) const {
    using Kind = engine::MessageArg::Kind;
    return message.worded([this](Kind kind, std::string_view english) {
        switch (kind) {
            case Kind::scope: return scope(std::string(english));
            case Kind::unit: return unit_of_measure(english);
            default: return text(english);
        }
    });
}

std::string Locale::diagnostic(const engine::Diagnostic& diagnostic, std::string_view severity) const {
    return diagnostic.pos.to_string() + ": " + text(severity) + ": " + say(diagnostic.message);
}

std::string Locale::text(std::string_view english) const {
    if (!dutch) return std::string(english);
    auto it = dutch_texts().find(english);
    return it == dutch_texts().end() ? std::string(english) : std::string(it->second);
}

std::string Locale::text(std::string_view english,
                         std::initializer_list<std::pair<std::string_view, std::string>> values) const {
    std::string filled = text(english);
    for (const auto& [placeholder, value] : values) filled = replace_all(std::move(filled), placeholder, value);
    return filled;
}

}  // namespace tariffs
