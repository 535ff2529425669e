// The index check: each listed tariff against the model's, the difference in
// cents and the alternatives that explain it, in the locale's words.
#include "tariffs/reports/text/check_reports.hpp"

#include "tariffs/reports/report_writer.hpp"
#include "tariffs/reports/scenario_note.hpp"
#include "tariffs/reports/text/check_report_parts.hpp"
#include "tariffs/pricing/indexation.hpp"

#include <algorithm>
#include <optional>
#include <string>
#include <vector>

namespace tariffs {

namespace {

using namespace check_parts;

// --- Index check ----------------------------------------------------------------

bool has_expected(const IndexCheckLine& line) {
    return line.status == IndexCheckStatus::exact || line.status == IndexCheckStatus::differs;
}

std::string causes_text(const IndexCheckLine& line, const Locale& locale) {
    if (line.status != IndexCheckStatus::differs) return "";
    if (line.causes.empty()) return locale.text("no single alternative explains it");
    std::vector<std::string> causes;
    for (const auto& cause : line.causes) causes.push_back(index_cause_text(cause, locale));
    return join(causes, "; ");
}

Table index_check_table(const IndexCheck& check, const Locale& locale) {
    Table table;
    table.columns = {{"line", true},           {"provider"},   {"code"},   {"year"},         {"listed", true, true},
                     {"expected", true, true}, {"difference (cents)", true}, {"status"}, {"likely cause"}};
    for (const auto& line : check.lines) {
        std::vector<std::string> row = {std::to_string(line.line), line.provider, line.code, std::to_string(line.year),
                                        people_amount(line.listed)};
        if (has_expected(line)) {
            const DisplayedValue cents = in_cents(line.difference);
            row.insert(row.end(), {people_amount(line.expected), marked({plus(cents.text), cents.approximate})});
        } else {
            row.insert(row.end(), {"", ""});
        }
        row.insert(row.end(), {locale.text(to_string(line.status)), causes_text(line, locale)});
        table.rows.push_back(std::move(row));
    }
    return table;
}

// `4 lines: 2 exact, 1 differs, 1 unknown_product, 0 unknown_year`
std::string index_counts(const IndexCheck& check, const Locale& locale) {
    std::string text = std::to_string(check.lines.size()) + " " +
                       locale.text(check.lines.size() == 1 ? "line" : "lines") + ": ";
    bool first = true;
    for (auto status : {IndexCheckStatus::exact, IndexCheckStatus::differs, IndexCheckStatus::unknown_product,
                        IndexCheckStatus::unknown_year}) {
        const auto n = std::count_if(check.lines.begin(), check.lines.end(),
                                     [&](const IndexCheckLine& l) { return l.status == status; });
        text += (first ? "" : ", ") + std::to_string(n) + " " + locale.text(to_string(status));
        first = false;
    }
    return text + "\n";
}

// Per provider with a differing tariff: the alternatives that alone explain
// every difference (and change none of its exact tariffs).
Table index_providers_table(const IndexCheck& check, const Locale& locale) {
    Table table;
    table.columns = {{"provider"}, {"lines", true}, {"differing", true}, {"explains every difference"}};
    for (const auto& provider : check.providers) {
        std::vector<std::string> causes;
        for (const auto& cause : provider.explains_all) causes.push_back(index_cause_text(cause, locale));
        table.rows.push_back({provider.provider, std::to_string(provider.lines), std::to_string(provider.differing),
                              causes.empty() ? locale.text("no single alternative") : join(causes, "; ")});
    }
    return table;
}

const char* const index_legend =
    "exact: the model's tariff; differs: difference (cents) = (listed − expected) × 100, with the alternatives that give the "
    "listed tariff exactly, the most specific first; per provider, the alternatives that alone give every tariff of it that "
    "differs and change none that is exact; unknown_product, unknown_year: the model has no such tariff; ≈ marks a value "
    "shown to six decimals.\n";

void write_index_check_text(const Model& model, const IndexCheck& check, bool markdown, std::ostream& out,
                            const Locale& locale) {
    write_title(model, locale.text("index check"), markdown, out, locale);
    out << locale.text("Tariffs listed in {file} against the model's indexed tariffs.",
                       {{"{file}", file_read_as(check.file, check.dialect, locale)}})
        << "\n\n";
    if (check.lines.empty()) {
        out << locale.text("No tariff line could be read.") << "\n\n";
    } else {
        write_table(index_check_table(check, locale), markdown, out, locale);
        out << "\n" << index_counts(check, locale) << "\n";
    }
    if (!check.providers.empty()) {
        heading(locale.text("Per provider"), markdown, out);
        write_table(index_providers_table(check, locale), markdown, out, locale);
        out << "\n";
    }
    write_unreadable(check.unreadable, markdown, out, locale);
    out << locale.text(index_legend);
}

void write_index_check_json(const Model& model, const IndexCheck& check, std::ostream& out) {
    JsonWriter json(out);
    json.begin_object().field("model", model.name);
    write_scenario_json(model.scenario, json);
    json.field("file", check.file);
    json_dialect(json, check.dialect);
    json.key("lines").begin_array();
    for (const auto& line : check.lines) {
        const bool expected = has_expected(line);
        json.begin_object()
            .key("line")
            .integer(line.line)
            .field("provider", line.provider)
            .field("code", line.code)
            .key("year")
            .integer(line.year)
            .field("listed", amount(line.listed).text);
        json_optional(json, "expected", expected ? std::optional(amount(line.expected).text) : std::nullopt);
        json_optional(json, "difference", expected ? std::optional(amount(line.difference).text) : std::nullopt);
        json_optional(json, "difference_cents",
                      expected ? std::optional(in_cents(line.difference).text) : std::nullopt);
        json.field("status", to_string(line.status));
        json.key("causes").begin_array();
        for (const auto& cause : line.causes) json.string(index_cause_text(cause, default_locale));
        json.end_array().end_object();
    }
    json.end_array();
    json.key("providers").begin_array();
    for (const auto& provider : check.providers) {
        json.begin_object()
            .field("provider", provider.provider)
            .key("lines")
            .integer(provider.lines)
            .key("differing")
            .integer(provider.differing);
        json.key("explained_by").begin_array();
        for (const auto& cause : provider.explains_all) json.string(index_cause_text(cause, default_locale));
        json.end_array().end_object();
    }
    json.end_array();
    json_unreadable(json, check.unreadable);
    json.end_object().finish();
}

// CSV: one row per listed tariff; `causes` joined by `; `.
Table index_check_csv(const IndexCheck& check, const Locale& locale) {
    Table table;
    table.columns = {{"line"},           {"provider"},         {"code"},   {"year"},  {"listed", true},
                     {"expected", true}, {"difference", true}, {"status"}, {"causes"}};
    for (const auto& line : check.lines) {
        const bool expected = has_expected(line);
        std::vector<std::string> causes;
        for (const auto& cause : line.causes) causes.push_back(index_cause_text(cause, locale));
        table.rows.push_back({std::to_string(line.line), line.provider, line.code, std::to_string(line.year),
                              amount(line.listed).text, expected ? amount(line.expected).text : "",
                              expected ? amount(line.difference).text : "", locale.text(to_string(line.status)),
                              join(causes, "; ")});
    }
    return table;
}


// `OVA 90%, PPC 10%`
std::string weights_text(const ResolvedWeights& weights, const Locale& locale) {
    std::vector<std::string> parts;
    for (const auto& [component, weight] : weights)
        parts.push_back(component + " " + localised_value(engine::display_value(weight * Number(100), 6).text + "%", locale));
    return join(parts, ", ");
}

// ` (4.95% instead of 4.957%)`: the line's index under the alternative and the model's, where it shows them.
std::string index_detail(const IndexCause& cause, const Locale& locale) {
    if (!cause.index || !cause.own_index) return "";
    const auto percent = [&](const Number& fraction) { return localised_value(tariffs::percentage(fraction), locale); };
    return " (" + locale.text("{index} instead of {own_index}",
                              {{"{index}", percent(*cause.index)}, {"{own_index}", percent(*cause.own_index)}}) + ")";
}

// `0.01%`: the step an index is rounded to, `places` decimals of the percentage.
std::string percentage_step(int places, const Locale& locale) {
    const std::string step = places <= 0 ? "1" : "0." + std::string(static_cast<std::size_t>(places - 1), '0') + "1";
    return localised_value(step + "%", locale);
}

std::string index_rounding_text(const IndexCause& cause, const Locale& locale) {
    const std::string step = percentage_step(cause.places, locale);
    return cause.every_step ? locale.text("the index as published, each step rounded to {step}", {{"{step}", step}})
                            : locale.text("the index rounded to {step} only at the end", {{"{step}", step}});
}

std::string correction_text(const IndexCause& cause, const Locale& locale) {
    if (cause.correction == Correction::none) {
        if (cause.year == 0) return locale.text("without any correction for the year before");
        return locale.text("without the correction for {year}", {{"{year}", std::to_string(cause.year)}});
    }
    const std::string method(cause.correction == Correction::points ? "points" : "ratio");
    if (!cause.own_correction) return locale.text("the correction as {method}", {{"{method}", method}});
    const std::string own(*cause.own_correction == Correction::points ? "points"
                          : *cause.own_correction == Correction::ratio ? "ratio"
                                                                        : "none");
    return locale.text("the correction as {method} instead of {own}", {{"{method}", method}, {"{own}", own}});
}

}  // namespace

std::string index_cause_text(const IndexCause& cause, const Locale& locale) {
    using Kind = IndexCause::Kind;
    const auto percent = [&](const Number& fraction) { return localised_value(tariffs::percentage(fraction), locale); };
    switch (cause.kind) {
        case Kind::index_rounded:
            return index_rounding_text(cause, locale) + index_detail(cause, locale);
        case Kind::index_unrounded:
            return locale.text("the index not rounded") + index_detail(cause, locale);
        case Kind::weights: {
            std::string text = locale.text("weights {weights}", {{"{weights}", weights_text(cause.weights, locale)}});
            if (!cause.own_weights.empty())
                text = locale.text("weights {weights} instead of {own}",
                                   {{"{weights}", weights_text(cause.weights, locale)},
                                    {"{own}", weights_text(cause.own_weights, locale)}});
            return text + index_detail(cause, locale);
        }
        case Kind::correction:
            return correction_text(cause, locale) + index_detail(cause, locale);
        case Kind::base_year:
            return locale.text("indexed from {year} instead of the base year {own_year}",
                               {{"{year}", std::to_string(cause.year)}, {"{own_year}", std::to_string(cause.own_year)}});
        case Kind::rounding:
            if (!cause.instead_of)
                return locale.text("rounded {mode}", {{"{mode}", std::string(engine::to_string(cause.mode))}});
            return locale.text("rounded {mode} instead of {used}",
                               {{"{mode}", std::string(engine::to_string(cause.mode))},
                                {"{used}", std::string(engine::to_string(*cause.instead_of))}});
        case Kind::direct_instead_of_chain:
            return locale.text("indexed directly from the base year instead of as a chain");
        case Kind::chain_instead_of_direct:
            return locale.text("indexed as a chain instead of directly from the base year");
        case Kind::without_correction:
            return locale.text("without the correction for {year}", {{"{year}", std::to_string(cause.year)}}) +
                   index_detail(cause, locale);
        case Kind::other_index:
            if (!cause.index || !cause.own_index)
                return locale.text("the index of {year} instead of {own_year}'s",
                                   {{"{year}", std::to_string(cause.year)}, {"{own_year}", std::to_string(cause.own_year)}});
            return locale.text("the index of {year} ({index}) instead of {own_year}'s ({own_index})",
                               {{"{year}", std::to_string(cause.year)},
                                {"{index}", percent(*cause.index)},
                                {"{own_year}", std::to_string(cause.own_year)},
                                {"{own_index}", percent(*cause.own_index)}});
    }
    return "";
}

void write_index_check(const Model& model, const IndexCheck& check, ReportFormat format, std::ostream& out,
                       const Locale& locale) {
    write_report(format,
                 {.table = [&](std::ostream& o) { write_index_check_text(model, check, false, o, locale); },
                  .markdown = [&](std::ostream& o) { write_index_check_text(model, check, true, o, locale); },
                  .json = [&](std::ostream& o) { write_index_check_json(model, check, o); },
                  .csv = [&] { return index_check_csv(check, locale); },
                  .scenarios = {&model.scenario}},
                 out, locale);
}

}  // namespace tariffs
