// The bid review: each bid line against its reference, floor and ceiling, per
// provider the count per status, per lot the ranked amounts.
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

// --- Bid review -----------------------------------------------------------------

bool known(const BidLine& line) { return line.status != BidStatus::unknown_product; }

bool from_maximum(const BidLine& line) { return line.from_maximum; }

std::string bid_status_text(const BidLine& line, const Locale& locale) {
    std::string text = locale.text(to_string(line.status));
    if (line.status != BidStatus::unit_mismatch) return text;
    const std::string product_unit =
        line.product_unit.empty() ? locale.text("the product's unit") : locale.unit_of_measure(line.product_unit);
    return text + ": " + locale.text("{unit}, not {product_unit}", {{"{unit}", line.unit}, {"{product_unit}", product_unit}});
}

// The lowest and the highest bid in whole cents within floor and ceiling
// (363.312–444.048 is 363.32–444.04): what a bidder can offer, in a currency
// that has no tenths of a cent.
std::string bids_within(const BidLine& line, const Locale& locale) {
    using engine::RoundingMode;
    return locale.number(engine::format_decimal(line.floor, 2, RoundingMode::ceiling)) + "–" +
           locale.number(engine::format_decimal(line.ceiling, 2, RoundingMode::floor));
}

Table bid_lines_table(const BidReview& review, const Locale& locale) {
    Table table;
    table.columns = {{"line", true},           {"provider"},           {"code"},   {"bid", true, true},
                     {"reference", true, true}, {"difference €", true}, {"difference %", true},
                     {"status"},               {"bids within"}};
    for (const auto& line : review.lines) {
        std::vector<std::string> row = {std::to_string(line.line), line.provider, line.code, people_amount(line.bid)};
        if (known(line)) {
            row.insert(row.end(), {people_amount(line.reference), signed_amount(line.difference),
                                   plus(percent_of_fraction(line.percentage)), bid_status_text(line, locale),
                                   bids_within(line, locale)});
        } else {
            row.insert(row.end(), {"", "", "", bid_status_text(line, locale), ""});
        }
        table.rows.push_back(std::move(row));
    }
    return table;
}

int count_of(const ProviderSummary& summary, BidStatus status) {
    auto it = summary.by_status.find(status);
    return it == summary.by_status.end() ? 0 : it->second;
}

constexpr BidStatus all_bid_statuses[] = {BidStatus::within, BidStatus::below_floor, BidStatus::above_ceiling,
                                          BidStatus::unknown_product, BidStatus::unit_mismatch};

// The status names head the columns, so the table writer puts them in the locale.
Table provider_table(const BidReview& review) {
    Table table;
    table.columns = {{"provider"}, {"lines", true}};
    for (BidStatus status : all_bid_statuses) table.columns.push_back({std::string(to_string(status)), true});
    for (const auto& summary : review.providers) {
        std::vector<std::string> row = {summary.provider, std::to_string(summary.lines)};
        for (BidStatus status : all_bid_statuses) row.push_back(std::to_string(count_of(summary, status)));
        table.rows.push_back(std::move(row));
    }
    return table;
}

// `VBL 10950, AMB-U 8240`
std::string volumes_text(const LotRanking& lot, const Locale& locale) {
    std::vector<std::string> parts;
    for (const auto& [code, volume] : lot.volumes)
        parts.push_back(code + " " + locale.number(marked(engine::display_value(volume))));
    return join(parts, ", ");
}

Table lot_table(const LotRanking& lot) {
    Table table;
    table.columns = {{"rank", true}, {"provider"}, {"amount", true, true}, {"difference", true, true}, {"missing"}};
    for (const auto& bid : lot.bids)
        table.rows.push_back({bid.rank > 0 ? std::to_string(bid.rank) : "—", bid.provider, people_amount(bid.amount),
                              signed_amount(bid.difference), join(bid.missing, ", ")});
    return table;
}

