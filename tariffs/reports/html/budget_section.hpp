// The price page's budgets: all providers against the region's frame, per
// year, as stacked bars (YearChart) and a table with the headroom; then each
// provider's budget per year, stacked by product line and availability, with
// each line's tariff × volume.
#pragma once

#include "tariffs/pricing/budgets.hpp"
#include "tariffs/reports/html/value_format.hpp"

#include <ostream>
#include <string>
#include <string_view>

namespace tariffs::html {

class BudgetSection {
public:
    BudgetSection(const Budgets& budgets, const ValueFormat& format, std::ostream& out)
        : budgets_(budgets), format_(format), locale_(format.locale()), out_(out) {}

    void write();

private:
    std::string t(std::string_view english) const;
    void all_providers();
    void provider(const ProviderBudget& provider);

    const Budgets& budgets_;
    const ValueFormat& format_;
    const Locale& locale_;
    std::ostream& out_;
};

}  // namespace tariffs::html
