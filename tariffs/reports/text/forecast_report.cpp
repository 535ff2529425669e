#include "tariffs/reports/text/forecast_report.hpp"
#include "tariffs/reports/allocation_wording.hpp"

#include "engine/decimal.hpp"
#include "tariffs/reports/json.hpp"
#include "tariffs/reports/report_writer.hpp"
#include "tariffs/reports/scenario_note.hpp"
#include "tariffs/reports/table.hpp"

namespace tariffs {

namespace {

using engine::Number;

std::string amount(const Number& value) { return engine::format_decimal(value, 2); }

std::string plain(const Number& value) {
    const auto shown = engine::display_value(value, 6);
    return (shown.approximate ? "≈" : "") + shown.text;
}

// A carried figure as it is written: money with its cents, a count as exact as six decimals allow.
std::string carried_value(const CarriedFigure& figure) {
    const bool cents = figure.money && (figure.value * Number(100)).is_integer();
    return cents ? amount(figure.value) : plain(figure.value);
}

bool any_key_carried(const Forecast& forecast) {
    for (const auto& year : forecast.years)
        for (const auto& cell : year.keys)
            if (cell.carried) return true;
    return false;
}

Table year_table(const Forecast& forecast, const ForecastYear& year, const Locale& locale) {
    Table table;
    table.columns = {{"municipality"}};
    for (const auto& cell : year.keys)
        table.columns.push_back({locale.text(to_string(cell.key)) + (cell.carried ? " *" : ""), true, true});
    for (std::size_t m = 0; m < forecast.municipalities.size(); ++m) {
        std::vector<std::string> row{forecast.municipalities[m]};
        for (const auto& cell : year.keys) row.push_back(cell.allocation ? amount(cell.allocation->shares[m].amount) : "—");
        table.rows.push_back(std::move(row));
    }
    std::vector<std::string> total{locale.text("total")};
    for (const auto& cell : year.keys) {
        Number sum;
        if (cell.allocation)
            for (const auto& share : cell.allocation->shares) sum += share.amount;
        total.push_back(cell.allocation ? amount(sum) : "—");
    }
    table.rows.push_back(std::move(total));
    return table;
}

Table carried_table(const Forecast& forecast, const Locale& locale) {
    Table table;
    table.columns = {{"municipality"}, {"figure"}, {"year"}, {"value", true}, {"carried as"}};
    for (const auto& figure : forecast.carried)
        table.rows.push_back({figure.municipality, carried_name(figure, locale), std::to_string(figure.year),
                              carried_value(figure), carried_how(figure, locale)});
    return table;
}

void write_people(const Model& model, const Forecast& forecast, const std::string& what, bool markdown,
                  std::ostream& out, const Locale& locale) {
    const std::string h2 = markdown ? "## " : "";
    const int first = forecast.years.front().year, last = forecast.years.back().year;
    const std::string years = std::to_string(first) + (first == last ? "" : "–" + std::to_string(last));
    write_title(model, locale.text("contributions {years} by key", {{"{years}", years}}), markdown, out, locale);
    const auto table = [&](const Table& t) {
        if (markdown) write_markdown(t, out, locale);
        else write_text(t, out, locale);
    };
    // A name or a reason from the model, as text a Markdown reader shows as written.
    const auto shown = [&](const std::string& text) { return markdown ? markdown_text(text) : text; };
    // `{amount}` in a sentence: the amount as the locale writes money.
    const auto say = [&](std::string sentence, std::initializer_list<std::pair<const char*, Number>> amounts) {
        sentence = locale.text(sentence);
        for (const auto& [name, value] : amounts) sentence = replace_all(sentence, name, locale.money(amount(value)));
        return sentence;
    };
    for (const auto& year : forecast.years) {
        const std::string to_split = replace_all(say("{total} to split ({what})", {{"{total}", year.total}}), "{what}", what);
        out << h2 << year.year << ": " << shown(to_split) << "\n\n";
        table(year_table(forecast, year, locale));
        for (const auto& cell : year.keys) {
            const std::string key = locale.text(to_string(cell.key));
            if (!cell.allocation) {
                out << "\n" << key << " " << locale.text("not computed:") << " " << shown(locale.say(cell.why_not));
                continue;
            }
            const Allocation& a = *cell.allocation;
            if (cell.key == AllocationKey::usage && a.total != year.total)
                out << "\n" << key << ": " << say("each pays its own use, {total} in all", {{"{total}", a.total}});
            if (cell.key == AllocationKey::insurance && a.pool.sign() > 0)
                out << "\n" << key << ": "
                    << say("premiums of {total}, less {pool} returned as no-claim refunds, is {net} net",
                           {{"{total}", a.total}, {"{pool}", a.pool}, {"{net}", a.total - a.pool}});
            if (cell.key == AllocationKey::insurance && a.deficit.sign() > 0)
                out << "\n" << key << ": "
                    << say("premiums of {total}, plus the deficit of {deficit} shared like them, is {all} in all",
                           {{"{total}", a.total}, {"{deficit}", a.deficit}, {"{all}", a.total + a.deficit}});
        }
        out << "\n\n";
    }
    out << locale.text(
        "Each column adds up to its total exactly, in cents (the largest-remainder cents included): the\n"
        "amount to split for moving_average and objective, the use (realised, or where carried projected)\n"
        "for usage, and for insurance the premiums less the no-claim refunds (or plus the deficit).\n");
    if (any_key_carried(forecast)) out << locale.text("A key marked * is computed from a figure carried forward.\n");
    if (forecast.carried.empty()) return;
    out << "\n" << h2 << locale.text("Figures carried forward (allocation: carry_forward)") << "\n\n";
    table(carried_table(forecast, locale));
}

void write_json(const Model& model, const Forecast& forecast, const std::string& what, std::ostream& out) {
    JsonWriter json(out);
    json.begin_object().field("model", model.name).field("file", model.file);
    write_scenario_json(model.scenario, json);
    json.field("split", what).key("years").begin_array();
    for (const auto& year : forecast.years) {
        json.begin_object().key("year").integer(year.year).field("total", amount(year.total)).key("keys").begin_object();
        for (const auto& cell : year.keys) {
            json.key(to_string(cell.key)).begin_object();
            if (!cell.allocation) {
                json.field("not_computed", cell.why_not.english()).end_object();
                continue;
            }
            json.field("basis", basis_text(*cell.allocation)).key("carried").boolean(cell.carried);
            json.key("amounts").begin_object();
            for (const auto& share : cell.allocation->shares) json.field(share.name, amount(share.amount));
            json.end_object().end_object();
        }
        json.end_object().end_object();
    }
    json.end_array().key("carried").begin_array();
    for (const auto& figure : forecast.carried) {
        // A value six decimals cannot hold (an average of counts) keeps its exact fraction beside it.
        const bool approximate = engine::display_value(figure.value, 6).approximate;
        json.begin_object()
            .field("municipality", figure.municipality)
            .field("figure", figure.figure)
            .key("year")
            .integer(figure.year)
            .field("value", approximate ? engine::format_decimal(figure.value, 6) : carried_value(figure));
        if (approximate) json.field("value_exact", figure.value.to_fraction_string());
        json.field("how", carried_how(figure)).end_object();
    }
    json.end_array().end_object().finish();
}

// For tools: the same columns in either locale, but a Dutch CSV names its keys and yes/no in Dutch.
Table tools_table(const Forecast& forecast, const Locale& locale) {
    Table table;
    table.columns = {{"year"}, {"key"}, {"municipality"}, {"amount", true}, {"carried"}};
    for (const auto& year : forecast.years)
        for (const auto& cell : year.keys) {
            if (!cell.allocation) continue;
            for (const auto& share : cell.allocation->shares)
                table.rows.push_back({std::to_string(year.year), locale.text(to_string(cell.key)), share.name,
                                      amount(share.amount), locale.text(cell.carried ? "yes" : "no")});
        }
    return table;
}

}  // namespace

void write_forecast(const Model& model, const Forecast& forecast, const std::string& what, ReportFormat format,
                    std::ostream& out, const Locale& locale) {
    write_report(format,
                 {.table = [&](std::ostream& o) { write_people(model, forecast, what, false, o, locale); },
                  .markdown = [&](std::ostream& o) { write_people(model, forecast, what, true, o, locale); },
                  .json = [&](std::ostream& o) { write_json(model, forecast, what, o); },
                  .csv = [&] { return tools_table(forecast, locale); },
                  .scenarios = {&model.scenario}},
                 out, locale);
}

}  // namespace tariffs
