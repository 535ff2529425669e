#include "tariffs/reports/text/solve_report.hpp"

#include "engine/decimal.hpp"
#include "tariffs/reports/json.hpp"
#include "tariffs/reports/scenario_note.hpp"

namespace tariffs {

namespace {

using engine::Number;

const char* const indexed_bisection_note =
    "\nIndexed year by year, each step rounded ({rounding}), the tariff is no ratio of linear\n"
    "functions of the input: the bounds are found by exact bisection, each to within {precision}.\n";
const char* const rule_bisection_note =
    "\nA rule between the input and the tariff rounds or chooses (round, min, max, if): the tariff is no\n"
    "ratio of linear functions of it: the bounds are found by exact bisection, each to within {precision}.\n";
const char* const budget_bisection_note =
    "\nA line's amount is rounded to the cent, so the total may step as {what} changes:\n"
    "found by exact bisection, each bound to within {precision}, or exactly where the total runs on without a step.\n";

// `111/125 (0.888, 88.8%)`: the exact fraction, its decimal, and as a percentage
// for an input the model writes as one.
std::string value_text(const Number& value, bool percent, const Locale& locale) {
    std::string forms;
    const auto decimal = engine::display_value(value, 6);
    const std::string shown = (decimal.approximate ? "≈" : "") + decimal.text;
    if (shown != value.to_fraction_string()) forms = locale.number(shown);
    if (percent) {
        const auto as_percent = engine::display_value(value * Number(100), 4);
        forms += (forms.empty() ? "" : ", ") +
                 locale.number(std::string(as_percent.approximate ? "≈" : "") + as_percent.text) + "%";
    }
    return value.to_fraction_string() + (forms.empty() ? "" : " (" + forms + ")");
}

std::string amount(const Number& value) { return engine::display_amount(value).text; }

std::string approx(const Number& value) {
    const auto shown = engine::display_value(value, 6);
    return (shown.approximate ? "≈" : "") + shown.text;
}

// `          at VBL.occupancy = 0.5 the tariff is 170.00`, per end of the input's range.
template <typename Value>
void write_range_ends(const Solution& s, const Value& value_of, std::ostream& out, const Locale& locale) {
    for (const auto& [end, tariff] : s.range_ends)
        out << locale.text("          at {input} = {value} the tariff is {tariff}",
                           {{"{input}", s.input}, {"{value}", value_of(end)}, {"{tariff}", locale.money(amount(tariff))}})
            << "\n";
}

// After the base year: bounds found by bisection.
void write_indexed_text(const Solution& s, bool percent, std::ostream& out, const Locale& locale) {
    const auto approx_value = [&](const Number& x) {
        std::string text = locale.number(approx(x));
        if (percent) {
            const auto as_percent = engine::display_value(x * Number(100), 4);
            text += " (" + locale.number(std::string(as_percent.approximate ? "≈" : "") + as_percent.text) + "%)";
        }
        return text;
    };
    const std::string year = std::to_string(s.year), target = locale.money(amount(s.target));
    out << locale.text("now:      {input} = {value} gives {tariff} in {year}",
                       {{"{input}", s.input}, {"{value}", s.input_text}, {"{tariff}", locale.money(amount(s.tariff))},
                        {"{year}", year}})
        << "\n";
    if (!s.from) {
        out << locale.text(s.range.empty() ? "no value of {input} gives {target} in {year} (OUT OF RANGE)"
                                           : "no value of {input} in {range} gives {target} in {year} (OUT OF RANGE)",
                           {{"{input}", s.input}, {"{range}", s.range}, {"{target}", target}, {"{year}", year}})
            << "\n";
        write_range_ends(s, approx_value, out, locale);
        return;
    }
    const std::string tariff = locale.text(s.indexed ? "indexed tariff" : "tariff");
    if (s.step)
        out << locale.text("target:   no value gives exactly {target}: at {input} = {value} the {tariff} steps from "
                           "{below} to {above}",
                           {{"{target}", target}, {"{input}", s.input}, {"{value}", approx_value(s.from->value)},
                            {"{tariff}", tariff}, {"{below}", locale.money(amount(s.step->first))},
                            {"{above}", locale.money(amount(s.step->second))}})
            << "\n";
    else
        out << locale.text("target:   the {tariff} of {year} is {target} for {input} from {from} to {to}",
                           {{"{tariff}", tariff}, {"{year}", year}, {"{target}", target}, {"{input}", s.input},
                            {"{from}", approx_value(s.from->value)}, {"{to}", approx_value(s.to->value)}})
            << "\n";
    out << locale.text(s.indexed ? indexed_bisection_note : rule_bisection_note,
                       {{"{rounding}", s.rounding}, {"{precision}", locale.number(engine::display_value(*s.precision, 12).text)}});
}

std::string solve_title(const Solution& s, bool with_year, const Locale& locale) {
    const std::string title = locale.text("solve {code} {name} for a tariff of {target} per {unit}",
                                          {{"{code}", s.code}, {"{name}", s.name},
                                           {"{target}", locale.money(amount(s.target))},
                                           {"{unit}", locale.unit_of_measure(s.unit)}});
    return with_year ? title + locale.text(" in {year}", {{"{year}", std::to_string(s.year)}}) : title;
}

// `from 13810421219481/15573922656250 (≈0.886766, ≈88.6766%) (excluded)`: a bound and whether it is included.
std::string bound_text(const Bound& bound, bool percent, const Locale& locale) {
    return value_text(bound.value, percent, locale) + " " + locale.text(bound.closed ? "(included)" : "(excluded)");
}

void write_exact_text(const Solution& s, bool percent, std::ostream& out, const Locale& locale) {
    const std::string target = locale.money(amount(s.target));
    out << locale.text("exact:    {input} = {value} gives an unrounded tariff of exactly {target}",
                       {{"{input}", s.input}, {"{value}", value_text(*s.exact, percent, locale)}, {"{target}", target}})
        << "\n";
    if (s.from && s.to && !s.rounding.empty())
        out << locale.text("rounded:  {rounding} gives {target} for {input} from {from} to {to}",
                           {{"{rounding}", s.rounding}, {"{target}", target}, {"{input}", s.input},
                            {"{from}", bound_text(*s.from, percent, locale)},
                            {"{to}", bound_text(*s.to, percent, locale)}})
            << "\n";
    if (s.range.empty()) return;
    if (s.in_range) {
        out << locale.text("range:    {range}: the value is within it", {{"{range}", s.range}}) << "\n";
        return;
    }
    out << locale.text("range:    {range}: the value is OUT OF RANGE, no allowed value of {input} gives {target}",
                       {{"{range}", s.range}, {"{input}", s.input}, {"{target}", target}})
        << "\n";
    write_range_ends(s, [&](const Number& end) { return value_text(end, percent, locale); }, out, locale);
}

// No value the input may take gives the target: why, and the tariff at each end of the input's range.
// The exact value is not shown: it cannot be used.
void write_out_of_range_text(const Solution& s, bool percent, std::ostream& out, const Locale& locale) {
    const std::string target = locale.money(amount(s.target));
    if (s.impossible) {
        out << locale.text("target:   no allowed value of {input} gives {target} (OUT OF RANGE): the tariff reaches it "
                           "only where a derived figure is impossible:",
                           {{"{input}", s.input}, {"{target}", target}})
            << "\n          " << locale.say(s.impossible->message) << "\n";
        return;
    }
    out << locale.text("target:   no allowed value of {input} gives {target} (OUT OF RANGE): it needs a value outside "
                       "{range}",
                       {{"{input}", s.input}, {"{target}", target}, {"{range}", s.range}})
        << "\n";
    write_range_ends(s, [&](const Number& end) { return value_text(end, percent, locale); }, out, locale);
}

void write_text(const Model& model, const Solution& s, std::ostream& out, const Locale& locale) {
    const bool percent = !s.input_text.empty() && s.input_text.back() == '%';
    if (s.precision) {
        write_title(model, solve_title(s, s.indexed, locale), false, out, locale);
        write_indexed_text(s, percent, out, locale);
        return;
    }
    write_title(model, solve_title(s, false, locale), false, out, locale);
    out << locale.text("now:      {input} = {value} gives {tariff}",
                       {{"{input}", s.input}, {"{value}", s.input_text}, {"{tariff}", locale.money(amount(s.tariff))}})
        << "\n";
    if (!s.exact) {
        out << locale.text("no value of {input} gives an unrounded tariff of {target}: the tariff only approaches it",
                           {{"{input}", s.input}, {"{target}", locale.money(amount(s.target))}})
            << "\n";
        return;
    }
    if (!s.in_range) return write_out_of_range_text(s, percent, out, locale);
    write_exact_text(s, percent, out, locale);
}

void write_json(const Model& model, const Solution& s, std::ostream& out) {
    JsonWriter json(out);
    json.begin_object().field("model", model.name).field("file", model.file);
    write_scenario_json(model.scenario, json);
    json.field("code", s.code).field("input", s.input).field("value", s.input_text).field("tariff", amount(s.tariff));
    json.field("target", amount(s.target)).field("per", s.unit).field("rounding", s.rounding);
    if (s.year) json.key("year").integer(s.year);
    if (s.precision) json.field("precision", s.precision->to_fraction_string());
    if (s.step)
        json.key("step").begin_object().field("below", amount(s.step->first)).field("above", amount(s.step->second)).end_object();
    // An exact value outside what the input may take, or that makes a figure impossible, is no answer.
    if (s.exact && s.in_range) json.field("exact", s.exact->to_fraction_string());
    else json.key("exact").null();
    if (s.impossible) json.field("impossible", s.impossible->message.english());
    const auto bound = [&](const char* name, const std::optional<Bound>& b) {
        if (!b) {
            json.key(name).null();
            return;
        }
        json.key(name).begin_object().field("value", b->value.to_fraction_string()).key("included").boolean(b->closed);
        json.end_object();
    };
    bound("from", s.in_range ? s.from : std::nullopt);
    bound("to", s.in_range ? s.to : std::nullopt);
    json.field("range", s.range).key("in_range").boolean(s.in_range).key("range_ends").begin_array();
    for (const auto& [end, tariff] : s.range_ends)
        json.begin_object().field("value", end.to_fraction_string()).field("tariff", amount(tariff)).end_object();
    json.end_array().end_object().finish();
}

// `the availability of Stichting Dijkzicht Jeugdzorg`, `the base-year volume of VBL at …`.
std::string budget_input_text(const BudgetInput& input, const Locale& locale) {
    if (input.code.empty()) return locale.text("the availability of {provider}", {{"{provider}", input.provider}});
    return locale.text("the base-year volume of {code} at {provider}",
                       {{"{code}", input.code}, {"{provider}", input.provider}});
}

void write_budget_json(const Model& model, const BudgetSolution& s, const BudgetInput& input, std::ostream& out) {
    JsonWriter writer(out);
    writer.begin_object().field("model", model.name).field("file", model.file);
    write_scenario_json(model.scenario, writer);
    writer.key("year").integer(s.year).field("input", budget_input_text(input, default_locale));
    writer.field("value", s.value.to_fraction_string());
    writer.field("total", amount(s.total)).field("target", amount(s.target));
    writer.field("precision", s.precision.to_fraction_string());
    if (s.reaches) writer.field("reaches", s.reaches->to_fraction_string());
    else writer.key("reaches").null();
    if (s.passes) writer.field("passes", s.passes->to_fraction_string());
    else writer.key("passes").null();
    writer.key("exact").boolean(s.exact);
    if (s.reaches && !s.exact) writer.field("below", amount(s.below)).field("above", amount(s.above));
    writer.end_object().finish();
}

// Where the total is the target: at one value, over a span, or nowhere exactly (a step).
std::string budget_target_text(const BudgetSolution& s, const std::string& what, const Locale& locale) {
    const std::string target = locale.money(amount(s.target)), from = locale.number(approx(*s.reaches));
    if (s.exact && s.passes && *s.passes == *s.reaches)
        return locale.text("target:   the total is exactly {target} at {what} = {value}",
                           {{"{target}", target}, {"{what}", what}, {"{value}", value_text(*s.reaches, false, locale)}});
    if (s.exact && s.passes)
        return locale.text("target:   the total is exactly {target} for {what} from {from} to {to}",
                           {{"{target}", target}, {"{what}", what}, {"{from}", from},
                            {"{to}", locale.number(approx(*s.passes))}});
    if (s.exact)
        return locale.text(
            "target:   the total is exactly {target} for {what} from {from} on (the input does not move the total)",
            {{"{target}", target}, {"{what}", what}, {"{from}", from}});
    return locale.text("target:   no value gives exactly {target}: at {value} the total steps from {below} to {above}",
                       {{"{target}", target}, {"{value}", from}, {"{below}", locale.money(amount(s.below))},
                        {"{above}", locale.money(amount(s.above))}});
}

void write_budget_text(const Model& model, const BudgetSolution& s, const BudgetInput& input, std::ostream& out,
                       const Locale& locale) {
    const std::string what = budget_input_text(input, locale), target = locale.money(amount(s.target));
    write_title(model,
                locale.text("solve the budget of {year} for a total of {target} (all providers)",
                            {{"{year}", std::to_string(s.year)}, {"{target}", target}}),
                false, out, locale);
    out << locale.text("now:      {what} = {value} gives {total}",
                       {{"{what}", what}, {"{value}", locale.number(approx(s.value))},
                        {"{total}", locale.money(amount(s.total))}})
        << "\n";
    if (!s.reaches) {
        out << locale.text("no value of {what} of 0 or more gives a total of {target}",
                           {{"{what}", what}, {"{target}", target}})
            << "\n";
        return;
    }
    out << budget_target_text(s, what, locale) << "\n";
    out << locale.text(budget_bisection_note, {{"{what}", what}, {"{precision}", locale.number(approx(s.precision))}});
}

}  // namespace

void write_budget_solution(const Model& model, const BudgetSolution& solution, const BudgetInput& input, bool json,
                           std::ostream& out, const Locale& locale) {
    if (json) write_budget_json(model, solution, input, out);
    else write_budget_text(model, solution, input, out, locale);
}

void write_solution(const Model& model, const Solution& solution, bool json, std::ostream& out, const Locale& locale) {
    if (json) write_json(model, solution, out);
    else write_text(model, solution, out, locale);
}

}  // namespace tariffs
