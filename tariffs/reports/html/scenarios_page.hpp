// `tariff scenarios` as a page: what each scenario changes, grouped bars of
// the tariffs that move most, every tariff side by side with its change, and
// the budgets per year with their headroom.
#pragma once

#include "tariffs/analyses/scenario_comparison.hpp"
#include "tariffs/reports/html/value_format.hpp"

#include <cstddef>
#include <ostream>
#include <string>
#include <string_view>

namespace tariffs::html {

class ScenariosPage {
public:
    ScenariosPage(const Model& model, const ScenarioComparison& comparison, const Locale& locale, std::ostream& out)
        : model_(model), comparison_(comparison), locale_(locale), format_(locale), out_(out) {}

    void write();

private:
    std::string t(std::string_view english) const;
    // A change in percent, signed: `+2.5%`.
    std::string percent_shown(const Number& percent) const;
    std::string amount(const Number& value) const;
    // Grouped horizontal bars: for the products whose tariff moves most, each
    // scenario's change in percent, from a zero line in the middle.
    void chart();
    void tariffs_table();
    void budgets_table();
    std::string headroom(const ScenarioBudgetYear& year, const Number& total) const;

    static constexpr std::size_t max_bars = 12;
    const Model& model_;
    const ScenarioComparison& comparison_;
    const Locale& locale_;
    ValueFormat format_;
    std::ostream& out_;
};

}  // namespace tariffs::html
