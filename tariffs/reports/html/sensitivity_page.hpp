// `tariff sensitivity` as a page: per product (and for the year's budget) a
// tornado chart of the inputs that move it most, and the table behind it with
// each input moved down and up, the swing and the elasticity.
#pragma once

#include "tariffs/analyses/sensitivity.hpp"
#include "tariffs/reports/html/value_format.hpp"

#include <cstddef>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace tariffs::html {

class SensitivityPage {
public:
    SensitivityPage(const Model& model, const Sensitivity& sensitivity, const Locale& locale, std::ostream& out)
        : model_(model), sensitivity_(sensitivity), locale_(locale), format_(locale), out_(out) {}

    void write();

private:
    std::string t(std::string_view english) const;
    std::string amount(const Number& value) const;
    std::string elasticity_text(const std::optional<Number>& value) const;
    // A product's (or the budget's) heading, tornado and table; `elasticity`: with its column.
    void section(const std::string& id, const std::string& title, const Number& base, const std::string& per,
                 const std::vector<InputEffect>& inputs, bool elasticity);
    // One bar per input (the eight that move most), from its low to its high
    // result, on an axis centred on the base.
    void tornado(const Number& base, const std::vector<InputEffect>& inputs);

    static constexpr std::size_t max_bars = 8;
    const Model& model_;
    const Sensitivity& sensitivity_;
    const Locale& locale_;
    ValueFormat format_;
    std::ostream& out_;
};

}  // namespace tariffs::html
