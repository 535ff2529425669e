#include "tariffs/reports/index_wording.hpp"
#include "tariffs/reports/text/sensitivity_report.hpp"

#include "engine/decimal.hpp"
#include "tariffs/reports/json.hpp"
#include "tariffs/reports/report_writer.hpp"
#include "tariffs/reports/scenario_note.hpp"
#include "tariffs/reports/table.hpp"

namespace tariffs {

namespace {

using engine::Number;

std::string amount(const Number& value) { return engine::display_amount(value).text; }
std::string optional_amount(const std::optional<Number>& value) { return value ? amount(*value) : "—"; }
std::string signed_amount(const Number& value) { return (value.sign() > 0 ? "+" : "") + amount(value); }

std::string plain(const std::optional<Number>& value, int places) {
    if (!value) return "—";
    const auto shown = engine::display_value(*value, places);
    return (shown.approximate ? "≈" : "") + shown.text;
}

// `1%`, or `1% (percentages: 0.5 points)`.
std::string step_text(const Step& step) {
    const std::string by = plain(step.by * Number(100), 6) + "%";
    if (!step.points) return by;
    return by + " (percentages: " + plain(*step.points, 6) + " points)";
}

std::string exact_or_none(const std::optional<Number>& value) { return value ? value->to_fraction_string() : ""; }

// A decimal a spreadsheet reads as a number: exact where it has at most twelve
// places, else to `places` places (the exact fraction has a column of its own).
std::string decimal_or_none(const std::optional<Number>& value, int places = 12) {
    if (!value) return "";
    const auto exact = engine::display_value(*value, 12);
    return exact.approximate ? engine::display_value(*value, places).text : exact.text;
}

Table effects_table(const std::vector<InputEffect>& effects, bool elasticity, const Locale& locale) {
    Table table;
    table.columns = {{"input"}, {"value", true}, {"down", true, true}, {"up", true, true}, {"swing", true, true}};
    if (elasticity) table.columns.push_back({"elasticity", true});
    for (const auto& effect : effects) {
        const bool both = effect.low_result && effect.high_result;
        std::vector<std::string> row{input_label(effect, locale), effect.value, optional_amount(effect.low_result),
                                     optional_amount(effect.high_result), both ? signed_amount(effect.swing()) : "—"};
        if (elasticity) row.push_back(plain(effect.elasticity, 4));
        table.rows.push_back(std::move(row));
    }
    return table;
}

const char* const sensitivity_note =
    "Each input moved down and up with everything else as the model has it: the tariff then (rounded\n"
    "as its rule says), the swing between the two, and the exact elasticity of the base year's\n"
    "unrounded tariff (percent change of the tariff per percent change of the input); — where a\n"
    "moved value is outside the input's range or makes the model fail.\n";

void write_people(const Model& model, const Sensitivity& sensitivity, bool markdown, std::ostream& out,
                  const Locale& locale) {
    const std::string h2 = markdown ? "## " : "";
    write_title(model,
                locale.text("sensitivity of the tariffs of") + " " + std::to_string(sensitivity.year) + ", " +
                    locale.text("each input moved by") + " " + locale.number(step_text(sensitivity.step)),
                markdown, out, locale);
    const auto table = [&](const Table& t) {
        if (markdown) write_markdown(t, out, locale);
        else write_text(t, out, locale);
    };
    for (const auto& product : sensitivity.products) {
        const std::string title = product.code + " " + product.name;
        out << h2 << (markdown ? markdown_text(title) : title) << ": " << locale.money(amount(product.tariff)) << " per "
            << locale.text(product.unit) << "\n\n";
        table(effects_table(product.inputs, true, locale));
        out << "\n";
    }
    out << locale.text(sensitivity_note);
    if (!sensitivity.budget) return;
    const BudgetSensitivity& budget = *sensitivity.budget;
    out << "\n" << h2 << locale.text("Budget") << " " << budget.year << ", " << locale.text("all providers") << ": "
        << locale.money(amount(budget.total)) << "\n\n";
    table(effects_table(budget.inputs, false, locale));
    out << "\n" << locale.text("The inputs that move the year's total budget, largest swing first.") << "\n";
}

void json_effects(JsonWriter& json, const std::vector<InputEffect>& effects, bool elasticity) {
    json.begin_array();
    for (const auto& effect : effects) {
        json.begin_object().field("input", effect.input).field("value", effect.value);
        const auto field = [&](const char* name, const std::optional<Number>& value, bool money) {
            if (!value) json.key(name).null();
            else json.field(name, money ? amount(*value) : value->to_fraction_string());
        };
        field("low", effect.low, false);
        field("high", effect.high, false);
        field("low_result", effect.low_result, true);
        field("high_result", effect.high_result, true);
        json.field("swing", amount(effect.swing()));
        if (elasticity) field("elasticity", effect.elasticity, false);
        json.end_object();
    }
    json.end_array();
}

void write_json(const Model& model, const Sensitivity& sensitivity, std::ostream& out) {
    JsonWriter json(out);
    json.begin_object().field("model", model.name).field("file", model.file);
    write_scenario_json(model.scenario, json);
    json.key("year").integer(sensitivity.year).field("by", sensitivity.step.by.to_fraction_string());
    if (sensitivity.step.points) json.field("points", sensitivity.step.points->to_fraction_string());
    else json.key("points").null();
    json.key("products").begin_array();
    for (const auto& product : sensitivity.products) {
        json.begin_object().field("code", product.code).field("name", product.name).field("unit", product.unit);
        json.field("tariff", amount(product.tariff)).key("inputs");
        json_effects(json, product.inputs, true);
        json.end_object();
    }
    json.end_array();
    if (sensitivity.budget) {
        json.key("budget").begin_object().key("year").integer(sensitivity.budget->year);
        json.field("total", amount(sensitivity.budget->total)).key("inputs");
        json_effects(json, sensitivity.budget->inputs, false);
        json.end_object();
    }
    json.end_object().finish();
}

Table tools_table(const Sensitivity& sensitivity) {
    Table table;
    // Every number column holds decimals a spreadsheet reads as numbers; the exact elasticity is text beside it.
    table.columns = {{"code"}, {"input"}, {"value"}, {"low", true}, {"high", true}, {"low_tariff", true},
                     {"high_tariff", true}, {"swing", true}, {"elasticity", true}, {"elasticity_exact"}};
    const auto add = [&](const std::string& code, const InputEffect& effect) {
        table.rows.push_back({code, effect.input, effect.value, decimal_or_none(effect.low), decimal_or_none(effect.high),
                              effect.low_result ? amount(*effect.low_result) : "",
                              effect.high_result ? amount(*effect.high_result) : "", amount(effect.swing()),
                              decimal_or_none(effect.elasticity, 6), exact_or_none(effect.elasticity)});
    };
    for (const auto& product : sensitivity.products)
        for (const auto& effect : product.inputs) add(product.code, effect);
    if (sensitivity.budget)
        for (const auto& effect : sensitivity.budget->inputs) add("budget " + std::to_string(sensitivity.budget->year), effect);
    return table;
}

}  // namespace

void write_sensitivity(const Model& model, const Sensitivity& sensitivity, ReportFormat format, std::ostream& out,
                       const Locale& locale) {
    write_report(format,
                 {.table = [&](std::ostream& o) { write_people(model, sensitivity, false, o, locale); },
                  .markdown = [&](std::ostream& o) { write_people(model, sensitivity, true, o, locale); },
                  .json = [&](std::ostream& o) { write_json(model, sensitivity, o); },
                  .csv = [&] { return tools_table(sensitivity); },
                  .scenarios = {&model.scenario}},
                 out, locale);
}

}  // namespace tariffs
