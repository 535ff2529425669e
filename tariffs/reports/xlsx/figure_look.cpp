#include "tariffs/reports/xlsx/figure_look.hpp"

#include <algorithm>

namespace tariffs::xlsx {

namespace {

bool ends_with(const std::string& text, const std::string& end) {
    return text.size() >= end.size() && text.compare(text.size() - end.size(), end.size(), end) == 0;
}

}  // namespace

bool FigureLook::is_money(const engine::Scope& scope, std::string_view name) const {
    return cost_.unit_shown(scope, name).rfind("EUR", 0) == 0;
}

std::string FigureLook::unit_of(const engine::Derivation& figure) const {
    return locale_.unit_of_measure(cost_.unit_shown(*figure.scope, figure.name()));
}

// By its unit of measure, not by how many decimals it has: a share of 0.75 is no amount.
lxw_format* FigureLook::input(const engine::Derivation& value) const {
    const std::string& text = value.definition->text;
    if (!text.empty() && text.back() == '%') return formats_.percent_of(value.value, true);
    if (is_money(*value.scope, value.name())) return formats_.money_of(value.value, true);
    return formats_.number_of(value.value, true);
}

lxw_format* FigureLook::rule(const engine::Derivation& rule) const {
    const auto& rounding = rule.definition->rounding;
    const bool money = is_money(*rule.scope, rule.name());
    if (rounding && rounding->places) {
        const int places = *rounding->places;
        return money ? formats_.money_places(std::max(places, 2), std::max(places, 2)) : formats_.number(places, places);
    }
    if (money) return formats_.money;
    const std::string name(rule.name());
    if (ends_with(name, "_share") || ends_with(name, "_rate")) return formats_.percent(2);
    return formats_.number(2, 4);
}

}  // namespace tariffs::xlsx