// The ceilings that come from a product's maximum tariff rather than the reference:
// `CRI-VBL: maximum tariff (region.yaml:741:22)`.
std::vector<std::string> maximum_ceilings(const BidReview& review, const Locale& locale) {
    std::vector<std::string> codes, notes;
    for (const auto& line : review.lines)
        if (known(line) && from_maximum(line) && std::find(codes.begin(), codes.end(), line.code) == codes.end()) {
            codes.push_back(line.code);
            notes.push_back(line.code + ": " + locale.say(line.ceiling_basis));
        }
    return notes;
}

const char* const bid_legend_text =
    "within: floor ≤ bid ≤ ceiling; floor {floor}% and ceiling {ceiling}% of the reference (or the product's maximum "
    "tariff); unknown_product: not in the model; unit_mismatch: bid in another unit; difference = bid − reference; bids "
    "within: the lowest and the highest bid in whole cents between floor and ceiling; ≈ marks a value shown to six "
    "decimals.\n";

std::string bid_legend(const Model& model, const Locale& locale) {
    const BidPolicy& policy = model.bid_review;
    const auto percent = [&](const Number& fraction) {
        return locale.number(marked(engine::display_value(fraction * Number(100))));
    };
    return locale.text(bid_legend_text, {{"{floor}", percent(policy.floor)}, {"{ceiling}", percent(policy.ceiling)}});
}

void write_maximum_ceilings(const BidReview& review, bool markdown, std::ostream& out, const Locale& locale) {
    const auto maxima = maximum_ceilings(review, locale);
    if (maxima.empty()) return;
    out << locale.text("Ceilings from a maximum tariff:") << "\n";
    for (const auto& note : maxima) out << (markdown ? "- " + markdown_text(note) : "  " + note) << "\n";
    out << "\n";
}

void write_lot(const LotRanking& lot, bool markdown, std::ostream& out, const Locale& locale) {
    heading(locale.text("Lot") + " " + lot.lot, markdown, out);
    const std::string volumes = lot.volumes.empty() ? locale.text("(none)") : volumes_text(lot, locale);
    out << locale.text("Reference amount {amount} on the reference volumes {volumes}.",
                       {{"{amount}", locale.money(people_amount(lot.reference))}, {"{volumes}", volumes}})
        << "\n\n";
    if (lot.bids.empty()) {
        out << locale.text("No provider bid on this lot.") << "\n\n";
    } else {
        write_table(lot_table(lot), markdown, out, locale);
        out << "\n";
    }
}

void write_bid_review_text(const Model& model, const BidReview& review, bool markdown, std::ostream& out,
                           const Locale& locale) {
    const std::string year = std::to_string(review.year);
    write_title(model, locale.text("bid review") + " " + year, markdown, out, locale);
    out << locale.text("Bids in {file} against the tariffs of {year}.",
                       {{"{file}", file_read_as(review.file, review.dialect, locale)}, {"{year}", year}})
        << "\n\n";
    if (review.lines.empty()) {
        out << locale.text("No bid line could be read.") << "\n\n";
    } else {
        write_table(bid_lines_table(review, locale), markdown, out, locale);
        out << "\n";
        write_maximum_ceilings(review, markdown, out, locale);
    }
    if (!review.providers.empty()) {
        heading(locale.text("Per provider"), markdown, out);
        write_table(provider_table(review), markdown, out, locale);
        out << "\n";
    }
    for (const auto& lot : review.lots) write_lot(lot, markdown, out, locale);
    write_unreadable(review.unreadable, markdown, out, locale);
    out << bid_legend(model, locale);
}

