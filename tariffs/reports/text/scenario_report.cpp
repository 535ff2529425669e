#include "tariffs/reports/text/scenario_report.hpp"

#include "engine/decimal.hpp"
#include "tariffs/reports/json.hpp"
#include "tariffs/reports/report_writer.hpp"
#include "tariffs/reports/scenario_note.hpp"
#include "tariffs/reports/table.hpp"

namespace tariffs {

namespace {

using engine::Number;

std::string amount(const Number& value) { return engine::display_amount(value).text; }

// `+2.78`, `-1.10`, `0.00`: a difference reads with its sign.
std::string signed_amount(const Number& value) { return (value.sign() > 0 ? "+" : "") + amount(value); }

std::string signed_percent(const std::optional<Number>& percent, int places) {
    if (!percent) return "";
    const auto shown = engine::display_amount(*percent, places, places);
    return (shown.approximate ? "≈" : "") + std::string(percent->sign() > 0 ? "+" : "") + shown.text;
}

Table tariff_table(const ScenarioComparison& comparison, bool for_tools, const Locale& locale) {
    Table table;
    table.columns = {{"code"}, {"name"}, {"unit"}, {for_tools ? "base" : "model", true, true}};
    for (const auto& column : comparison.scenarios) {
        const std::string& name = column.scenario.name;
        table.columns.push_back({name, true, true});
        table.columns.push_back({for_tools ? name + "_difference" : "Δ", true, true});
        table.columns.push_back({for_tools ? name + "_percent" : "Δ %", true});
    }
    for (const auto& product : comparison.products) {
        std::vector<std::string> row{product.code, product.name, locale.text(product.unit), amount(product.base)};
        for (std::size_t s = 0; s < comparison.scenarios.size(); ++s) {
            row.push_back(amount(product.tariffs[s]));
            row.push_back(signed_amount(product.difference(s)));
            row.push_back(for_tools ? (product.percent(s) ? engine::display_value(*product.percent(s)).text : "")
                                    : signed_percent(product.percent(s), 2));
        }
        table.rows.push_back(std::move(row));
    }
    return table;
}

std::string optional_amount(const std::optional<Number>& value) { return value ? amount(*value) : ""; }

Table budget_table(const ScenarioComparison& comparison, bool for_tools) {
    Table table;
    table.columns = {{"year"}, {"frame", true, true}, {for_tools ? "base" : "model", true, true},
                     {for_tools ? "base_headroom" : "headroom", true, true}};
    for (const auto& column : comparison.scenarios) {
        const std::string& name = column.scenario.name;
        table.columns.push_back({name, true, true});
        table.columns.push_back({for_tools ? name + "_headroom" : "headroom", true, true});
    }
    for (const auto& year : comparison.budgets) {
        std::vector<std::string> row{std::to_string(year.year), optional_amount(year.frame), amount(year.base),
                                     optional_amount(year.headroom(year.base))};
        for (const auto& total : year.totals) {
            row.push_back(amount(total));
            row.push_back(optional_amount(year.headroom(total)));
        }
        table.rows.push_back(std::move(row));
    }
    return table;
}

void write_scenarios_listed(const ScenarioComparison& comparison, bool markdown, std::ostream& out,
                            const Locale& locale) {
    for (const auto& column : comparison.scenarios)
        write_scenario_note(column.scenario, markdown ? NoteStyle::markdown : NoteStyle::text, out, locale);
}

void write_text(const Model& model, const ScenarioComparison& comparison, bool markdown, std::ostream& out,
                const Locale& locale) {
    write_title(model, locale.text("scenarios, tariffs of") + " " + std::to_string(comparison.year), markdown, out, locale);
    write_scenarios_listed(comparison, markdown, out, locale);
    const Table tariffs = tariff_table(comparison, false, locale);
    if (markdown) write_markdown(tariffs, out, locale);
    else tariffs::write_text(tariffs, out, locale);
    out << "\n"
        << locale.text("Δ is the scenario's tariff minus the model's; Δ % is that as a share of the model's tariff"
                       " (≈: rounded to 0.01%).")
        << "\n";
    if (comparison.budgets.empty()) return;
    out << "\n" << (markdown ? "## " : "") << locale.text("Budgets per year, all providers") << "\n\n";
    const Table budgets = budget_table(comparison, false);
    if (markdown) write_markdown(budgets, out, locale);
    else tariffs::write_text(budgets, out, locale);
    out << "\n" << locale.text("Headroom is the frame minus the year's budgets; below zero the budgets exceed the frame.")
        << "\n";
}

void write_json(const Model& model, const ScenarioComparison& comparison, std::ostream& out) {
    JsonWriter json(out);
    json.begin_object().field("model", model.name).field("file", model.file).key("year").integer(comparison.year);
    json.key("scenarios").begin_array();
    for (const auto& column : comparison.scenarios) {
        json.begin_object();
        write_scenario_json(column.scenario, json);
        json.end_object();
    }
    json.end_array().key("products").begin_array();
    for (const auto& product : comparison.products) {
        json.begin_object().field("code", product.code).field("name", product.name).field("unit", product.unit);
        json.field("base", amount(product.base)).key("scenarios").begin_object();
        for (std::size_t s = 0; s < comparison.scenarios.size(); ++s) {
            json.key(comparison.scenarios[s].scenario.name).begin_object();
            json.field("tariff", amount(product.tariffs[s])).field("difference", amount(product.difference(s)));
            if (auto percent = product.percent(s)) json.field("percent", percent->to_fraction_string());
            else json.key("percent").null();
            json.end_object();
        }
        json.end_object().end_object();
    }
    json.end_array().key("budgets").begin_array();
    for (const auto& year : comparison.budgets) {
        json.begin_object().key("year").integer(year.year);
        if (year.frame) json.field("frame", amount(*year.frame));
        else json.key("frame").null();
        json.field("base", amount(year.base)).key("scenarios").begin_object();
        for (std::size_t s = 0; s < comparison.scenarios.size(); ++s)
            json.field(comparison.scenarios[s].scenario.name, amount(year.totals[s]));
        json.end_object().end_object();
    }
    json.end_array().end_object().finish();
}

}  // namespace

void write_scenario_comparison(const Model& model, const ScenarioComparison& comparison, ReportFormat format,
                               std::ostream& out, const Locale& locale) {
    std::vector<const ScenarioInfo*> scenarios;
    for (const auto& column : comparison.scenarios) scenarios.push_back(&column.scenario);
    write_report(format,
                 {.table = [&](std::ostream& o) { write_text(model, comparison, false, o, locale); },
                  .markdown = [&](std::ostream& o) { write_text(model, comparison, true, o, locale); },
                  .json = [&](std::ostream& o) { write_json(model, comparison, o); },
                  .csv = [&] { return tariff_table(comparison, true, locale); },
                  .scenarios = scenarios},
                 out, locale);
}

}  // namespace tariffs
