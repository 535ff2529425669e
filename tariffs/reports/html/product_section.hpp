// A product's section of the price page: its headline (code, name, kind,
// unit, tariff), a waterfall chart of its build-up (staff cost, client cost,
// overhead and risk stacked step by step, then the tariff as a full bar), the
// build-up as a table, and its derivation (DerivationSection).
#pragma once

#include "tariffs/reports/html/value_format.hpp"
#include "tariffs/reports/report_data.hpp"

#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace tariffs::html {

class ProductSection {
public:
    ProductSection(const ReportData& data, const ValueFormat& format, std::ostream& out)
        : data_(data), format_(format), locale_(format.locale()), out_(out) {}

    void write(const ProductPrice& price);

private:
    struct Step {
        const char* field;
        const char* label;
        const char* colour;
        Number value;
        const char* element;  // `(a)`, `(b)`, `(c)` of Besluit Jeugdwet art. 2.3; empty for risk
    };

    std::string t(std::string_view english) const;
    // The unit the build-up is per (an hour where the tariff is per minute).
    std::string base_unit_of(const Product& product) const;
    // The parts of the build-up the product's tariff depends on.
    static std::vector<Step> steps_of(const ProductPrice& price);
    // Label lines under a bar: the words of `text`, at most about 14 characters a line.
    void category_label(const Number& x, int y, const std::string& text);
    void waterfall(const ProductPrice& price, const std::string& base_unit);
    void buildup_table(const ProductPrice& price, const std::string& base_unit);

    const ReportData& data_;
    const ValueFormat& format_;
    const Locale& locale_;
    std::ostream& out_;
};

}  // namespace tariffs::html
