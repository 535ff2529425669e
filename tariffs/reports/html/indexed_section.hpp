// The price page's indexed tariffs: each year's index, then every product's
// tariff per year in its own unit; a product indexed by its own weights is
// marked, its weights in the note under the table.
#pragma once

#include "tariffs/pricing/indexed_tariffs.hpp"
#include "tariffs/reports/html/value_format.hpp"

#include <ostream>
#include <string>
#include <string_view>

namespace tariffs::html {

class IndexedSection {
public:
    IndexedSection(const IndexedTariffs& indexed, const ValueFormat& format, std::ostream& out)
        : indexed_(indexed), format_(format), locale_(format.locale()), out_(out) {}

    void write();

private:
    std::string t(std::string_view english) const;
    // Under the table: which products have weights of their own, and what they are.
    void own_weights();

    const IndexedTariffs& indexed_;
    const ValueFormat& format_;
    const Locale& locale_;
    std::ostream& out_;
};

}  // namespace tariffs::html
