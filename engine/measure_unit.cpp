#include "engine/measure_unit.hpp"

#include <algorithm>
#include <cctype>

namespace engine {

namespace {

// The middle dot `·` in UTF-8: a product of units.
constexpr std::string_view middle_dot = "\xC2\xB7";

bool name_start(char c) { return std::isalpha(static_cast<unsigned char>(c)) || c == '_'; }
bool name_char(char c) { return name_start(c) || std::isdigit(static_cast<unsigned char>(c)); }

// Upper-case names (EUR, FTE) before lower-case ones (hour, year): EUR/hour.
bool before(const std::string& a, const std::string& b) {
    const bool upper_a = std::isupper(static_cast<unsigned char>(a[0])), upper_b = std::isupper(static_cast<unsigned char>(b[0]));
    return upper_a != upper_b ? upper_a : a < b;
}

std::string joined(const std::vector<std::pair<std::string, int>>& powers, int sign) {
    std::string text;
    int count = 0;
    for (const auto& [name, power] : powers) {
        if ((power > 0) != (sign > 0)) continue;
        if (count++) text += middle_dot;
        text += name;
        const int magnitude = power * sign;
        if (magnitude != 1) text += "^" + std::to_string(magnitude);
    }
    return count > 1 && sign < 0 ? "(" + text + ")" : text;
}

}  // namespace

bool is_unit_name(std::string_view text) {
    if (text.empty() || text.size() > max_unit_name_characters || !name_start(text[0])) return false;
    return std::all_of(text.begin(), text.end(), name_char);
}

std::optional<MeasureUnit> MeasureUnit::parse(std::string_view text, const std::vector<std::string>& counts) {
    MeasureUnit unit;
    int sign = 1;
    std::size_t at = 0;
    while (true) {
        std::size_t end = at;
        while (end < text.size() && name_char(text[end])) ++end;
        const std::string_view name = text.substr(at, end - at);
        if (name == "1") {
            if (sign < 0) return std::nullopt;  // `x/1` says nothing
        } else {
            if (!is_unit_name(name)) return std::nullopt;
            if (std::find(counts.begin(), counts.end(), name) == counts.end()) unit.add(std::string(name), sign);
        }
        if (end == text.size()) return unit;
        if (text[end] == '/') {
            sign = -1;
            at = end + 1;
        } else if (text.substr(end).starts_with(middle_dot)) {
            at = end + middle_dot.size();
        } else {
            return std::nullopt;
        }
    }
}

void MeasureUnit::add(const std::string& name, int power) {
    auto it = std::find_if(powers_.begin(), powers_.end(), [&](const auto& p) { return p.first == name; });
    if (it == powers_.end()) {
        it = std::find_if(powers_.begin(), powers_.end(), [&](const auto& p) { return before(name, p.first); });
        powers_.insert(it, {name, power});
        return;
    }
    it->second += power;
    if (it->second == 0) powers_.erase(it);
}

MeasureUnit MeasureUnit::times(const MeasureUnit& other) const {
    MeasureUnit product = *this;
    for (const auto& [name, power] : other.powers_) product.add(name, power);
    return product;
}

MeasureUnit MeasureUnit::over(const MeasureUnit& other) const {
    MeasureUnit quotient = *this;
    for (const auto& [name, power] : other.powers_) quotient.add(name, -power);
    return quotient;
}

std::string MeasureUnit::to_string() const {
    if (powers_.empty()) return "1";
    const std::string top = joined(powers_, 1), bottom = joined(powers_, -1);
    if (bottom.empty()) return top;
    return (top.empty() ? "1" : top) + "/" + bottom;
}

}  // namespace engine
