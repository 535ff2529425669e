// The price page's trajectories (METHOD.md §9): for each, its components with
// their tariffs, each phase's and path's cost, the expected cost, the
// surcharge and the price; and, where the tariffs are indexed, its price in
// each year.
#pragma once

#include "tariffs/pricing/indexed_tariffs.hpp"
#include "tariffs/pricing/price_sheet.hpp"
#include "tariffs/reports/html/value_format.hpp"

#include <ostream>
#include <string>
#include <string_view>

namespace tariffs::html {

class TrajectorySection {
public:
    // `indexed`: the tariffs of the later years, if any.
    TrajectorySection(const PriceSheet& sheet, const IndexedTariffs* indexed, const ValueFormat& format,
                      std::ostream& out)
        : sheet_(sheet), indexed_(indexed), format_(format), locale_(format.locale()), out_(out) {}

    // Nothing where the model has no trajectory.
    void write();

private:
    std::string t(std::string_view english) const;
    void trajectory(const TrajectoryPrice& price);
    void phases(const TrajectoryPrice& price);
    void paths(const TrajectoryPrice& price);
    void years(const Trajectory& trajectory);

    const PriceSheet& sheet_;
    const IndexedTariffs* indexed_;
    const ValueFormat& format_;
    const Locale& locale_;
    std::ostream& out_;
};

}  // namespace tariffs::html
