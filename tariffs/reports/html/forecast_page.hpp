// The contribution forecast (`tariff allocate --key all`) as a page: per
// municipality its contributions over the years under each key, as lines and
// as a table; then the figures carried forward.
#pragma once

#include "tariffs/pricing/forecast.hpp"
#include "tariffs/reports/html/value_format.hpp"

#include <cstddef>
#include <ostream>
#include <string>
#include <string_view>

namespace tariffs::html {

class ForecastPage {
public:
    ForecastPage(const Model& model, const Forecast& forecast, const Locale& locale, std::ostream& out)
        : model_(model), forecast_(forecast), locale_(locale), format_(locale), out_(out) {}

    void write();

private:
    std::string t(std::string_view english) const;
    std::string amount(const Number& value) const;
    std::string key_name(AllocationKey key) const;
    // The municipality's contribution in `cell`'s year and key; none where the key could not be computed.
    const Number* amount_of(const KeyYear& cell, std::size_t municipality) const;
    void municipality(std::size_t m);
    // One line per key over the years, on an axis from 0.
    void chart(std::size_t m);
    void carried();

    const Model& model_;
    const Forecast& forecast_;
    const Locale& locale_;
    ValueFormat format_;
    std::ostream& out_;
};

}  // namespace tariffs::html
