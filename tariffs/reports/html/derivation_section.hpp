// A product's derivation on the price page, along the elements of Besluit
// Jeugdwet art. 2.3: each value with its rule, scope and place in the model,
// as folding <details> on screen and written out in full for print; element
// (d) is each year's index and the tariff it gives.
#pragma once

#include "tariffs/pricing/explanation.hpp"
#include "tariffs/reports/html/value_format.hpp"
#include "tariffs/reports/report_data.hpp"

#include <map>
#include <ostream>
#include <string>
#include <string_view>

namespace tariffs::html {

class DerivationSection {
public:
    DerivationSection(const ReportData& data, const ValueFormat& format, std::ostream& out)
        : data_(data), format_(format), locale_(format.locale()), out_(out) {}

    void write(const ProductPrice& price);

private:
    std::string t(std::string_view english) const;
    void elements(const Explanation& explanation, const std::map<const engine::Derivation*, std::string>& element_of,
                  const std::string& code, bool print);
    // Element (d): each year's index and the tariff it gives.
    void indexation(const Explanation& explanation, bool print);

    const ReportData& data_;
    const ValueFormat& format_;
    const Locale& locale_;
    std::ostream& out_;
};

}  // namespace tariffs::html
