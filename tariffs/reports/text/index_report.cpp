#include "tariffs/reports/text/heavy_care_reports.hpp"

#include "engine/decimal.hpp"
#include "tariffs/reports/text/heavy_care_text.hpp"
#include "tariffs/reports/index_wording.hpp"
#include "tariffs/reports/json.hpp"
#include "tariffs/reports/report_writer.hpp"
#include "tariffs/reports/table.hpp"

#include <stdexcept>
#include <string>
#include <unordered_map>
#include <vector>

namespace tariffs {

namespace {

using engine::DisplayedValue;
using engine::Number;
using heavy_care::marked;
using heavy_care::plain;
using heavy_care::tariff_value;
using heavy_care::year_span;

// An index (a fraction) as a percentage: 0.0385 is `3.85`, 0.03944 is `3.944`.
DisplayedValue percent(const Number& fraction) { return engine::display_amount(fraction * Number(100), 2, 6); }

struct IndexYear {
    int year = 0;
    const IndexStep* step = nullptr;  // none in the base year
};

std::vector<IndexYear> index_years(const IndexedTariffs& tariffs, int from, int to) {
    if (from > to)
        throw std::out_of_range("the years run from " + std::to_string(from) + " to " + std::to_string(to) +
                                ": the first cannot come after the last");
    if (from < tariffs.base_year || to > tariffs.last_year)
        throw std::out_of_range("no indexed tariffs for " + year_span(from, to) + ": the tariffs run " +
                                year_span(tariffs.base_year, tariffs.last_year));
    std::vector<IndexYear> years;
    for (int year = from; year <= to; ++year) years.push_back({year, tariffs.index_of(year)});
    return years;
}

// The product's index in a year when its own weights make it differ from the year's.
const IndexStep* own_index(const IndexedProduct& product, const IndexYear& year) {
    const YearTariff* tariff = product.find(year.year);
    if (!tariff || !tariff->index || !year.step) return nullptr;
    return tariff->index->index == year.step->index ? nullptr : &*tariff->index;
}

std::string weights_text(const ResolvedWeights& weights) {
    std::string text;
    for (const auto& [component, weight] : weights)
        text += (text.empty() ? "" : ", ") + component + " " + marked(plain(weight * Number(100))) + "%";
    return text;
}

std::string year_how(const IndexPolicy& policy, const IndexYear& year, const Locale& locale = default_locale) {
    return year.step ? describe(*year.step, policy, index_wording(locale))
                     : locale.text("base year: the tariffs of the cost model");
}

Table index_year_table(const std::vector<IndexYear>& years) {
    Table table;
    table.columns = {{"year"}, {"index %", true}};
    for (const auto& year : years)
        table.rows.push_back({std::to_string(year.year), year.step ? marked(percent(year.step->index)) : "—"});
    return table;
}

// Whether the model names indexation policies: then each product's is shown.
bool has_policies(const Model& model) { return !model.indexation.policies.empty(); }

// The policy a product follows, by name: the model's own is `model`.
std::string policy_name(const IndexedProduct& product) {
    return product.policy->name.empty() ? "model" : product.policy->name;
}

Table index_product_table(const Model& model, const IndexedTariffs& tariffs, const std::vector<IndexYear>& years,
                          const Locale& locale) {
    Table table;
    table.columns = {{"code"}, {"name"}, {"unit"}};
    if (has_policies(model)) table.columns.push_back({"policy"});
    for (const auto& year : years) table.columns.push_back({std::to_string(year.year), true, true});
    for (const auto& product : tariffs.products) {
        std::vector<std::string> row = {product.product->code, product.product->name, locale.text(product.product->unit)};
        if (has_policies(model)) row.push_back(policy_name(product));
        for (const auto& year : years) {
            const YearTariff* tariff = product.find(year.year);
            row.push_back(tariff ? marked(tariff_value(tariff->price)) : "");
        }
        table.rows.push_back(std::move(row));
    }
    for (const auto& trajectory : tariffs.trajectories) {
        std::vector<std::string> row = {trajectory.trajectory->code, trajectory.trajectory->name,
                                        locale.text(trajectory_unit)};
        if (has_policies(model)) row.push_back("");
        for (const auto& year : years) {
            const TrajectoryPrice* price = trajectory.find(year.year);
            row.push_back(price ? marked(tariff_value(price->price)) : "");
        }
        table.rows.push_back(std::move(row));
    }
    return table;
}

const char* const trajectory_index_note =
    "A trajectory (per output) is never indexed itself: each year it is priced again from that\n"
    "year's tariffs of its components (METHOD.md §9).\n";

// Where a product's weights come from: its own, its kind's, or its personnel share, under a named policy or not.
std::string weights_source(const IndexedProduct& product, const Locale& locale) {
    const IndexPolicy& policy = *product.policy;
    const IndexWeights& chosen = chosen_weights(policy, product.product->index_weights, product.product->kind);
    std::string source = product.product->index_weights ? locale.text("own weights")
                         : policy.by_kind.count(product.product->kind)
                             ? locale.text("weights of kind {kind}", {{"{kind}", locale.text(product.product->kind)}})
                             : locale.text("weights");
    if (chosen.by_personnel_share) source += " " + locale.text("by its personnel share");
    if (!policy.name.empty()) source = locale.text("policy {name}", {{"{name}", policy.name}}) + ", " + source;
    return source;
}

// Products indexed otherwise than by the year's index, one line per product and year.
std::vector<std::string> other_index_lines(const IndexedTariffs& tariffs, const Locale& locale,
                                           const std::vector<IndexYear>& years) {
    std::vector<std::string> lines;
    std::unordered_map<const IndexStep*, std::string> described;  // products with the same weights share their steps
    for (const auto& product : tariffs.products)
        for (const auto& year : years)
            if (const IndexStep* step = own_index(product, year)) {
                auto [how, added] = described.try_emplace(step);
                if (added) how->second = describe(*step, *product.policy, index_wording(locale));
                lines.push_back(product.product->code + " (" + weights_source(product, locale) + ": " +
                                weights_text(product.weights) + ") " + std::to_string(year.year) + ": " + how->second);
            }
    return lines;
}

// Each named policy: what it is for and how it differs, one line each.
const char* correction_word(Correction correction) {
    return correction == Correction::none ? "none" : correction == Correction::points ? "points" : "ratio";
}

void write_policies(const Model& model, bool markdown, std::ostream& out, const Locale& locale) {
    if (!has_policies(model)) return;
    out << "\n"
        << locale.text("Indexation policies (a product of a group follows its group's, else its kind's, else the "
                       "model's):")
        << "\n";
    for (const auto& named : model.indexation.policies) {
        std::string targets;
        for (const auto& [kind, _] : named.kinds)
            targets += (targets.empty() ? "" : ", ") + locale.text("kind {kind}", {{"{kind}", locale.text(kind)}});
        for (const auto& [group, _] : named.groups)
            targets += (targets.empty() ? "" : ", ") + locale.text("group {group}", {{"{group}", group}});
        const IndexPolicy& policy = named.policy;
        out << (markdown ? "- " : "  ")
            << locale.text("{name} ({targets}): weights {weights}, correction {correction}, {method}, tariffs "
                           "{rounding} ({place})",
                           {{"{name}", policy.name},
                            {"{targets}", targets},
                            {"{weights}", weights_text(resolve_weights(policy, std::nullopt, "", engine::Number(0)))},
                            {"{correction}", locale.text(correction_word(policy.correction))},
                            {"{method}", locale.text(policy.method == IndexMethod::direct ? "direct" : "chain")},
                            {"{rounding}", policy.round_tariff.describe()},
                            {"{place}", policy.pos.file_line()}})
            << "\n";
    }
}

std::string index_footnote(const Model& model, const Locale& locale) {
    const std::string how = model.indexation.method == IndexMethod::direct
                                ? "the exact base-year tariff times the product of the years' factors, rounded once"
                                : "the previous year's tariff times (1 + index), rounded";
    return locale.text("Each tariff is per the product's own unit: ") + locale.text(how) + ".\n" +
           locale.text("A minute tariff derives from the rounded hourly tariff (iJw IV081).") + "\n";
}

void write_index_text(const Model& model, const IndexedTariffs& tariffs, const std::vector<IndexYear>& years,
                      bool markdown, std::ostream& out, const Locale& locale) {
    const std::string span = year_span(years.front().year, years.back().year);
    write_title(model, locale.text("indexed tariffs") + " " + span, markdown, out, locale);
    const std::string bullet = markdown ? "- " : "";
    if (markdown) {
        write_markdown(index_year_table(years), out, locale);
    } else {
        write_text(index_year_table(years), out, locale);
    }
    out << "\n";
    for (const auto& year : years) out << bullet << year.year << ": " << year_how(model.indexation, year, locale) << "\n";
    out << "\n";
    if (markdown) {
        out << "## " << capitalised(locale.text("tariffs")) << " " << span << "\n\n";
        write_markdown(index_product_table(model, tariffs, years, locale), out, locale);
    } else {
        write_text(index_product_table(model, tariffs, years, locale), out, locale);
    }
    write_policies(model, markdown, out, locale);
    const auto other = other_index_lines(tariffs, locale, years);
    if (!other.empty()) {
        out << "\n" << locale.text("Indexed otherwise than by the year's index:") << "\n";
        for (const auto& line : other) out << (markdown ? "- " + markdown_text(line) : "  " + line) << "\n";
    }
    out << "\n" << index_footnote(model, locale);
    if (!tariffs.trajectories.empty()) out << locale.text(trajectory_index_note);
}

void write_trajectories_json(const IndexedTariffs& tariffs, const IndexYear& year, JsonWriter& json) {
    if (tariffs.trajectories.empty()) return;
    json.key("trajectories").begin_array();
    for (const auto& trajectory : tariffs.trajectories)
        if (const TrajectoryPrice* price = trajectory.find(year.year))
            json.begin_object()
                .field("code", trajectory.trajectory->code)
                .field("name", trajectory.trajectory->name)
                .field("unit", trajectory_unit)
                .field("price", tariff_value(price->price).text)
                .field("how", "priced again from the year's tariffs of its components")
                .end_object();
    json.end_array();
}

void write_index_json(const Model& model, const IndexedTariffs& tariffs, const std::vector<IndexYear>& years,
                      std::ostream& out) {
    JsonWriter json(out);
    json.begin_object().field("model", model.name).field("file", model.file);
    write_scenario_json(model.scenario, json);
    json.key("from")
        .integer(years.front().year)
        .key("to")
        .integer(years.back().year);
    json.key("years").begin_array();
    for (const auto& year : years) {
        json.begin_object().key("year").integer(year.year).key("index");
        if (year.step) {
            json.string(percent(year.step->index).text).field("index_exact", year.step->index.to_fraction_string());
        } else {
            json.null();
        }
        json.field("how", year_how(model.indexation, year));
        json.key("products").begin_array();
        for (const auto& product : tariffs.products) {
            const YearTariff* tariff = product.find(year.year);
            if (!tariff) continue;
            json.begin_object()
                .field("code", product.product->code)
                .field("name", product.product->name)
                .field("unit", product.product->unit)
                .field("tariff", tariff_value(tariff->price).text)
                .key("index");
            if (tariff->index) {
                json.string(percent(tariff->index->index).text)
                    .field("index_exact", tariff->index->index.to_fraction_string());
            } else {
                json.null();
            }
            if (has_policies(model)) json.field("policy", policy_name(product));
            if (const IndexStep* step = own_index(product, year)) json.field("how", describe(*step, *product.policy));
            json.end_object();
        }
        json.end_array();
        write_trajectories_json(tariffs, year, json);
        json.end_object();
    }
    json.end_array().end_object().finish();
}

// CSV: one row per year and product; `index` is the product's own (empty in the base year).
Table index_csv(const Model& model, const IndexedTariffs& tariffs, const std::vector<IndexYear>& years,
                const Locale& locale) {
    Table table;
    table.columns = {{"year"}, {"code"}, {"name"}, {"unit"}, {"index", true}, {"tariff", true}};
    if (has_policies(model)) table.columns.push_back({"policy"});
    for (const auto& year : years) {
        for (const auto& product : tariffs.products) {
            const YearTariff* tariff = product.find(year.year);
            if (!tariff) continue;
            table.rows.push_back({std::to_string(year.year), product.product->code, product.product->name,
                                  locale.text(product.product->unit), tariff->index ? percent(tariff->index->index).text : "",
                                  tariff_value(tariff->price).text});
            if (has_policies(model)) table.rows.back().push_back(policy_name(product));
        }
        for (const auto& trajectory : tariffs.trajectories)
            if (const TrajectoryPrice* price = trajectory.find(year.year))
                table.rows.push_back({std::to_string(year.year), trajectory.trajectory->code,
                                      trajectory.trajectory->name, locale.text(trajectory_unit), "",
                                      tariff_value(price->price).text});
    }
    for (auto& row : table.rows) row.resize(table.columns.size());  // a trajectory follows no policy
    return table;
}

}  // namespace

void write_index(const Model& model, const IndexedTariffs& tariffs, int from, int to, ReportFormat format,
                 std::ostream& out, const Locale& locale) {
    const auto years = index_years(tariffs, from, to);
    write_report(format,
                 {.table = [&](std::ostream& o) { write_index_text(model, tariffs, years, false, o, locale); },
                  .markdown = [&](std::ostream& o) { write_index_text(model, tariffs, years, true, o, locale); },
                  .json = [&](std::ostream& o) { write_index_json(model, tariffs, years, o); },
                  .csv = [&] { return index_csv(model, tariffs, years, locale); },
                  .scenarios = {&model.scenario}},
                 out, locale);
}

}  // namespace tariffs
