// A bar chart of amounts per year in SVG: a bar a year stacked by series, the
// total under each year and, where given, the frame as a line across the
// years; a bar over its frame is outlined and says by how much. With its legend.
#pragma once

#include "tariffs/reports/html/value_format.hpp"

#include <map>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

namespace tariffs::html {

// One stacked part of the bars: a provider, a product line.
struct Series {
    std::string name;
    std::map<int, Number> values;  // by year
};

struct YearBar {
    int year = 0;
    Number total;
    std::optional<Number> frame;
    bool over = false;
    Number over_by;
};

class YearChart {
public:
    YearChart(const std::vector<Series>& series, const ValueFormat& format, std::ostream& out)
        : series_(series), format_(format), out_(out) {}

    // The series' colours and names, and the frame's line where `frame`.
    void legend(bool frame);
    // The chart, labelled `label`; `who` (a provider, or empty) and
    // `total_field` mark each year's total for a test to find.
    void write(const std::vector<YearBar>& bars, const std::string& who, const char* total_field,
               const std::string& label);

private:
    const std::vector<Series>& series_;
    const ValueFormat& format_;
    std::ostream& out_;
};

}  // namespace tariffs::html
