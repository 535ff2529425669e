// The price page's allocation: a budget split over the municipalities by a
// key, as bars and as a table (under the insurance key with each premium, use,
// refund and deficit part), and how the cents are apportioned.
#pragma once

#include "tariffs/pricing/allocation.hpp"
#include "tariffs/reports/html/value_format.hpp"

#include <ostream>
#include <string>
#include <string_view>

namespace tariffs::html {

class AllocationSection {
public:
    AllocationSection(const Allocation& allocation, const ValueFormat& format, std::ostream& out)
        : allocation_(allocation), format_(format), locale_(format.locale()), out_(out) {}

    void write();

private:
    std::string t(std::string_view english) const;
    // A bar per municipality.
    void chart();
    void table();

    const Allocation& allocation_;
    const ValueFormat& format_;
    const Locale& locale_;
    std::ostream& out_;
};

}  // namespace tariffs::html
