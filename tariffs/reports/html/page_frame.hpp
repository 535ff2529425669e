// What begins and ends every page: the document's head (its title and the
// style sheet), the page header with the model's name, the facts under it,
// the model's file and fingerprint, the scenario it is computed under and its
// warnings; and the footer with the fingerprint that closes the page.
#pragma once

#include "tariffs/model/model.hpp"
#include "tariffs/model/scenario.hpp"
#include "tariffs/reports/i18n/locale.hpp"

#include <ostream>
#include <string>
#include <vector>

namespace tariffs::html {

// Everything up to the page's content: `<!DOCTYPE html>` … `<main>`.
void document_start(const std::string& title, const Locale& locale, std::ostream& out);
// The header, left open for a lead: the model's name, `meta` under it, the
// model's file and fingerprint, then the scenario and the warnings, if any.
void page_header(const Model& model, const std::vector<std::string>& meta, const Locale& locale, std::ostream& out);
// Both, for a what-if page: its title is the model's name and `meta`.
void page_start(const Model& model, const std::vector<std::string>& meta, const Locale& locale, std::ostream& out);
// What the model changes under a scenario, as a box.
void scenario_box(const ScenarioInfo& scenario, std::ostream& out, const Locale& locale);
// The footer and the end of the document.
void page_end(const Model& model, const Locale& locale, std::ostream& out);

// The model's file as a document names it: without the directories of the machine that ran it.
std::string model_file_name(const Model& model);

}  // namespace tariffs::html
