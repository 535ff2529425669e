// How a figure of the model shows in a cell: money in euros (by its unit of
// measure), a share or rate as a percentage, a value rounded by its rule with
// the rule's decimals; an input with an input's fill; and the unit beside it.
#pragma once

#include "engine/derivation.hpp"
#include "engine/scope.hpp"
#include "tariffs/pricing/cost_model.hpp"
#include "tariffs/reports/i18n/locale.hpp"
#include "tariffs/reports/xlsx/formats.hpp"

#include <string>
#include <string_view>

namespace tariffs::xlsx {

class FigureLook {
public:
    FigureLook(CostModel& cost, const Locale& locale, Formats& formats)
        : cost_(cost), locale_(locale), formats_(formats) {}

    // Whether the figure is an amount of money (its unit is EUR or EUR per something).
    bool is_money(const engine::Scope& scope, std::string_view name) const;
    // The unit beside a figure (`EUR/year`, in Dutch `EUR/jaar`); empty for a pure number.
    std::string unit_of(const engine::Derivation& figure) const;
    // An input value: a percentage as the model writes one (`8%`), money in
    // euros, any other number with the decimals it has; each with an input's fill.
    lxw_format* input(const engine::Derivation& value) const;
    // A computed figure: as its rule rounds it, money in euros to the cent, a
    // share or rate as a percentage, any other number to four decimals at most.
    lxw_format* rule(const engine::Derivation& rule) const;

private:
    CostModel& cost_;
    const Locale& locale_;
    Formats& formats_;
};

}  // namespace tariffs::xlsx