void write_bid_review_json(const Model& model, const BidReview& review, std::ostream& out) {
    JsonWriter json(out);
    json.begin_object().field("model", model.name);
    write_scenario_json(model.scenario, json);
    json.field("file", review.file);
    json_dialect(json, review.dialect);
    json.key("year").integer(review.year);
    json.key("lines").begin_array();
    for (const auto& line : review.lines) {
        const bool is_known = known(line);
        auto when_known = [&](const std::string& text) { return is_known ? std::optional(text) : std::nullopt; };
        json.begin_object()
            .key("line")
            .integer(line.line)
            .field("provider", line.provider)
            .field("code", line.code)
            .field("unit", line.unit)
            .field("bid", amount(line.bid).text);
        json_optional(json, "reference", when_known(amount(line.reference).text));
        json_optional(json, "floor", when_known(amount(line.floor).text));
        json_optional(json, "ceiling", when_known(amount(line.ceiling).text));
        json_optional(json, "ceiling_basis", when_known(line.ceiling_basis.english()));
        json_optional(json, "difference", when_known(amount(line.difference).text));
        json_optional(json, "percentage", when_known(percent_of_fraction(line.percentage)));
        json.field("status", to_string(line.status)).end_object();
    }
    json.end_array();
    json.key("providers").begin_array();
    for (const auto& summary : review.providers) {
        json.begin_object().field("provider", summary.provider).key("lines").integer(summary.lines);
        for (BidStatus status : all_bid_statuses) json.key(to_string(status)).integer(count_of(summary, status));
        json.end_object();
    }
    json.end_array();
    json.key("lots").begin_array();
    for (const auto& lot : review.lots) {
        json.begin_object().field("lot", lot.lot).field("reference", amount(lot.reference).text);
        json.key("volumes").begin_array();
        for (const auto& [code, volume] : lot.volumes)
            json.begin_object().field("code", code).field("volume", engine::display_value(volume).text).end_object();
        json.end_array();
        json.key("bids").begin_array();
        for (const auto& bid : lot.bids) {
            json.begin_object()
                .field("provider", bid.provider)
                .field("amount", amount(bid.amount).text)
                .field("difference", amount(bid.difference).text)
                .key("rank");
            if (bid.rank > 0) {
                json.integer(bid.rank);
            } else {
                json.null();
            }
            json.key("missing").begin_array();
            for (const auto& code : bid.missing) json.string(code);
            json.end_array().end_object();
        }
        json.end_array().end_object();
    }
    json.end_array();
    json_unreadable(json, review.unreadable);
    json.end_object().finish();
}

// CSV: one row per bid line; the reference columns are empty for an unknown product.
Table bid_review_csv(const BidReview& review, const Locale& locale) {
    Table table;
    table.columns = {{"line"},          {"provider"},        {"code"},       {"unit"},
                     {"bid", true},     {"reference", true}, {"floor", true}, {"ceiling", true},
                     {"difference", true}, {"percentage", true}, {"status"}};
    for (const auto& line : review.lines) {
        const bool is_known = known(line);
        auto when_known = [&](const std::string& text) { return is_known ? text : std::string(); };
        table.rows.push_back({std::to_string(line.line), line.provider, line.code, line.unit, amount(line.bid).text,
                              when_known(amount(line.reference).text), when_known(amount(line.floor).text),
                              when_known(amount(line.ceiling).text), when_known(amount(line.difference).text),
                              when_known(percent_of_fraction(line.percentage)), locale.text(to_string(line.status))});
    }
    return table;
}

}  // namespace

void write_bid_review(const Model& model, const BidReview& review, ReportFormat format, std::ostream& out,
                      const Locale& locale) {
    write_report(format,
                 {.table = [&](std::ostream& o) { write_bid_review_text(model, review, false, o, locale); },
                  .markdown = [&](std::ostream& o) { write_bid_review_text(model, review, true, o, locale); },
                  .json = [&](std::ostream& o) { write_bid_review_json(model, review, o); },
                  .csv = [&] { return bid_review_csv(review, locale); },
                  .scenarios = {&model.scenario}},
                 out, locale);
}

}  // namespace tariffs
