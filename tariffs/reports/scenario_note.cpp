#include "tariffs/reports/scenario_note.hpp"
#include "tariffs/reports/table.hpp"

namespace tariffs {

namespace {

std::string change(const AppliedOverride& override, const Locale& locale) {
    const std::string was = override.was.empty() ? locale.text("none given") : locale.number(override.was);
    return locale.text("{input} = {value} (model: {was})",
                       {{"{input}", override.target}, {"{value}", locale.number(override.value)}, {"{was}", was}});
}

// A note written over several lines, as one line: a CSV comment or a title must not break.
std::string one_line(const std::string& text) {
    std::string line;
    bool space = false;
    for (char c : text) {
        if (c == '\n' || c == '\r' || c == ' ' || c == '\t') {
            space = !line.empty();
            continue;
        }
        if (space) line += ' ';
        space = false;
        line += c;
    }
    return line;
}

}  // namespace

std::string scenario_heading(const ScenarioInfo& scenario, const Locale& locale) {
    std::string text = scenario.name.empty() ? locale.text("Scenario: the model with these inputs changed")
                                             : locale.text("Scenario `{name}`", {{"{name}", scenario.name}});
    if (!scenario.about.empty()) text += ": " + one_line(scenario.about);
    return text;
}

std::vector<std::string> scenario_changes(const ScenarioInfo& scenario, const Locale& locale) {
    std::vector<std::string> lines;
    for (const auto& override : scenario.overrides) lines.push_back(change(override, locale));
    return lines;
}

std::string scenario_summary(const ScenarioInfo& scenario, const Locale& locale) {
    if (!scenario.applies()) return "";
    std::string text = scenario_heading(scenario, locale);
    for (const auto& line : scenario_changes(scenario, locale)) text += "; " + line;
    return text;
}

void write_scenario_note(const ScenarioInfo& scenario, NoteStyle style, std::ostream& out, const Locale& locale) {
    if (!scenario.applies()) return;
    const char* heading_before = style == NoteStyle::markdown ? "**" : style == NoteStyle::csv ? "# " : "";
    const char* heading_after = style == NoteStyle::markdown ? "**\n" : "";
    const char* item = style == NoteStyle::markdown ? "- " : style == NoteStyle::csv ? "# " : "  ";
    const auto shown = [&](const std::string& text) { return style == NoteStyle::markdown ? markdown_text(text) : text; };
    out << heading_before << shown(scenario_heading(scenario, locale)) << heading_after << "\n";
    for (const auto& line : scenario_changes(scenario, locale)) out << item << shown(line) << "\n";
    if (style != NoteStyle::csv) out << "\n";
}

void write_scenario_json(const ScenarioInfo& scenario, JsonWriter& json) {
    if (!scenario.applies()) return;
    json.key("scenario").begin_object().field("name", scenario.name).field("about", scenario.about);
    json.key("overrides").begin_array();
    for (const auto& override : scenario.overrides) {
        json.begin_object().field("input", override.target).field("value", override.value);
        if (override.was.empty()) json.key("model_value").null();
        else json.field("model_value", override.was);
        json.field("at", override.pos.to_string());
        if (override.was_pos.known()) json.field("model_at", override.was_pos.to_string());
        json.end_object();
    }
    json.end_array().end_object();
}

void write_title(const Model& model, const std::string& what, bool markdown, std::ostream& out, const Locale& locale) {
    if (markdown) {
        out << "# " << markdown_text(model.name) << ": " << what << "\n\n";
    } else {
        out << model.name << ": " << what << "\n";
        if (!model.file.empty()) out << model.file << "\n";
        out << "\n";
    }
    write_scenario_note(model.scenario, markdown ? NoteStyle::markdown : NoteStyle::text, out, locale);
}

}  // namespace tariffs
