// The build-up review: per product the stated, computed and reference
// tariffs, and the difference with the reference attributed to the inputs.
#include "tariffs/reports/text/check_reports.hpp"

#include "tariffs/reports/report_writer.hpp"
#include "tariffs/reports/scenario_note.hpp"
#include "tariffs/reports/text/check_report_parts.hpp"

#include <algorithm>
#include <optional>
#include <string>
#include <vector>

namespace tariffs {

namespace {

using namespace check_parts;

// --- Build-up -------------------------------------------------------------------

// The tariff the bid stands for: the stated one, else what the inputs give.
const Number& bid_tariff(const BuildUpResult& result) { return result.stated ? *result.stated : result.computed; }

std::string flag(const BuildUpResult& result, const Locale& locale) {
    return locale.text("does not follow from its own inputs: should be {tariff}",
                       {{"{tariff}", locale.money(people_amount(result.computed))}});
}

std::string check_text(const BuildUpResult& result, const Locale& locale) {
    if (!result.consistent) return flag(result, locale);
    return locale.text(result.stated ? "follows from its inputs" : "not stated");
}

Table buildup_summary_table(const BuildUpReview& review, const Locale& locale) {
    Table table;
    table.columns = {{"code"},           {"name"},           {"stated", true, true}, {"computed", true, true},
                     {"reference", true, true}, {"difference", true}, {"check"}};
    for (const auto& result : review.products)
        table.rows.push_back({result.code, result.name, result.stated ? people_amount(*result.stated) : "—",
                              people_amount(result.computed), people_amount(result.reference),
                              signed_amount(result.difference), check_text(result, locale)});
    return table;
}

// A part's input: a name from the model, or the part a stated tariff adds, in the locale.
std::string part_input(const AttributionPart& part, const Locale& locale) {
    return part.input == stated_tariff_part ? locale.text(stated_tariff_part) : part.input;
}

Table parts_table(const BuildUpResult& result, const Locale& locale) {
    Table table;
    table.columns = {{"input"}, {"reference"}, {"bid"}, {"effect", true}};
    for (const auto& part : result.parts)
        table.rows.push_back({part_input(part, locale), localised_value(part.reference, locale),
                              localised_value(part.bid, locale), signed_amount(part.effect)});
    table.rows.push_back({locale.text("total"), locale.money(people_amount(result.reference)),
                          locale.money(people_amount(bid_tariff(result))), locale.number(signed_amount(result.difference))});
    table.strong_cells({0, 3});
    return table;
}

const char* const buildup_legend =
    "Each effect is the change in the tariff from that input's bid value, every input above it already changed; "
    "the total is the bid's tariff (stated, else computed) − the reference; ≈ marks a value shown to six "
    "decimals.\n";

// `stated     138.74`: a label and its amount; Markdown breaks the line with two
// trailing spaces, the terminal lines up the amounts.
void write_buildup_amounts(const BuildUpResult& result, bool markdown, std::ostream& out, const Locale& locale) {
    const auto label = [&](const char* english) {
        const std::string text = locale.text(english);
        return markdown ? text + " " : text + std::string(11 - std::min<std::size_t>(10, text.size()), ' ');
    };
    const std::string end = markdown ? "  \n" : "\n";
    out << label("stated") << (result.stated ? locale.money(people_amount(*result.stated)) : "—");
    if (!result.consistent) out << " — " << flag(result, locale);
    out << end << label("computed") << locale.money(people_amount(result.computed)) << end;
    out << label("reference") << locale.money(people_amount(result.reference)) << "\n\n";
}

void write_buildup_text(const Model& model, const BuildUpReview& review, bool markdown, std::ostream& out,
                        const Locale& locale) {
    write_title(model, locale.text("build-up of") + " " + review.provider, markdown, out, locale);
    out << locale.text("Inputs in {file} priced under the model's method.", {{"{file}", review.file}}) << "\n\n";
    if (review.products.empty()) {
        out << locale.text("The build-up has no products.") << "\n\n";
    } else {
        write_table(buildup_summary_table(review, locale), markdown, out, locale);
        out << "\n";
    }
    for (const auto& result : review.products) {
        heading(result.code + (result.name.empty() ? "" : " " + result.name), markdown, out);
        write_buildup_amounts(result, markdown, out, locale);
        write_table(parts_table(result, locale), markdown, out, locale);
        out << "\n";
    }
    out << locale.text(buildup_legend);
}

void write_buildup_json(const Model& model, const BuildUpReview& review, std::ostream& out) {
    JsonWriter json(out);
    json.begin_object().field("model", model.name);
    write_scenario_json(model.scenario, json);
    json.field("provider", review.provider).field("file", review.file);
    json.key("products").begin_array();
    for (const auto& result : review.products) {
        json.begin_object()
            .field("code", result.code)
            .field("name", result.name)
            .field("reference", amount(result.reference).text)
            .field("computed", amount(result.computed).text);
        json_optional(json, "stated", result.stated ? std::optional(amount(*result.stated).text) : std::nullopt);
        json.key("consistent").boolean(result.consistent);
        if (!result.consistent) json.field("should_be", amount(result.computed).text);
        json.field("difference", amount(result.difference).text);
        json.key("parts").begin_array();
        for (const auto& part : result.parts)
            json.begin_object()
                .field("input", part.input)
                .field("reference", part.reference)
                .field("bid", part.bid)
                .field("effect", amount(part.effect).text)
                .end_object();
        json.end_array().end_object();
    }
    json.end_array().end_object().finish();
}

// CSV: per product a row per part, then a `total` row: the reference tariff,
// the bid's tariff and their difference.
Table buildup_csv(const BuildUpReview& review, const Locale& locale) {
    Table table;
    table.columns = {{"code"}, {"input"}, {"reference"}, {"bid"}, {"effect", true}};
    for (const auto& result : review.products) {
        for (const auto& part : result.parts)
            table.rows.push_back({result.code, part_input(part, locale), localised_value(part.reference, locale),
                                  localised_value(part.bid, locale), amount(part.effect).text});
        table.rows.push_back({result.code, locale.text("total"), locale.number(amount(result.reference).text),
                              locale.number(amount(bid_tariff(result)).text), amount(result.difference).text});
    }
    return table;
}

}  // namespace

void write_buildup_review(const Model& model, const BuildUpReview& review, ReportFormat format, std::ostream& out,
                          const Locale& locale) {
    write_report(format,
                 {.table = [&](std::ostream& o) { write_buildup_text(model, review, false, o, locale); },
                  .markdown = [&](std::ostream& o) { write_buildup_text(model, review, true, o, locale); },
                  .json = [&](std::ostream& o) { write_buildup_json(model, review, o); },
                  .csv = [&] { return buildup_csv(review, locale); },
                  .scenarios = {&model.scenario}},
                 out, locale);
}

}  // namespace tariffs
