// The price page's assumptions, up front: every input a tariff is computed
// from, grouped as the model writes them (the model's parameters with the
// method's defaults, each staff level's, each product's own and its staff
// mix), each with its value as written, its unit, what it means and the line
// of the model that says it.
#pragma once

#include "tariffs/model/model.hpp"
#include "tariffs/reports/html/value_format.hpp"

#include <ostream>
#include <string>
#include <string_view>

namespace tariffs::html {

class AssumptionsSection {
public:
    AssumptionsSection(const Model& model, const ValueFormat& format, std::ostream& out)
        : model_(model), locale_(format.locale()), out_(out) {}

    void write();

private:
    std::string t(std::string_view english) const;

    const Model& model_;
    const Locale& locale_;
    std::ostream& out_;
};

}  // namespace tariffs::html
