// The price page's price sheet: every product with its unit, tariff and the
// build-up parts it depends on, each linked to the product's section.
#pragma once

#include "tariffs/pricing/price_sheet.hpp"
#include "tariffs/reports/html/value_format.hpp"

#include <optional>
#include <ostream>
#include <string>
#include <string_view>

namespace tariffs::html {

class PriceSheetSection {
public:
    PriceSheetSection(const PriceSheet& sheet, const ValueFormat& format, std::ostream& out)
        : sheet_(sheet), format_(format), locale_(format.locale()), out_(out) {}

    void write();

private:
    std::string t(std::string_view english) const;
    // A build-up cell: empty where the product's tariff does not depend on the part.
    std::string part(const std::optional<Number>& value) const;

    const PriceSheet& sheet_;
    const ValueFormat& format_;
    const Locale& locale_;
    std::ostream& out_;
};

}  // namespace tariffs::html
