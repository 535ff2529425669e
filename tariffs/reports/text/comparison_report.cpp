#include "tariffs/reports/text/comparison_report.hpp"

#include "engine/decimal.hpp"
#include "tariffs/reports/json.hpp"
#include "tariffs/reports/report_writer.hpp"
#include "tariffs/reports/scenario_note.hpp"
#include "tariffs/reports/table.hpp"

namespace tariffs {

namespace {

using engine::Number;

std::string amount(const Number& value) { return engine::display_amount(value).text; }
std::string optional_amount(const std::optional<Number>& value) { return value ? amount(*value) : ""; }
std::string signed_amount(const Number& value) { return (value.sign() > 0 ? "+" : "") + amount(value); }

// The exact part when the cents shown are not all of it.
std::string exact_note(const ChangePart& part) {
    if (part.exact == part.cents) return "";
    const auto shown = engine::display_value(part.exact, 6);
    return (shown.approximate ? "≈" : "") + std::string(part.exact.sign() > 0 ? "+" : "") + shown.text;
}

// A value as the model writes it (`28.5%`, `3780.00`), in the locale's numbers.
std::string as_written(const std::string& text, const Locale& locale) {
    if (text.empty()) return locale.text("(not given)");
    return locale.number(text);
}

std::string change_text(const std::string& before, const std::string& after, const Locale& locale) {
    return as_written(before, locale) + " → " + as_written(after, locale);
}

Table changes_table(const ModelComparison& comparison, const Locale& locale) {
    Table table;
    table.columns = {{"input"}, {"section"}, {"old"}, {"new"}};
    for (const auto& change : comparison.changes)
        table.rows.push_back({change.name, locale.text(change.section), as_written(change.old_text, locale),
                              as_written(change.new_text, locale)});
    return table;
}

Table tariffs_table(const ModelComparison& comparison, const Locale& locale) {
    Table table;
    table.columns = {{"code"}, {"name"}, {"unit"}, {"old", true, true}, {"new", true, true}, {"Δ", true, true}};
    for (const auto& product : comparison.products)
        table.rows.push_back({product.code, product.name, locale.text(product.unit), optional_amount(product.old_price),
                              optional_amount(product.new_price), signed_amount(product.difference())});
    return table;
}

Table parts_table(const ProductComparison& product, const Locale& locale) {
    Table table;
    table.columns = {{"part", true, true}, {"input"}, {"change"}, {"exact", true}};
    for (const auto& part : product.parts)
        table.rows.push_back({signed_amount(part.cents), part.input,
                              part.old_text.empty() && part.new_text.empty() ? ""
                                                                             : change_text(part.old_text, part.new_text, locale),
                              exact_note(part)});
    return table;
}

// One row per provider and year whose budget changed, the causes as columns.
Table budgets_table(const BudgetComparison& budgets, const Locale& locale) {
    Table table;
    table.columns = {{"provider"}, {"year"}, {"old", true, true}, {"new", true, true}, {"Δ", true, true}};
    for (const auto& cause : budgets.causes) table.columns.push_back({cause, true, true});
    for (const auto& line : budgets.differences) {
        std::vector<std::string> row{line.provider.empty() ? locale.text("all providers") : line.provider,
                                     std::to_string(line.year),
                                     optional_amount(line.old_amount), optional_amount(line.new_amount),
                                     signed_amount(line.difference())};
        for (std::size_t c = 0; c < budgets.causes.size(); ++c)
            row.push_back(c < line.causes.size() ? signed_amount(line.causes[c].cents) : "");
        table.rows.push_back(std::move(row));
    }
    return table;
}

void write_table(const Table& table, bool markdown, std::ostream& out, const Locale& locale) {
    if (markdown) write_markdown(table, out, locale);
    else write_text(table, out, locale);
}

const char* const budgets_note =
    "Each budget's difference is split over its causes by Shapley value, as the tariffs are: the\n"
    "tariffs (every changed input of the tariffs), the volumes, the availability and the indexation.\n";
const char* const parts_note =
    "Each changed input's part is its Shapley value: its average effect over every order in which the\n"
    "inputs could change, computed exactly, so no part depends on the order they are listed in. The\n"
    "parts add up to Δ exactly; shown to the cent, with the cents distributed so they add up too.\n\n";

void write_budgets(const BudgetComparison& budgets, const std::string& h2, bool markdown, std::ostream& out,
                   const Locale& locale) {
    if (budgets.differences.empty()) return;
    out << "\n" << h2 << locale.text("Budgets that changed") << "\n\n";
    write_table(budgets_table(budgets, locale), markdown, out, locale);
    if (!budgets.note.empty()) out << "\n" << locale.text("Not split:") << " " << locale.say(budgets.note) << ".\n";
    out << "\n" << locale.text(budgets_note);
}

std::string shown_name(const std::string& name, bool markdown) { return markdown ? markdown_text(name) : name; }

void write_people(const Model& model, const ModelComparison& comparison, bool markdown, std::ostream& out,
                  const Locale& locale) {
    const std::string h2 = markdown ? "## " : "", h3 = markdown ? "### " : "";
    write_title(model, locale.text("what changed in the tariffs of") + " " + std::to_string(comparison.year), markdown,
                out);
    out << locale.text("old") << ": " << comparison.old_file << (markdown ? "  \n" : "\n") << locale.text("new") << ": "
        << comparison.new_file << "\n\n";
    out << h2 << locale.text("Inputs that changed") << " (" << comparison.changes.size() << ")\n\n";
    if (comparison.changes.empty()) out << locale.text("None: the models compute from the same inputs.") << "\n\n";
    else {
        write_table(changes_table(comparison, locale), markdown, out, locale);
        out << "\n";
    }
    out << h2 << locale.text("Tariffs that changed") << " (" << comparison.products.size() << " " << locale.text("of")
        << " " << comparison.products.size() + comparison.unchanged << ")\n\n";
    if (comparison.products.empty()) out << locale.text("None.") << "\n";
    else write_table(tariffs_table(comparison, locale), markdown, out, locale);
    write_budgets(comparison.budgets, h2, markdown, out, locale);
    if (!comparison.offsetting.empty()) {
        out << "\n" << h2 << locale.text("Tariffs unchanged while the changed inputs move them") << " ("
            << comparison.offsetting.size() << ")\n\n"
            << locale.text("The changed inputs move each of these tariffs up and down by as much: their parts add up to 0.")
            << "\n\n";
        for (const auto& product : comparison.offsetting) {
            out << h3 << shown_name(product.code + " " + product.name, markdown) << ": " << optional_amount(product.new_price) << "\n\n";
            write_table(parts_table(product, locale), markdown, out, locale);
            out << "\n";
        }
    }
    if (comparison.products.empty()) return;
    out << "\n" << h2 << locale.text("Where each tariff's difference comes from") << "\n\n" << locale.text(parts_note);
    for (const auto& product : comparison.products) {
        out << h3 << shown_name(product.code + " " + product.name, markdown) << ": " << optional_amount(product.old_price) << " → "
            << optional_amount(product.new_price) << ", Δ " << signed_amount(product.difference()) << "\n\n";
        if (!product.note.empty()) {
            out << locale.text("Not split:") << " " << locale.say(product.note) << ".\n\n";
            continue;
        }
        if (product.grouped)
            out << locale.text("The parts are per section: more than") << " " << max_attributed_inputs << " "
                << locale.text("inputs reach this product, or some only work together.") << "\n\n";
        write_table(parts_table(product, locale), markdown, out, locale);
        out << "\n";
    }
}

void json_product(JsonWriter& json, const ProductComparison& product) {
    json.begin_object().field("code", product.code).field("name", product.name).field("unit", product.unit);
    if (product.old_price) json.field("old", amount(*product.old_price));
    else json.key("old").null();
    if (product.new_price) json.field("new", amount(*product.new_price));
    else json.key("new").null();
    json.field("difference", amount(product.difference())).key("grouped").boolean(product.grouped);
    if (!product.note.empty()) json.field("note", product.note.english());
    json.key("parts").begin_array();
    for (const auto& part : product.parts)
        json.begin_object()
            .field("input", part.input)
            .field("old", part.old_text)
            .field("new", part.new_text)
            .field("amount", amount(part.cents))
            .field("exact", part.exact.to_fraction_string())
            .end_object();
    json.end_array().end_object();
}

void write_json(const Model& model, const ModelComparison& comparison, std::ostream& out) {
    JsonWriter json(out);
    json.begin_object().field("model", model.name).key("year").integer(comparison.year);
    json.field("old", comparison.old_file).field("new", comparison.new_file);
    write_scenario_json(model.scenario, json);
    json.key("changes").begin_array();
    for (const auto& change : comparison.changes)
        json.begin_object()
            .field("input", change.name)
            .field("section", change.section)
            .field("old", change.old_text)
            .field("new", change.new_text)
            .end_object();
    json.end_array().key("unchanged").integer(static_cast<long long>(comparison.unchanged));
    json.key("products").begin_array();
    for (const auto& product : comparison.products) json_product(json, product);
    json.end_array();
    json.key("offsetting").begin_array();
    for (const auto& product : comparison.offsetting) json_product(json, product);
    json.end_array();
    if (!comparison.budgets.note.empty()) json.field("budgets_note", comparison.budgets.note.english());
    json.key("budgets").begin_array();
    for (const auto& line : comparison.budgets.differences) {
        json.begin_object().field("provider", line.provider).key("year").integer(line.year);
        if (line.old_amount) json.field("old", amount(*line.old_amount));
        else json.key("old").null();
        if (line.new_amount) json.field("new", amount(*line.new_amount));
        else json.key("new").null();
        json.field("difference", amount(line.difference())).key("causes").begin_array();
        for (const auto& cause : line.causes)
            json.begin_object()
                .field("cause", cause.cause)
                .field("amount", amount(cause.cents))
                .field("exact", cause.exact.to_fraction_string())
                .end_object();
        json.end_array().end_object();
    }
    json.end_array().end_object().finish();
}

Table tools_table(const ModelComparison& comparison, const Locale& locale) {
    Table table;
    table.columns = {{"code"}, {"name"}, {"unit"}, {"old", true}, {"new", true}, {"difference", true},
                     {"input"}, {"input_old"}, {"input_new"}, {"part", true}, {"part_exact"}};
    std::vector<const ProductComparison*> lines;
    for (const auto& product : comparison.products) lines.push_back(&product);
    for (const auto& product : comparison.offsetting) lines.push_back(&product);
    for (const ProductComparison* line : lines) {
        const ProductComparison& product = *line;
        const std::vector<std::string> head{product.code, product.name, locale.text(product.unit),
                                            optional_amount(product.old_price), optional_amount(product.new_price),
                                            amount(product.difference())};
        if (product.parts.empty()) {
            auto row = head;
            row.insert(row.end(), {"", "", "", "", ""});
            table.rows.push_back(row);
        }
        for (const auto& part : product.parts) {
            auto row = head;
            row.insert(row.end(), {part.input, part.old_text, part.new_text, amount(part.cents),
                                   part.exact.to_fraction_string()});
            table.rows.push_back(row);
        }
    }
    return table;
}

}  // namespace

void write_model_comparison(const Model& new_model, const ModelComparison& comparison, ReportFormat format,
                            std::ostream& out, const Locale& locale) {
    write_report(format,
                 {.table = [&](std::ostream& o) { write_people(new_model, comparison, false, o, locale); },
                  .markdown = [&](std::ostream& o) { write_people(new_model, comparison, true, o, locale); },
                  .json = [&](std::ostream& o) { write_json(new_model, comparison, o); },
                  .csv = [&] { return tools_table(comparison, locale); },
                  .scenarios = {&new_model.scenario}},
                 out, locale);
}

}  // namespace tariffs
