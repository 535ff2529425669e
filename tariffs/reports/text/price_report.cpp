#include "tariffs/reports/text/price_report.hpp"

#include "engine/decimal.hpp"
#include "tariffs/reports/json.hpp"
#include "tariffs/reports/report_writer.hpp"
#include "tariffs/reports/scenario_note.hpp"
#include "tariffs/reports/table.hpp"
#include "tariffs/reports/text/trajectory_report.hpp"

#include <algorithm>
#include <optional>

namespace tariffs {

namespace {

using engine::Number;

std::string cents(const Number& value) { return engine::format_decimal(value, 2); }

// A tariff as its rule rounded it: all its digits, at least two decimals.
std::string tariff_text(const Number& value) { return engine::display_amount(value).text; }

// A build-up amount no rule rounded: cents for people, marked `≈` when that hides digits.
std::string approx_cents(const Number& value) {
    const std::string text = cents(value);
    return Number::parse(text) == value ? text : "≈" + text;
}

// For tools: every digit up to six decimals; the exact fraction is in the JSON.
std::string six_places(const Number& value) { return engine::display_value(value, 6).text; }

// A part of the build-up, empty where the product's tariff does not depend on it.
std::string part(const std::optional<Number>& value, std::string (*shown)(const Number&)) {
    return value ? shown(*value) : std::string();
}

bool has_build_up(const PriceLine& line) {
    return line.staff_cost || line.client_cost || line.overhead || line.risk;
}

bool lacks_a_part(const PriceSheet& sheet) {
    return std::any_of(sheet.lines.begin(), sheet.lines.end(), [](const PriceLine& line) {
        return !line.staff_cost || !line.client_cost || !line.overhead || !line.risk;
    });
}

// Leaves out each column from `first` on that is empty on every row: a sheet of
// products priced by rules of their own shows no empty standard build-up.
void drop_column(Table& table, std::size_t c) {
    table.columns.erase(table.columns.begin() + static_cast<std::ptrdiff_t>(c));
    for (auto& row : table.rows) row.erase(row.begin() + static_cast<std::ptrdiff_t>(c));
}

void drop_empty_columns(Table& table, std::size_t first) {
    for (std::size_t c = table.columns.size(); c-- > first;) {
        const bool empty = std::all_of(table.rows.begin(), table.rows.end(),
                                       [&](const std::vector<std::string>& row) { return row[c].empty(); });
        if (empty) drop_column(table, c);
    }
}

// The tariff's own unit stands beside the tariff; the build-up's unit (a minute product's
// build-up is per hour) stands with the build-up, so `1.44 minute` never reads as `per hour`.
Table people_table(const PriceSheet& sheet, const Locale& locale) {
    Table table;
    table.columns = {{"code"}, {"name"}, {"kind"}, {"iJw"}, {"category"}, {"tariff", true, true}, {"per"},
                     {"build-up per"}, {"staff cost", true, true}, {"client cost", true, true},
                     {"overhead", true, true}, {"risk", true, true}};
    for (const auto& line : sheet.lines)
        table.rows.push_back({line.code, line.name, locale.kind(line.kind), line.ijw_unit, line.category,
                              tariff_text(line.tariff), locale.text(line.unit),
                              has_build_up(line) ? locale.text(line.base_unit) : "",
                              part(line.staff_cost, approx_cents), part(line.client_cost, approx_cents),
                              part(line.overhead, approx_cents), part(line.risk, approx_cents)});
    const std::size_t build_up = 8;
    drop_empty_columns(table, build_up);
    if (table.columns.size() == build_up) drop_column(table, build_up - 1);  // no build-up shown: no unit for it
    return table;
}

// For tools: the same names in either locale, but a Dutch CSV says its kinds and units in Dutch.
Table tool_table(const PriceSheet& sheet, const Locale& locale) {
    Table table;
    table.columns = {{"code"}, {"name"}, {"kind"}, {"unit"}, {"ijw_unit"}, {"category"}, {"tariff", true},
                     {"build_up_per"}, {"staff_cost", true}, {"client_cost", true}, {"overhead", true},
                     {"risk", true}, {"personnel_share", true}};
    for (const auto& line : sheet.lines)
        table.rows.push_back({line.code, line.name, locale.kind(line.kind), locale.text(line.unit), line.ijw_unit,
                              line.category, tariff_text(line.tariff), locale.text(line.base_unit),
                              part(line.staff_cost, six_places),
                              part(line.client_cost, six_places), part(line.overhead, six_places),
                              part(line.risk, six_places), part(line.personnel_share, six_places)});
    // A trajectory has no build-up of its own: its row leaves those columns empty.
    const Table trajectories = trajectory_table(sheet.trajectories, default_locale, false);
    for (const auto& row : trajectories.rows)
        table.rows.push_back({row[0], row[1], locale.text("trajectory"), locale.text(row[2]), row[3], row[4], row[5],
                              "", "", "", "", "", ""});
    return table;
}

void write_trajectory_section(const PriceSheet& sheet, std::ostream& out, const Locale& locale, bool markdown) {
    if (sheet.trajectories.empty()) return;
    const Table table = trajectory_table(sheet.trajectories, locale, true);
    out << "\n" << (markdown ? "## " : "") << locale.text("Trajectories") << "\n\n";
    if (markdown) write_markdown(table, out, locale);
    else write_text(table, out, locale);
    out << "\n" << locale.text(trajectory_footnote);
}

const char* const price_footnote =
    "The tariff is per unit, rounded as its rule says. The build-up (staff cost, client cost,\n"
    "overhead, risk) is exact and per the unit under `build-up per`; ≈ marks an amount shown to the cent.\n"
    "A minute tariff derives from the rounded hourly tariff (iJw IV081). `tariff explain MODEL CODE`\n"
    "shows every figure with its rule and its place in the model.\n";

// Said when a product's rules leave a part of the build-up out.
const char* const parts_note =
    "A part of the build-up left empty or out is not part of that product's tariff: its rules price it\n"
    "without it.\n";

std::string footnote(const PriceSheet& sheet, const Locale& locale) {
    std::string note = locale.text(price_footnote);
    if (lacks_a_part(sheet)) note += locale.text(parts_note);
    return note;
}

void write_table(const PriceSheet& sheet, std::ostream& out, const Locale& locale) {
    out << sheet.model << ": " << locale.text("price sheet") << " " << sheet.year << "\n" << sheet.model_file << "\n\n";
    write_scenario_note(sheet.scenario, NoteStyle::text, out, locale);
    write_text(people_table(sheet, locale), out, locale);
    out << "\n" << footnote(sheet, locale);
    write_trajectory_section(sheet, out, locale, false);
}

void write_markdown_sheet(const PriceSheet& sheet, std::ostream& out, const Locale& locale) {
    out << "# " << markdown_text(sheet.model) << ": " << locale.text("price sheet") << " " << sheet.year << "\n\n";
    write_scenario_note(sheet.scenario, NoteStyle::markdown, out, locale);
    write_markdown(people_table(sheet, locale), out, locale);
    out << "\n" << footnote(sheet, locale);
    write_trajectory_section(sheet, out, locale, true);
}

// A part the tariff does not depend on is left out, not written as a figure.
void write_amounts(JsonWriter& json, const PriceLine& line, bool exact) {
    const auto amount = [&](const char* name, const std::optional<Number>& value) {
        if (value) json.field(name, exact ? value->to_fraction_string() : six_places(*value));
    };
    amount("staff_cost", line.staff_cost);
    amount("client_cost", line.client_cost);
    amount("overhead", line.overhead);
    amount("risk", line.risk);
    amount("personnel_share", line.personnel_share);
}

void write_json(const PriceSheet& sheet, std::ostream& out) {
    JsonWriter json(out);
    json.begin_object().field("model", sheet.model).key("year").integer(sheet.year).field("file", sheet.model_file);
    write_scenario_json(sheet.scenario, json);
    json.key("products").begin_array();
    for (const auto& line : sheet.lines) {
        json.begin_object()
            .field("code", line.code)
            .field("name", line.name)
            .field("kind", line.kind)
            .field("unit", line.unit)
            .field("ijw_unit", line.ijw_unit)
            .field("category", line.category)
            .field("tariff", tariff_text(line.tariff));
        json.key("build_up").begin_object().field("per", line.base_unit);
        write_amounts(json, line, false);
        json.key("exact").begin_object();
        write_amounts(json, line, true);
        json.end_object().end_object().end_object();
    }
    json.end_array();
    if (!sheet.trajectories.empty()) {
        json.key("trajectories").begin_array();
        for (const auto& price : sheet.trajectories) write_trajectory_json(json, price);
        json.end_array();
    }
    json.end_object().finish();
}

}  // namespace

void write_price_sheet(const PriceSheet& sheet, ReportFormat format, std::ostream& out, const Locale& locale) {
    write_report(format,
                 {.table = [&](std::ostream& o) { write_table(sheet, o, locale); },
                  .markdown = [&](std::ostream& o) { write_markdown_sheet(sheet, o, locale); },
                  .json = [&](std::ostream& o) { write_json(sheet, o); },
                  .csv = [&] { return tool_table(sheet, locale); },
                  .scenarios = {&sheet.scenario}},
                 out, locale);
}

}  // namespace tariffs
