#include "tariffs/reports/solve_report.hpp"

#include "engine/decimal.hpp"
#include "tariffs/reports/json.hpp"
#include "tariffs/reports/scenario_note.hpp"

namespace tariffs {

namespace {

using engine::Number;

// `111/125 (0.888, 88.8%)`: the exact fraction, its decimal, and as a percentage
// for an input the model writes as one.
std::string value_text(const Number& value, bool percent) {
    std::string forms;
    const auto decimal = engine::display_value(value, 6);
    const std::string shown = (decimal.approximate ? "≈" : "") + decimal.text;
    if (shown != value.to_fraction_string()) forms = shown;
    if (percent) {
        const auto as_percent = engine::display_value(value * Number(100), 4);
        forms += (forms.empty() ? "" : ", ") + std::string(as_percent.approximate ? "≈" : "") + as_percent.text + "%";
    }
    return value.to_fraction_string() + (forms.empty() ? "" : " (" + forms + ")");
}

std::string amount(const Number& value) { return engine::display_amount(value).text; }

// After the base year: bounds found by bisection.
void write_indexed_text(const Solution& s, bool percent, std::ostream& out) {
    const auto approx_value = [&](const Number& x) {
        const auto shown = engine::display_value(x, 6);
        std::string text = (shown.approximate ? "≈" : "") + shown.text;
        if (percent) {
            const auto as_percent = engine::display_value(x * Number(100), 4);
            text += " (" + std::string(as_percent.approximate ? "≈" : "") + as_percent.text + "%)";
        }
        return text;
    };
    out << "now:      " << s.input << " = " << s.input_text << " gives " << amount(s.tariff) << " in " << s.year << "\n";
    if (!s.from) {
        out << "no value of " << s.input << (s.range.empty() ? "" : " in " + s.range) << " gives " << amount(s.target)
            << " in " << s.year << " (OUT OF RANGE)\n";
        for (const auto& [end, tariff] : s.range_ends)
            out << "          at " << s.input << " = " << approx_value(end) << " the tariff is " << amount(tariff) << "\n";
        return;
    }
    if (s.step)
        out << "target:   no value gives exactly " << amount(s.target) << ": at " << s.input << " = "
            << approx_value(s.from->value) << " the " << (s.indexed ? "indexed " : "") << "tariff steps from "
            << amount(s.step->first) << " to "
            << amount(s.step->second) << "\n";
    else
        out << "target:   the " << (s.indexed ? "indexed " : "") << "tariff of " << s.year << " is " << amount(s.target)
            << " for " << s.input << " from "
            << approx_value(s.from->value) << " to " << approx_value(s.to->value) << "\n";
    if (s.indexed)
        out << "\nIndexed year by year, each step rounded (" << s.rounding << "), the tariff is no ratio of linear\n"
               "functions of the input";
    else
        out << "\nA rule between the input and the tariff rounds or chooses (round, min, max, if): the tariff is no\n"
               "ratio of linear functions of it";
    out << ": the bounds are found by exact bisection, each to within "
        << engine::display_value(*s.precision, 12).text << ".\n";
}

void write_text(const Model& model, const Solution& s, std::ostream& out) {
    const bool percent = !s.input_text.empty() && s.input_text.back() == '%';
    if (s.precision) {
        write_title(model, "solve " + s.code + " " + s.name + " for a tariff of " + amount(s.target) + " per " + s.unit +
                               (s.indexed ? " in " + std::to_string(s.year) : std::string()),
                    false, out);
        write_indexed_text(s, percent, out);
        return;
    }
    write_title(model, "solve " + s.code + " " + s.name + " for a tariff of " + amount(s.target) + " per " + s.unit,
                false, out);
    out << "now:      " << s.input << " = " << s.input_text << " gives " << amount(s.tariff) << "\n";
    if (!s.exact) {
        out << "no value of " << s.input << " gives an unrounded tariff of " << amount(s.target)
            << ": the tariff only approaches it\n";
        return;
    }
    out << "exact:    " << s.input << " = " << value_text(*s.exact, percent) << " gives an unrounded tariff of exactly "
        << amount(s.target) << "\n";
    if (s.from && s.to && !s.rounding.empty())
        out << "rounded:  " << s.rounding << " gives " << amount(s.target) << " for " << s.input << " from "
            << value_text(s.from->value, percent) << (s.from->closed ? " (included)" : " (excluded)") << " to "
            << value_text(s.to->value, percent) << (s.to->closed ? " (included)" : " (excluded)") << "\n";
    if (s.range.empty()) return;
    if (s.in_range) {
        out << "range:    " << s.range << ": the value is within it\n";
        return;
    }
    out << "range:    " << s.range << ": the value is OUT OF RANGE, no allowed value of " << s.input << " gives "
        << amount(s.target) << "\n";
    for (const auto& [end, tariff] : s.range_ends)
        out << "          at " << s.input << " = " << value_text(end, percent) << " the tariff is " << amount(tariff)
            << "\n";
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
    if (s.exact) json.field("exact", s.exact->to_fraction_string());
    else json.key("exact").null();
    const auto bound = [&](const char* name, const std::optional<Bound>& b) {
        if (!b) {
            json.key(name).null();
            return;
        }
        json.key(name).begin_object().field("value", b->value.to_fraction_string()).key("included").boolean(b->closed);
        json.end_object();
    };
    bound("from", s.from);
    bound("to", s.to);
    json.field("range", s.range).key("in_range").boolean(s.in_range).key("range_ends").begin_array();
    for (const auto& [end, tariff] : s.range_ends)
        json.begin_object().field("value", end.to_fraction_string()).field("tariff", amount(tariff)).end_object();
    json.end_array().end_object().finish();
}

std::string approx(const Number& value) {
    const auto shown = engine::display_value(value, 6);
    return (shown.approximate ? "≈" : "") + shown.text;
}

}  // namespace

void write_budget_solution(const Model& model, const BudgetSolution& s, const std::string& what, bool json,
                           std::ostream& out) {
    if (json) {
        JsonWriter writer(out);
        writer.begin_object().field("model", model.name).field("file", model.file);
        write_scenario_json(model.scenario, writer);
        writer.key("year").integer(s.year).field("input", what).field("value", s.value.to_fraction_string());
        writer.field("total", amount(s.total)).field("target", amount(s.target));
        writer.field("precision", s.precision.to_fraction_string());
        if (s.reaches) writer.field("reaches", s.reaches->to_fraction_string());
        else writer.key("reaches").null();
        if (s.passes) writer.field("passes", s.passes->to_fraction_string());
        else writer.key("passes").null();
        writer.key("exact").boolean(s.exact);
        if (s.reaches && !s.exact) writer.field("below", amount(s.below)).field("above", amount(s.above));
        writer.end_object().finish();
        return;
    }
    write_title(model, "solve the budget of " + std::to_string(s.year) + " for a total of " + amount(s.target) +
                           " (all providers)",
                false, out);
    out << "now:      " << what << " = " << approx(s.value) << " gives " << amount(s.total) << "\n";
    if (!s.reaches) {
        out << "no value of " << what << " of 0 or more gives a total of " << amount(s.target) << "\n";
        return;
    }
    if (s.exact && s.passes && *s.passes == *s.reaches)
        out << "target:   the total is exactly " << amount(s.target) << " at " << what << " = " << value_text(*s.reaches, false)
            << "\n";
    else if (s.exact)
        out << "target:   the total is exactly " << amount(s.target) << " for " << what << " from " << approx(*s.reaches)
            << (s.passes ? " to " + approx(*s.passes) : std::string(" on (the input does not move the total)")) << "\n";
    else
        out << "target:   no value gives exactly " << amount(s.target) << ": at " << approx(*s.reaches)
            << " the total steps from " << amount(s.below) << " to " << amount(s.above) << "\n";
    out << "\nA line's amount is rounded to the cent, so the total may step as " << what
        << " changes:\nfound by exact bisection, each bound to within " << approx(s.precision)
        << ", or exactly where the total runs on without a step.\n";
}

void write_solution(const Model& model, const Solution& solution, bool json, std::ostream& out) {
    if (json) write_json(model, solution, out);
    else write_text(model, solution, out);
}

}  // namespace tariffs
