#include "tariffs/reports/text/heavy_care_reports.hpp"
#include "tariffs/reports/allocation_wording.hpp"

#include "engine/decimal.hpp"
#include "tariffs/reports/text/heavy_care_text.hpp"
#include "tariffs/reports/json.hpp"
#include "tariffs/reports/report_writer.hpp"
#include "tariffs/reports/table.hpp"

#include <string>
#include <vector>

namespace tariffs {

namespace {

using engine::Number;
using heavy_care::marked;
using heavy_care::money;
using heavy_care::plain;

bool is_insurance(const Allocation& allocation) { return allocation.key == AllocationKey::insurance; }

std::string key_name(const Allocation& allocation, const Locale& locale) {
    return locale.text(to_string(allocation.key));
}

std::string allocation_what(const Allocation& allocation, const Locale& locale) {
    return locale.text("allocation") + " " + std::to_string(allocation.year) + " " + locale.text("by") + " " +
           key_name(allocation, locale);
}

Table allocation_table(const Allocation& allocation, const Locale& locale) {
    const bool insurance = is_insurance(allocation);
    Table table;
    table.columns = {{"municipality"}, {"weight", true}, {"exact share", true, true}};
    if (insurance)
        table.columns.insert(table.columns.end(), {{"premium", true, true}, {"cent"}, {"use", true, true}, {"under-use", true, true},
                                                   {"refund", true}, {"deficit", true}, {"amount", true}});
    else
        table.columns.insert(table.columns.end(), {{"amount", true, true}, {"cent"}});
    Number weights, exact, amounts, premiums, uses, under_uses, refunds, deficits;
    for (const auto& share : allocation.shares) {
        const std::string cent = share.extra_cent ? "+1 cent" : "";
        std::vector<std::string> row = {share.name, marked(plain(share.weight)), marked(plain(share.exact))};
        if (insurance)
            row.insert(row.end(), {marked(money(share.premium)), cent, marked(money(share.use)),
                                   marked(money(share.under_use)), marked(money(share.refund)),
                                   marked(money(share.deficit)), marked(money(share.amount))});
        else
            row.insert(row.end(), {marked(money(share.amount)), cent});
        table.rows.push_back(std::move(row));
        weights += share.weight;
        exact += share.exact;
        amounts += share.amount;
        premiums += share.premium;
        uses += share.use;
        under_uses += share.under_use;
        refunds += share.refund;
        deficits += share.deficit;
    }
    std::vector<std::string> total = {locale.text("total"), marked(plain(weights)), marked(plain(exact))};
    if (insurance)
        total.insert(total.end(), {marked(money(premiums)), "", marked(money(uses)), marked(money(under_uses)),
                                   marked(money(refunds)), marked(money(deficits)), marked(money(amounts))});
    else
        total.insert(total.end(), {marked(money(amounts)), ""});
    table.rows.push_back(std::move(total));
    return table;
}

std::string allocation_header(const Allocation& allocation, const Locale& locale) {
    return locale.text("total") + " " + locale.money(marked(money(allocation.total))) + "; " + locale.text("key") +
           " " + key_name(allocation, locale) + "; " + locale.text("year") + " " + std::to_string(allocation.year) +
           "; " + locale.text("basis") + " " + basis_text(allocation, locale) + "\n";
}

std::string insurance_summary(const Allocation& allocation, const Locale& locale) {
    const auto amount = [&](const Number& value) { return locale.money(marked(money(value))); };
    return locale.text("use") + " " + amount(allocation.use) + "; " + locale.text("surplus") + " " +
           amount(allocation.surplus) + "; " + locale.text("no-claim pool") + " " + amount(allocation.pool) + "; " +
           locale.text("deficit") + " " + amount(allocation.deficit) + "\n";
}

const char* const allocation_note =
    "Each gets its exact share rounded down to a cent; the cents left over go one each to the\n"
    "largest remainders (+1 cent), ties to the municipality listed first. ≈ marks a share shown\n"
    "to six decimals.\n";
const char* const insurance_note =
    "The exact share and the cent are of the premium. A surplus (total − use) makes a no-claim\n"
    "pool, split by under-use max(0, premium − use); a deficit is split like the premiums.\n"
    "amount = premium − refund + deficit part: the premiums add up to the total, the amounts to\n"
    "the total − the no-claim pool + the deficit.\n";

std::string allocation_footnote(const Allocation& allocation, const Locale& locale) {
    std::string text = locale.text(allocation_note);
    if (is_insurance(allocation)) text += locale.text(insurance_note);
    return text;
}

void write_allocation_text(const Model& model, const Allocation& allocation, bool markdown, std::ostream& out,
                           const Locale& locale) {
    write_title(model, allocation_what(allocation, locale), markdown, out, locale);
    out << allocation_header(allocation, locale);
    if (is_insurance(allocation)) out << (markdown ? "\n" : "") << insurance_summary(allocation, locale);
    out << "\n";
    if (markdown) {
        write_markdown(allocation_table(allocation, locale), out, locale);
    } else {
        write_text(allocation_table(allocation, locale), out, locale);
    }
    out << "\n" << allocation_footnote(allocation, locale);
}

void write_allocation_json(const Model& model, const Allocation& allocation, std::ostream& out) {
    const bool insurance = is_insurance(allocation);
    JsonWriter json(out);
    json.begin_object().field("model", model.name).field("file", model.file);
    write_scenario_json(model.scenario, json);
    json.field("total", money(allocation.total).text)
        .field("key", to_string(allocation.key))
        .key("year")
        .integer(allocation.year)
        .field("basis", basis_text(allocation));
    if (insurance)
        json.field("use", money(allocation.use).text)
            .field("surplus", money(allocation.surplus).text)
            .field("pool", money(allocation.pool).text)
            .field("deficit", money(allocation.deficit).text);
    json.key("municipalities").begin_array();
    for (const auto& share : allocation.shares) {
        json.begin_object()
            .field("name", share.name)
            .field("weight", plain(share.weight).text)
            .field("exact", plain(share.exact).text)
            .field("exact_fraction", share.exact.to_fraction_string())
            .field("amount", money(share.amount).text)
            .key("extra_cent")
            .boolean(share.extra_cent);
        if (insurance)
            json.field("premium", money(share.premium).text)
                .field("use", money(share.use).text)
                .field("under_use", money(share.under_use).text)
                .field("refund", money(share.refund).text)
                .field("deficit", money(share.deficit).text);
        json.end_object();
    }
    json.end_array().end_object().finish();
}

// CSV: one row per municipality; the insurance columns are empty for other keys.
Table allocation_csv(const Allocation& allocation, const Locale& locale) {
    const bool insurance = is_insurance(allocation);
    Table table;
    table.columns = {{"key"},           {"year"},          {"municipality"},     {"weight", true},
                     {"exact", true},   {"amount", true},  {"extra_cent"},       {"premium", true},
                     {"use", true},     {"under_use", true}, {"refund", true},   {"deficit", true}};
    for (const auto& share : allocation.shares) {
        auto insured = [&](const Number& value) { return insurance ? money(value).text : std::string(); };
        table.rows.push_back({key_name(allocation, locale), std::to_string(allocation.year), share.name,
                              plain(share.weight).text, plain(share.exact).text, money(share.amount).text,
                              locale.text(share.extra_cent ? "true" : "false"), insured(share.premium), insured(share.use),
                              insured(share.under_use), insured(share.refund), insured(share.deficit)});
    }
    return table;
}

}  // namespace

void write_allocation(const Model& model, const Allocation& allocation, ReportFormat format, std::ostream& out,
                      const Locale& locale) {
    write_report(format,
                 {.table = [&](std::ostream& o) { write_allocation_text(model, allocation, false, o, locale); },
                  .markdown = [&](std::ostream& o) { write_allocation_text(model, allocation, true, o, locale); },
                  .json = [&](std::ostream& o) { write_allocation_json(model, allocation, o); },
                  .csv = [&] { return allocation_csv(allocation, locale); },
                  .scenarios = {&model.scenario}},
                 out, locale);
}

}  // namespace tariffs
