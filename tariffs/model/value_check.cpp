#include "tariffs/model/value_check.hpp"

#include "engine/text_check.hpp"

#include "engine/measure_unit.hpp"

namespace tariffs {

namespace {

using engine::MeasureUnit;

bool written_as_percentage(const Definition& given) { return !given.text.empty() && given.text.back() == '%'; }

std::string unit_named(const MeasureUnit& unit) {
    return unit.is_one() ? "1 (a pure number: a share, a rate or a count)" : unit.to_string();
}

std::optional<std::string> unit_problem(const Definition& given, const Definition& declaration, const std::string& shown,
                                        const std::vector<std::string>& counts) {
    if (declaration.unit.empty()) return std::nullopt;
    const auto declared = MeasureUnit::parse(declaration.unit, counts);
    if (!declared) return std::nullopt;  // the method's own problem, reported where it is declared
    if (written_as_percentage(given) && !declared->is_one())
        return "`" + shown + "` is " + engine::excerpt(given.text) + ", a percentage, but it is measured in " + declared->to_string() +
               ": write an amount in " + declared->to_string();
    if (given.unit.empty()) return std::nullopt;  // a plain number takes the declared unit
    const auto written = MeasureUnit::parse(given.unit, counts);
    if (!written || *written == *declared) return std::nullopt;
    return "`" + shown + "` is " + engine::excerpt(given.text) + " " + engine::excerpt(given.unit) + ", but it is measured in " + unit_named(*declared);
}

// `21` for a share whose range ends at 1 (or 2, or 5): most likely 21%.
std::string percentage_hint(const Definition& given, const Definition& declaration, const engine::Range& range) {
    if (written_as_percentage(given) || !given.unit.empty()) return "";
    const auto declared = MeasureUnit::parse(declaration.unit);
    if (declaration.unit.empty() || !declared || !declared->is_one()) return "";
    if (!range.contains(given.value / engine::Number(100))) return "";
    return " (did you mean " + engine::excerpt(given.text) + "%?)";
}

}  // namespace

std::optional<std::string> value_problem(const Definition& given, const Definition* declaration,
                                         const std::string& shown, const std::vector<std::string>& counts) {
    if (!declaration) return std::nullopt;
    if (auto problem = unit_problem(given, *declaration, shown, counts)) return problem;
    if (!declaration->range || declaration->range->contains(given.value)) return std::nullopt;
    const std::string text = engine::excerpt(given.unit.empty() ? given.text : given.text + " " + given.unit);
    return "`" + shown + "` is " + text + ", outside its range " + declaration->range->text +
           percentage_hint(given, *declaration, *declaration->range) +
           (declaration->description.empty() ? "" : " (" + declaration->description + ")");
}

}  // namespace tariffs
