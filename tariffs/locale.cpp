#include "tariffs/locale.hpp"

#include <map>

namespace tariffs {

namespace {

// `1234567.891` → `1.234.567,891`
std::string dutch_digits(std::string_view decimal) {
    const std::size_t point = decimal.find('.');
    const std::string_view whole = decimal.substr(0, point);
    std::string out;
    for (std::size_t i = 0; i < whole.size(); ++i) {
        if (i > 0 && (whole.size() - i) % 3 == 0) out += '.';
        out += whole[i];
    }
    if (point != std::string_view::npos) out += "," + std::string(decimal.substr(point + 1));
    return out;
}

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

const std::map<std::string_view, std::string_view>& dutch_texts() {
    static const std::map<std::string_view, std::string_view> texts{
        {"code", "code"},
        {"name", "naam"},
        {"kind", "soort"},
        {"unit", "eenheid"},
        {"iJw", "iJw"},
        {"category", "categorie"},
        {"tariff", "tarief"},
        {"per", "per"},
        {"staff cost", "personeelskosten"},
        {"client cost", "cliëntgebonden kosten"},
        {"overhead", "overhead"},
        {"risk", "risico-opslag"},
        {"price sheet", "tarievenlijst"},
        {"individual", "individueel"},
        {"group", "groep"},
        {"residential", "verblijf"},
        {"hour", "uur"},
        {"minute", "minuut"},
        {"daypart", "dagdeel"},
        {"etmaal", "etmaal"},
        {"year", "jaar"},
        {"index %", "index %"},
        {"total", "totaal"},
        {"frame", "kader"},
        {"headroom", "ruimte"},
        {"availability", "beschikbaarheid"},
        {"municipality", "gemeente"},
        {"weight", "gewicht"},
        {"exact share", "exact aandeel"},
        {"amount", "bedrag"},
        {"cent", "cent"},
        {"premium", "premie"},
        {"use", "gebruik"},
        {"under-use", "onderbesteding"},
        {"refund", "teruggave"},
        {"deficit", "tekort"},
        {"provider", "aanbieder"},
        {"volume", "volume"},
        {"budgets", "budgetten"},
        {"allocation", "verdeling"},
        {"indexed tariffs", "geïndexeerde tarieven"},
        {"OVER FRAME", "BOVEN KADER"},
        {"build-up per", "opbouw per"},
    };
    return texts;
}

}  // namespace

std::string Locale::number(std::string_view decimal) const {
    if (!dutch) return std::string(decimal);
    auto [marks, digits] = split_marks(decimal);
    if (!is_number(digits)) return std::string(decimal);
    return marks + dutch_digits(digits);
}

std::string Locale::money(std::string_view decimal) const {
    if (!dutch) return std::string(decimal);
    auto [marks, digits] = split_marks(decimal);
    if (!is_number(digits)) return std::string(decimal);
    // `≈ € -1.234,56`: the approximation mark first, then the euro sign, then the sign.
    std::string approximate, sign;
    if (marks.starts_with("≈")) {
        approximate = "≈";
        marks.erase(0, std::string_view("≈").size());
    }
    sign = marks;
    return approximate + "€ " + sign + dutch_digits(digits);
}

std::string Locale::text(std::string_view english) const {
    if (!dutch) return std::string(english);
    auto it = dutch_texts().find(english);
    return it == dutch_texts().end() ? std::string(english) : std::string(it->second);
}

}  // namespace tariffs
