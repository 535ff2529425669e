// Fuzz target `reports`: the report writers on a model (`tariff price`,
// `explain`, `index`, `budget` in every format), into memory.
//
// The input is a model, written to `examples/model.yaml` (beside the files the
// `model` target provides) and read as the commands read it. Then, in English
// and Dutch: the price sheet as a table, CSV, Markdown and JSON, with the
// warnings and fingerprint notes the commands add; the HTML report
// (collect_report_data: prices, every contract year indexed, budgets); the
// first eight products and trajectories explained (text and JSON, base year
// and last contract year); the index from the base year to the last contract
// year and, with budgets, the budgets, as a table and Markdown. The XLSX
// writer is not fuzzed: it writes files. A name with `<` (a product's, a
// municipality's, a provider's, …) must never show unescaped in the Markdown
// or the HTML (`==fuzz finding==` otherwise).
#include "engine/diagnostic.hpp"
#include "tariffs/pricing/explanation.hpp"
#include "tariffs/pricing/price_sheet.hpp"
#include "tariffs/reports/text/explain_report.hpp"
#include "tariffs/reports/fingerprint_note.hpp"
#include "tariffs/reports/text/heavy_care_reports.hpp"
#include "tariffs/reports/html/html_report.hpp"
#include "tariffs/reports/i18n/locale.hpp"
#include "tariffs/reports/text/price_report.hpp"
#include "tariffs/reports/report_data.hpp"
#include "tariffs/reports/report_format.hpp"
#include "tariffs/reports/text/trajectory_report.hpp"
#include "tariffs/reports/warnings_note.hpp"

#include "fuzz_loaded.hpp"
#include "fuzz_support.hpp"

#include <cstddef>
#include <cstdint>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

namespace {

constexpr std::size_t max_input = 64 * 1024;
constexpr std::size_t max_explained = 8;

const fuzz::WorkDir& work_dir() { return fuzz::model_work_dir("reports"); }

const tariffs::Locale english{}, dutch{true};

const std::vector<std::pair<tariffs::ReportFormat, tariffs::OutputFormat>> formats{
    {tariffs::ReportFormat::table, tariffs::OutputFormat::table},
    {tariffs::ReportFormat::csv, tariffs::OutputFormat::csv},
    {tariffs::ReportFormat::json, tariffs::OutputFormat::json},
    {tariffs::ReportFormat::markdown, tariffs::OutputFormat::markdown}};

void price_sheets(const fuzz::Loaded& loaded, const tariffs::PriceSheet& sheet, const std::vector<std::string>& names) {
    for (const auto& [format, name] : formats)
        for (const auto* locale : {&english, &dutch}) {
            std::ostringstream out;
            tariffs::write_price_sheet(sheet, format, out, *locale);
            // emit(): the warnings and the fingerprint, as the commands add them
            const std::string text = tariffs::with_fingerprint(
                tariffs::with_warnings(out.str(), name, loaded.model.warnings, *locale), name,
                loaded.model.fingerprint, *locale);
            if (format == tariffs::ReportFormat::markdown)
                fuzz::require_escaped(text, names, true, "the Markdown price sheet");
        }
}

void explanations(fuzz::Loaded& loaded, const tariffs::ReportData& data) {
    const tariffs::Model& model = loaded.model;
    for (std::size_t i = 0; i < data.prices.size() && i < max_explained; ++i) {
        const auto& price = data.prices[i];
        const tariffs::IndexedProduct* indexed = data.indexed ? data.indexed->find(price.product->code) : nullptr;
        for (const auto& explanation : {tariffs::explain(*loaded.cost, price),
                                        tariffs::explain(*loaded.cost, price, indexed, model.until)})
            for (const auto format : {tariffs::ExplainFormat::text, tariffs::ExplainFormat::json})
                for (const auto* locale : {&english, &dutch}) {
                    std::ostringstream out;
                    tariffs::write_explanation(explanation, format, out, *locale);
                }
    }
    if (!data.indexed) return;
    for (std::size_t i = 0; i < data.indexed->trajectories.size() && i < max_explained; ++i)
        for (const int year : {model.year, model.until})
            if (const auto* price = data.indexed->trajectories[i].find(year))
                for (const auto format : {tariffs::ExplainFormat::text, tariffs::ExplainFormat::json}) {
                    std::ostringstream out;
                    tariffs::write_trajectory_explanation(model, *price, format, out, english);
                }
}

void heavy_care(const tariffs::ReportData& data, const std::vector<std::string>& names) {
    const tariffs::Model& model = *data.model;
    for (const auto format : {tariffs::ReportFormat::table, tariffs::ReportFormat::markdown})
        for (const auto* locale : {&english, &dutch}) {
            const bool markdown = format == tariffs::ReportFormat::markdown;
            if (data.indexed) {
                std::ostringstream out;
                tariffs::write_index(model, *data.indexed, model.year, model.until, format, out, *locale);
                if (markdown) fuzz::require_escaped(out.str(), names, true, "the Markdown index");
            }
            if (data.budgets) {
                std::ostringstream out;
                tariffs::write_budgets(model, *data.budgets, std::nullopt, format, out, *locale);
                if (markdown) fuzz::require_escaped(out.str(), names, true, "the Markdown budgets");
            }
        }
}

void write_reports(const std::string& path) {
    const auto loaded = fuzz::load(path);
    const std::vector<std::string> names = fuzz::shown_names(loaded->model);
    const tariffs::ReportData data = tariffs::collect_report_data(loaded->model, *loaded->cost);
    price_sheets(*loaded, data.sheet, names);
    for (const auto* locale : {&english, &dutch}) {
        std::ostringstream out;
        tariffs::write_html(data, *locale, out);
        fuzz::require_escaped(out.str(), names, false, "the HTML report");
    }
    explanations(*loaded, data);
    heavy_care(data, names);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size > max_input) return 0;
    const std::string path = work_dir().write("examples/model.yaml", fuzz::text_of(data, size));
    try {
        write_reports(path);
    } catch (const engine::InputError&) {
        // a located error: the right answer to broken input
    }
    return 0;
}
