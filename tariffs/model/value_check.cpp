#include "tariffs/model/value_check.hpp"

#include "engine/text_check.hpp"

#include "engine/measure_unit.hpp"

namespace tariffs {

namespace {

using engine::arg;
using engine::MeasureUnit;
using engine::msg;

bool written_as_percentage(const Definition& given) { return !given.text.empty() && given.text.back() == '%'; }

engine::Message unit_named(const MeasureUnit& unit) {
    return unit.is_one() ? msg("1 (a pure number: a share, a rate or a count)")
                         : msg("{unit}", {engine::unit_arg("unit", unit.to_string())});
}

std::optional<engine::Message> unit_problem(const Definition& given, const Definition& declaration, const std::string& shown,
                                        const std::vector<std::string>& counts) {
    if (declaration.unit.empty()) return std::nullopt;
    const auto declared = MeasureUnit::parse(declaration.unit, counts);
    if (!declared) return std::nullopt;  // the method's own problem, reported where it is declared
    if (written_as_percentage(given) && !declared->is_one())
        return msg("`{name}` is {value}, a percentage, but it is measured in {unit}: write an amount in {unit}",
                   {arg("name", shown), arg("value", engine::excerpt(given.text)),
                    engine::unit_arg("unit", declared->to_string())});
    if (given.unit.empty()) return std::nullopt;  // a plain number takes the declared unit
    const auto written = MeasureUnit::parse(given.unit, counts);
    if (!written || *written == *declared) return std::nullopt;
    return msg("`{name}` is {value} {unit}, but it is measured in {declared}",
               {arg("name", shown), arg("value", engine::excerpt(given.text)), arg("unit", engine::excerpt(given.unit)),
                arg("declared", unit_named(*declared))});
}

// `21` for a share whose range ends at 1 (or 2, or 5): most likely 21%.
engine::Message percentage_hint(const Definition& given, const Definition& declaration, const engine::Range& range) {
    if (written_as_percentage(given) || !given.unit.empty()) return {};
    const auto declared = MeasureUnit::parse(declaration.unit);
    if (declaration.unit.empty() || !declared || !declared->is_one()) return {};
    if (!range.contains(given.value / engine::Number(100))) return {};
    return msg(" (did you mean {value}%?)", {arg("value", engine::excerpt(given.text))});
}

}  // namespace

std::optional<engine::Message> value_problem(const Definition& given, const Definition* declaration,
                                             const std::string& shown, const std::vector<std::string>& counts) {
    if (!declaration) return std::nullopt;
    if (auto problem = unit_problem(given, *declaration, shown, counts)) return problem;
    if (!declaration->range || declaration->range->contains(given.value)) return std::nullopt;
    const std::string text = engine::excerpt(given.unit.empty() ? given.text : given.text + " " + given.unit);
    return msg("`{name}` is {value}, outside its range {range}{hint}{note}",
               {arg("name", shown), arg("value", text), arg("range", declaration->range->text),
                arg("hint", percentage_hint(given, *declaration, *declaration->range)),
                arg("note", declaration->description.empty()
                                ? engine::Message()
                                : msg(" ({description})", {arg("description", declaration->description)}))});
}

}  // namespace tariffs
