#include "tariffs/reports/text/check_reports.hpp"
#include "tariffs/reports/report_writer.hpp"
#include "tariffs/reports/scenario_note.hpp"

#include "engine/decimal.hpp"
#include "tariffs/pricing/indexation.hpp"
#include "tariffs/reports/json.hpp"
#include "tariffs/reports/table.hpp"

#include <algorithm>
#include <optional>
#include <string>
#include <vector>

namespace tariffs {

namespace {

using engine::DisplayedValue;
using engine::Number;

// --- Text of numbers ----------------------------------------------------------

// For people: `≈` before a value shown with fewer digits than it has.
std::string marked(const DisplayedValue& shown) { return shown.approximate ? "≈" + shown.text : shown.text; }

// An amount (a tariff, a bid, a difference): all its digits, at least two
// decimals, at most six (then `approximate`).
DisplayedValue amount(const Number& value) { return engine::display_amount(value); }

// A fraction as a percentage with two decimals: 0.0385 is `3.85`.
std::string percentage(const Number& fraction) { return engine::format_decimal(fraction * Number(100), 2); }

// A difference in cents: 0.01 is `1`, 0.005 is `0.5`.
DisplayedValue in_cents(const Number& difference) { return engine::display_value(difference * Number(100), 6); }

// `+` before a positive value's text (one that shows a digit other than zero).
std::string plus(const std::string& text) {
    const bool nonzero = text.find_first_of("123456789") != std::string::npos;
    return nonzero && text.find('-') == std::string::npos ? "+" + text : text;
}

// For people: a signed amount, `+1.23`, `-0.40`, `0.00`, `≈+0.333333`.
std::string signed_amount(const Number& value) {
    const DisplayedValue shown = amount(value);
    return marked({plus(shown.text), shown.approximate});
}

std::string people_amount(const Number& value) { return marked(amount(value)); }

std::string join(const std::vector<std::string>& parts, const std::string& separator) {
    std::string text;
    for (const auto& part : parts) text += (text.empty() ? "" : separator) + part;
    return text;
}

// A value as a model or a bid writes it (`6.5%`, `5230.00`) in the locale's
// numbers (`6,5%`); other text as it is.
std::string localised_value(const std::string& text, const Locale& locale) {
    if (!text.empty() && text.back() == '%') return locale.number(text.substr(0, text.size() - 1)) + "%";
    return locale.number(text);
}

// --- Layout ---------------------------------------------------------------------

void heading(const std::string& text, bool markdown, std::ostream& out) {
    out << (markdown ? "## " + markdown_text(text) : text) << "\n\n";
}

void write_table(const Table& table, bool markdown, std::ostream& out, const Locale& locale) {
    if (markdown) {
        write_markdown(table, out, locale);
    } else {
        write_text(table, out, locale);
    }
}

// `semicolon-separated, decimal comma, Windows-1252`: what the reader detected, in the locale.
std::string dialect_text(const CsvDialect& dialect, const Locale& locale) {
    std::vector<std::string> words{locale.text(dialect.separator == ';' ? "semicolon-separated" : "comma-separated"),
                                   locale.text(dialect.decimal_mark == ',' ? "decimal comma" : "decimal point")};
    if (dialect.byte_order_mark) words.push_back(locale.text("with a byte-order mark"));
    if (dialect.encoding == CsvEncoding::windows_1252) words.push_back(locale.text("Windows-1252 (not UTF-8)"));
    return join(words, ", ");
}

// `file (read as semicolon-separated, decimal comma)`.
std::string file_read_as(const std::string& file, const CsvDialect& dialect, const Locale& locale) {
    return file + " (" + locale.text("read as") + " " + dialect_text(dialect, locale) + ")";
}

void json_dialect(JsonWriter& json, const CsvDialect& dialect) {
    json.field("dialect", dialect_text(dialect, default_locale))
        .field("encoding", dialect.encoding == CsvEncoding::windows_1252 ? "Windows-1252" : "UTF-8");
}

// Each line that could not be read, `file:line:1: message`.
void write_unreadable(const engine::Diagnostics& unreadable, bool markdown, std::ostream& out, const Locale& locale) {
    if (unreadable.empty()) return;
    const auto items = unreadable.sorted();
    heading(locale.text("Lines that could not be read") + " (" + std::to_string(items.size()) + ")", markdown, out);
    for (const auto& item : items) {
        const std::string line = item.pos.to_string() + ": " + item.message;
        out << (markdown ? "- " + markdown_text(line) : "  " + line) << "\n";
    }
    out << "\n";
}

void json_unreadable(JsonWriter& json, const engine::Diagnostics& unreadable) {
    json.key("unreadable").begin_array();
    for (const auto& item : unreadable.sorted())
        json.begin_object().field("at", item.pos.to_string()).field("message", item.message).end_object();
    json.end_array();
}

void json_optional(JsonWriter& json, std::string_view name, const std::optional<std::string>& value) {
    json.key(name);
    if (value) {
        json.string(*value);
    } else {
        json.null();
    }
}

// --- Bid review -----------------------------------------------------------------

bool known(const BidLine& line) { return line.status != BidStatus::unknown_product; }

bool from_maximum(const BidLine& line) { return line.ceiling_basis.starts_with(maximum_tariff_basis); }

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
                                   plus(percentage(line.percentage)), bid_status_text(line, locale),
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
            notes.push_back(line.code + ": " + locale.text(maximum_tariff_basis) +
                            line.ceiling_basis.substr(maximum_tariff_basis.size()));
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
        json_optional(json, "ceiling_basis", when_known(line.ceiling_basis));
        json_optional(json, "difference", when_known(amount(line.difference).text));
        json_optional(json, "percentage", when_known(percentage(line.percentage)));
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
                              when_known(percentage(line.percentage)), locale.text(to_string(line.status))});
    }
    return table;
}

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

namespace {

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
