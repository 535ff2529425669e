// A unit of measure: named base units with whole powers (`EUR/hour` is EUR
// to the power 1 and hour to the power -1). No unit converts into another:
// a year is not silently 365 days; a conversion is a value with a unit
// (`days_per_year: 365 day/year`).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace engine {

class MeasureUnit {
public:
    // The unit of a pure number: rates, shares, counts.
    MeasureUnit() = default;

    // `EUR/month`, `hour/year`, `EUR/FTE/month` (each `/` divides by what
    // follows it), `EUR·hour`, `1`, `1/year`. The names in `counts` count
    // things (`FTE`, `place`): they are left out, a count being a number.
    // Nothing when the text is not a unit.
    static std::optional<MeasureUnit> parse(std::string_view text, const std::vector<std::string>& counts = {});

    bool is_one() const { return powers_.empty(); }
    MeasureUnit times(const MeasureUnit& other) const;
    MeasureUnit over(const MeasureUnit& other) const;
    bool operator==(const MeasureUnit&) const = default;

    // `EUR/hour`, `EUR·year/(hour·month)`, `1/year`, `1`: names in the
    // numerator and the denominator each in alphabetical order, upper case first.
    std::string to_string() const;

private:
    void add(const std::string& name, int power);

    std::vector<std::pair<std::string, int>> powers_;  // sorted by name, no zero power
};

// Whether `text` can be a unit's name: a letter or `_` first, then letters,
// digits and `_` (`EUR`, `daypart`, `FTE`).
// At most max_unit_name_characters: a unit is named in full wherever it is shown.
inline constexpr std::size_t max_unit_name_characters = 32;
bool is_unit_name(std::string_view text);

}  // namespace engine
