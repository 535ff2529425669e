// Saying, in every report, that a scenario applies: its name, what it is
// about, and each override beside the model's own value. Nothing is written
// for the model as written, so its reports stay as they were.
#pragma once

#include "tariffs/model/model.hpp"
#include "tariffs/model/scenario.hpp"
#include "tariffs/reports/json.hpp"
#include "tariffs/reports/i18n/locale.hpp"

#include <ostream>
#include <string>
#include <vector>

namespace tariffs {

enum class NoteStyle { text, markdown, csv };

// Text: a paragraph; Markdown: a line and a list; CSV: `# ` comment lines
// before the header row. Each form ends with a blank line (CSV: none).
void write_scenario_note(const ScenarioInfo& scenario, NoteStyle style, std::ostream& out,
                         const Locale& locale = default_locale);

// The note on one line (empty for the model as written), for a document's properties.
std::string scenario_summary(const ScenarioInfo& scenario, const Locale& locale = default_locale);

// The heading line and one line per override, for writers with their own layout (HTML).
std::string scenario_heading(const ScenarioInfo& scenario, const Locale& locale = default_locale);
std::vector<std::string> scenario_changes(const ScenarioInfo& scenario, const Locale& locale = default_locale);

// `"scenario": {"name", "about", "overrides": [{"input", "value", "model_value", "at", "model_at"}]}`.
void write_scenario_json(const ScenarioInfo& scenario, JsonWriter& json);

// A report's title: `model: what` as a Markdown heading, or for the terminal
// with the model's file under it; then the scenario note.
void write_title(const Model& model, const std::string& what, bool markdown, std::ostream& out,
                 const Locale& locale = default_locale);

}  // namespace tariffs
