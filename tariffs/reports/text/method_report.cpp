#include "tariffs/reports/text/method_report.hpp"

#include "tariffs/reports/json.hpp"
#include "tariffs/reports/report_writer.hpp"
#include "tariffs/reports/table.hpp"

#include <string>
#include <vector>

namespace tariffs {

namespace {

struct ParameterRow {
    const Definition* definition;
    std::string used_by;  // `every product`, `kind group`
};

// Declared parameters only (a value or an input, never a rule), the general ones first.
std::vector<ParameterRow> parameter_rows(const Method& method) {
    std::vector<ParameterRow> rows;
    for (const auto& definition : method.definitions)
        if (definition.kind != Definition::Kind::formula) rows.push_back({&definition, "the model"});
    for (const auto& kind : method.kinds)
        for (const auto& definition : kind.definitions)
            if (definition.kind != Definition::Kind::formula) rows.push_back({&definition, "kind " + kind.name});
    return rows;
}

std::string default_text(const Definition& definition) {
    return definition.kind == Definition::Kind::value ? definition.text : "";
}

// An input without a default must be given by every scope whose rules need it.
std::string required_text(const Definition& definition, const Locale& locale) {
    return locale.text(definition.kind == Definition::Kind::input ? "yes" : "no");
}

enum class Style { people, markdown, tools };

Table parameter_table(const Method& method, Style style, const Locale& locale) {
    const auto code = [&](const std::string& text) { return style == Style::markdown ? "`" + text + "`" : text; };
    Table table;
    // The terminal's table leaves out where a usual range comes from: it would not fit.
    const bool sources = style != Style::people;
    table.columns = {{"parameter"}, {style == Style::tools ? "used_by" : "used by"}, {"meaning"}, {"unit"}, {"range"},
                     {"usual"}};
    if (sources) table.columns.push_back({style == Style::tools ? "usual_source" : "usual by"});
    table.columns.push_back({"default"});
    table.columns.push_back({"required"});
    for (const auto& row : parameter_rows(method)) {
        const Definition& d = *row.definition;
        std::vector<std::string> cells{code(d.name), locale.scope(row.used_by), d.description, locale.unit_of_measure(d.unit),
                                       d.range ? code(d.range->text) : "", d.usual ? code(d.usual->range.text) : ""};
        if (sources) cells.push_back(d.usual ? d.usual->source : "");
        cells.push_back(default_text(d));
        cells.push_back(required_text(d, locale));
        table.rows.push_back(std::move(cells));
    }
    return table;
}

void write_json(const Method& method, std::ostream& out) {
    JsonWriter json(out);
    json.begin_object().field("library", method.name).field("file", method.file);
    json.key("parameters").begin_array();
    for (const auto& row : parameter_rows(method)) {
        const Definition& d = *row.definition;
        json.begin_object().field("name", d.name).field("used_by", row.used_by).field("meaning", d.description);
        json.field("unit", d.unit).field("range", d.range ? d.range->text : "");
        json.field("usual", d.usual ? d.usual->range.text : "").field("usual_source", d.usual ? d.usual->source : "");
        json.key("default");
        if (d.kind == Definition::Kind::value) json.string(d.text);
        else json.null();
        json.key("required").boolean(d.kind == Definition::Kind::input).end_object();
    }
    json.end_array().end_object().finish();
}

const char* const footnote =
    "A parameter without a default must be given wherever a rule that needs it is computed: for the whole\n"
    "model, a staff level or a product (a kind's parameter by each product of that kind whose tariff uses it;\n"
    "`hours_per_piece` only by a product per output or effort).\n"
    "A range such as (0, 1] is checked where the value is given; a unit of 1 is a rate or a share (8% is 0.08).\n"
    "A value outside its usual range is allowed, with a warning (an error under --strict).\n";

}  // namespace

void write_method_parameters(const Method& method, ReportFormat format, std::ostream& out, const Locale& locale) {
    const auto table = [&](std::ostream& o) {
        o << method.name << ": " << locale.text("parameters") << "\n" << method.file << "\n\n";
        write_text(parameter_table(method, Style::people, locale), o, locale);
        o << "\n" << locale.text(footnote);
    };
    write_report(format,
                 {.table = table,
                  .markdown = [&](std::ostream& o) { write_markdown(parameter_table(method, Style::markdown, locale), o, locale); },
                  .json = [&](std::ostream& o) { write_json(method, o); },
                  .csv = [&] { return parameter_table(method, Style::tools, locale); },
                  .scenarios = {}},
                 out, locale);
}

}  // namespace tariffs
