// The municipalities of a region and what they share.
#pragma once

#include "engine/number.hpp"
#include "engine/source.hpp"

#include <map>
#include <string>
#include <vector>

namespace tariffs {

// Values by year, each with where it was written.
struct YearValue {
    engine::Number value;
    engine::SourcePos pos;
};
using ByYear = std::map<int, YearValue>;

struct Municipality {
    std::string name;
    engine::SourcePos pos;
    std::map<std::string, ByYear> metrics;  // e.g. young_people, invoiced: by year
    ByYear objective;  // the objective distribution model's amount, by year
    ByYear usage;      // actual use (settlement), by year
};

}  // namespace tariffs
