#include "tariffs/reports/heavy_care_reports.hpp"

#include "engine/decimal.hpp"
#include "tariffs/reports/json.hpp"
#include "tariffs/reports/table.hpp"

#include <algorithm>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

namespace tariffs {

namespace {

using engine::DisplayedValue;
using engine::Number;

// --- Text of numbers ----------------------------------------------------------

// For people: `≈` before a value shown with fewer digits than it has.
std::string marked(const DisplayedValue& shown) { return shown.approximate ? "≈" + shown.text : shown.text; }

// An amount of money a rule rounded: to the cent, or every digit when a policy
// rounds to something finer than cents (up to six decimals).
DisplayedValue money(const Number& value) {
    if ((value * Number(100)).is_integer()) return {engine::format_decimal(value, 2), false};
    return engine::display_amount(value);
}

// A tariff as its rule rounded it: all its digits, at least two decimals.
DisplayedValue tariff_value(const Number& value) { return engine::display_amount(value); }

// An index (a fraction) as a percentage: 0.0385 is `3.85`, 0.03944 is `3.944`.
DisplayedValue percent(const Number& fraction) { return engine::display_amount(fraction * Number(100), 2, 6); }

// A value no rule rounded (a weight, a volume, an exact share): its exact
// decimal, or six decimals and `approximate`.
DisplayedValue plain(const Number& value) { return engine::display_value(value, 6); }

std::string year_span(int from, int to) {
    return from == to ? std::to_string(from) : std::to_string(from) + "–" + std::to_string(to);
}

// Columns counted in characters, so `≈` and `–` take one.
std::size_t width_of(const std::string& text) {
    return static_cast<std::size_t>(std::count_if(text.begin(), text.end(), [](char c) {
        return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    }));
}

std::string pad_right(const std::string& text, std::size_t width) {
    return text + std::string(width - std::min(width, width_of(text)), ' ');
}

std::string pad_left(const std::string& text, std::size_t width) {
    return std::string(width - std::min(width, width_of(text)), ' ') + text;
}

std::string trim_right(std::string text) {
    text.erase(text.find_last_not_of(' ') + 1);
    return text;
}

// Numbers with different numbers of decimals (volumes: 10950, 10402.5,
// 9882.375) line up on their decimal point.
class DecimalColumn {
public:
    void add(const std::string& text) {
        const auto [whole, fraction] = split(text);
        whole_ = std::max(whole_, width_of(whole));
        fraction_ = std::max(fraction_, width_of(fraction));
    }
    std::size_t width() const { return whole_ + fraction_; }
    std::string format(const std::string& text) const {
        const auto [whole, fraction] = split(text);
        return pad_left(whole, whole_) + pad_right(fraction, fraction_);
    }

private:
    static std::pair<std::string, std::string> split(const std::string& text) {
        const std::size_t point = text.find('.');
        if (point == std::string::npos) return {text, ""};
        return {text.substr(0, point), text.substr(point)};
    }
    std::size_t whole_ = 0, fraction_ = 0;
};

void title(const Model& model, const std::string& what, bool markdown, std::ostream& out) {
    if (markdown) {
        out << "# " << model.name << ": " << what << "\n\n";
    } else {
        out << model.name << ": " << what << "\n" << model.file << "\n\n";
    }
}

// --- Index ----------------------------------------------------------------------

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

std::string year_how(const IndexPolicy& policy, const IndexYear& year) {
    return year.step ? describe(*year.step, policy) : "base year: the tariffs of the cost model";
}

Table index_year_table(const std::vector<IndexYear>& years) {
    Table table;
    table.columns = {{"year"}, {"index %", true}};
    for (const auto& year : years)
        table.rows.push_back({std::to_string(year.year), year.step ? marked(percent(year.step->index)) : "—"});
    return table;
}

Table index_product_table(const IndexedTariffs& tariffs, const std::vector<IndexYear>& years) {
    Table table;
    table.columns = {{"code"}, {"name"}, {"unit"}};
    for (const auto& year : years) table.columns.push_back({std::to_string(year.year), true, true});
    for (const auto& product : tariffs.products) {
        std::vector<std::string> row = {product.product->code, product.product->name, product.product->unit};
        for (const auto& year : years) {
            const YearTariff* tariff = product.find(year.year);
            row.push_back(tariff ? marked(tariff_value(tariff->price)) : "");
        }
        table.rows.push_back(std::move(row));
    }
    return table;
}

// Products whose own weights give another index than the year's, one line per product and year.
std::vector<std::string> own_index_lines(const Model& model, const IndexedTariffs& tariffs,
                                         const std::vector<IndexYear>& years) {
    std::vector<std::string> lines;
    for (const auto& product : tariffs.products)
        for (const auto& year : years)
            if (const IndexStep* step = own_index(product, year))
                lines.push_back(product.product->code + " (" + weights_text(product.weights) + ") " +
                                std::to_string(year.year) + ": " + describe(*step, model.indexation));
    return lines;
}

std::string index_footnote(const Model& model) {
    const std::string how = model.indexation.method == IndexMethod::direct
                                ? "the exact base-year tariff times the product of the years' factors, rounded once"
                                : "the previous year's tariff times (1 + index), rounded";
    return "Each tariff is per the product's own unit: " + how +
           ".\nA minute tariff derives from the rounded hourly tariff (iJw IV081).\n";
}

void write_index_text(const Model& model, const IndexedTariffs& tariffs, const std::vector<IndexYear>& years,
                      bool markdown, std::ostream& out, const Locale& locale) {
    const std::string span = year_span(years.front().year, years.back().year);
    title(model, "indexed tariffs " + span, markdown, out);
    const std::string bullet = markdown ? "- " : "";
    if (markdown) {
        write_markdown(index_year_table(years), out, locale);
    } else {
        write_text(index_year_table(years), out, locale);
    }
    out << "\n";
    for (const auto& year : years) out << bullet << year.year << ": " << year_how(model.indexation, year) << "\n";
    out << "\n";
    if (markdown) {
        out << "## Tariffs " << span << "\n\n";
        write_markdown(index_product_table(tariffs, years), out, locale);
    } else {
        write_text(index_product_table(tariffs, years), out, locale);
    }
    const auto own = own_index_lines(model, tariffs, years);
    if (!own.empty()) {
        out << "\nIndexed by their own weights:\n";
        for (const auto& line : own) out << (markdown ? "- " : "  ") << line << "\n";
    }
    out << "\n" << index_footnote(model);
}

void write_index_json(const Model& model, const IndexedTariffs& tariffs, const std::vector<IndexYear>& years,
                      std::ostream& out) {
    JsonWriter json(out);
    json.begin_object()
        .field("model", model.name)
        .field("file", model.file)
        .key("from")
        .integer(years.front().year)
        .key("to")
        .integer(years.back().year);
    json.key("years").begin_array();
    for (const auto& year : years) {
        json.begin_object().key("year").integer(year.year).key("index");
        if (year.step) {
            json.string(percent(year.step->index).text);
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
                json.string(percent(tariff->index->index).text);
            } else {
                json.null();
            }
            if (const IndexStep* step = own_index(product, year)) json.field("how", describe(*step, model.indexation));
            json.end_object();
        }
        json.end_array().end_object();
    }
    json.end_array().end_object().finish();
}

// CSV: one row per year and product; `index` is the product's own (empty in the base year).
Table index_csv(const IndexedTariffs& tariffs, const std::vector<IndexYear>& years) {
    Table table;
    table.columns = {{"year"}, {"code"}, {"name"}, {"unit"}, {"index", true}, {"tariff", true}};
    for (const auto& year : years)
        for (const auto& product : tariffs.products) {
            const YearTariff* tariff = product.find(year.year);
            if (!tariff) continue;
            table.rows.push_back({std::to_string(year.year), product.product->code, product.product->name,
                                  product.product->unit, tariff->index ? percent(tariff->index->index).text : "",
                                  tariff_value(tariff->price).text});
        }
    return table;
}

// --- Budgets --------------------------------------------------------------------

std::string provider_title(const Provider& provider) {
    return provider.lot.empty() ? provider.name : provider.name + " (lot " + provider.lot + ")";
}

std::vector<const ProviderYear*> chosen_years(const ProviderBudget& budget, std::optional<int> year) {
    std::vector<const ProviderYear*> years;
    for (const auto& y : budget.years)
        if (!year || y.year == *year) years.push_back(&y);
    return years;
}

std::vector<const FrameCheck*> chosen_frames(const Budgets& budgets, std::optional<int> year) {
    std::vector<const FrameCheck*> frames;
    for (const auto& frame : budgets.frames)
        if (!year || frame.year == *year) frames.push_back(&frame);
    return frames;
}

void check_budget_year(const Budgets& budgets, std::optional<int> year) {
    if (year && (*year < budgets.first_year || *year > budgets.last_year))
        throw std::out_of_range("no budgets for " + std::to_string(*year) + ": the budgets run " +
                                year_span(budgets.first_year, budgets.last_year));
}

std::string budgets_what(const Budgets& budgets, std::optional<int> year) {
    return "budgets " + (year ? std::to_string(*year) : year_span(budgets.first_year, budgets.last_year));
}

// For the terminal: per provider, per year, `code: tariff × volume = amount`
// with the numbers lined up, then availability and the total.
void write_provider_lines(const Budgets& budgets, std::optional<int> year, std::ostream& out) {
    std::size_t label = std::string("availability").size();
    DecimalColumn tariff, volume, amount;
    for (const auto& budget : budgets.providers)
        for (const ProviderYear* y : chosen_years(budget, year)) {
            for (const auto& line : y->lines) {
                label = std::max(label, width_of(line.code) + 1);
                tariff.add(marked(tariff_value(line.tariff)));
                volume.add(marked(plain(line.volume)));
                amount.add(money(line.amount).text);
            }
            amount.add(marked(money(y->availability)));
            amount.add(marked(money(y->total)));
        }
    const std::string before_amount(tariff.width() + 3 + volume.width() + 3, ' ');
    for (const auto& budget : budgets.providers) {
        out << provider_title(*budget.provider) << "\n";
        for (const ProviderYear* y : chosen_years(budget, year)) {
            std::string year_cell = std::to_string(y->year);
            auto row = [&](const std::string& text) {
                out << trim_right("  " + pad_right(year_cell, 4) + "  " + text) << "\n";
                year_cell.clear();
            };
            for (const auto& line : y->lines)
                row(pad_right(line.code + ":", label) + "  " + tariff.format(marked(tariff_value(line.tariff))) + " × " +
                    volume.format(marked(plain(line.volume))) + " = " + amount.format(marked(money(line.amount))));
            row(pad_right("availability", label) + "  " + before_amount + amount.format(marked(money(y->availability))));
            row(pad_right("total", label) + "  " + before_amount + amount.format(marked(money(y->total))));
        }
        out << "\n";
    }
}

Table frame_table(const std::vector<const FrameCheck*>& frames) {
    Table table;
    table.columns = {{"year"}, {"total", true, true}, {"frame", true, true}, {"headroom", true, true}};
    for (const FrameCheck* frame : frames)
        table.rows.push_back({std::to_string(frame->year), marked(money(frame->total)),
                              frame->frame ? marked(money(*frame->frame)) : "",
                              frame->headroom ? marked(money(*frame->headroom)) : ""});
    return table;
}

const char* const over_frame = "OVER FRAME";

const char* const budget_footnote =
    "Each line is round(tariff × volume, 2); the volume is exact (≈ marks one shown to six\n"
    "decimals). Availability is indexed like a tariff. Headroom is frame − total.\n";

void write_budgets_table(const Model& model, const Budgets& budgets, std::optional<int> year, std::ostream& out,
                         const Locale& locale) {
    title(model, budgets_what(budgets, year), false, out);
    write_provider_lines(budgets, year, out);
    out << "All providers against the frame\n\n";
    const auto frames = chosen_frames(budgets, year);
    std::ostringstream text;
    write_text(frame_table(frames), text, locale);
    // The flag follows the row it is about, outside the columns.
    std::istringstream rows(text.str());
    std::string row;
    for (std::size_t i = 0; std::getline(rows, row); ++i) {
        if (i >= 2 && frames[i - 2]->over()) row += "  " + std::string(over_frame);
        out << row << "\n";
    }
    out << "\n" << budget_footnote;
}

void write_budgets_markdown(const Model& model, const Budgets& budgets, std::optional<int> year,
                            std::ostream& out, const Locale& locale) {
    title(model, budgets_what(budgets, year), true, out);
    for (const auto& budget : budgets.providers) {
        out << "## " << provider_title(*budget.provider) << "\n\n";
        Table table;
        table.columns = {{"year"}, {"line"}, {"tariff", true, true}, {"volume", true}, {"amount", true, true}};
        for (const ProviderYear* y : chosen_years(budget, year)) {
            const std::string year_text = std::to_string(y->year);
            for (const auto& line : y->lines)
                table.rows.push_back({year_text, line.code, marked(tariff_value(line.tariff)), marked(plain(line.volume)),
                                      marked(money(line.amount))});
            table.rows.push_back({year_text, "availability", "", "", marked(money(y->availability))});
            table.rows.push_back({year_text, "**total**", "", "", "**" + marked(money(y->total)) + "**"});
        }
        write_markdown(table, out, locale);
        out << "\n";
    }
    out << "## All providers against the frame\n\n";
    Table table = frame_table(chosen_frames(budgets, year));
    const auto frames = chosen_frames(budgets, year);
    for (std::size_t i = 0; i < frames.size(); ++i)
        if (frames[i]->over()) table.rows[i][3] += " **" + std::string(over_frame) + "**";
    write_markdown(table, out, locale);
    out << "\n" << budget_footnote;
}

void json_volume(JsonWriter& json, const Number& volume) {
    const DisplayedValue shown = plain(volume);
    json.field("volume", shown.text);
    if (shown.approximate) json.field("volume_exact", volume.to_fraction_string());
}

void write_budgets_json(const Model& model, const Budgets& budgets, std::optional<int> year, std::ostream& out) {
    JsonWriter json(out);
    json.begin_object().field("model", model.name).field("file", model.file);
    json.key("providers").begin_array();
    for (const auto& budget : budgets.providers) {
        json.begin_object().field("name", budget.provider->name).field("lot", budget.provider->lot);
        json.key("years").begin_array();
        for (const ProviderYear* y : chosen_years(budget, year)) {
            json.begin_object().key("year").integer(y->year);
            json.key("lines").begin_array();
            for (const auto& line : y->lines) {
                json.begin_object().field("code", line.code).field("tariff", tariff_value(line.tariff).text);
                json_volume(json, line.volume);
                json.field("amount", money(line.amount).text).end_object();
            }
            json.end_array();
            json.field("availability", money(y->availability).text).field("total", money(y->total).text);
            json.end_object();
        }
        json.end_array().end_object();
    }
    json.end_array();
    json.key("frames").begin_array();
    for (const FrameCheck* frame : chosen_frames(budgets, year)) {
        json.begin_object().key("year").integer(frame->year);
        json.key("frame");
        if (frame->frame) {
            json.string(money(*frame->frame).text);
        } else {
            json.null();
        }
        json.field("total", money(frame->total).text).key("headroom");
        if (frame->headroom) {
            json.string(money(*frame->headroom).text);
        } else {
            json.null();
        }
        json.key("over").boolean(frame->over()).end_object();
    }
    json.end_array().end_object().finish();
}

// CSV: one flat table with a `kind` column:
//   line          provider, lot, year, code, tariff, volume, amount
//   availability  provider, lot, year, amount
//   total         provider, lot, year, amount (the provider's budget)
//   frame         year, amount (all providers), frame, headroom, over (true/false)
// Fields that do not apply to a kind are empty; volumes are exact up to six decimals.
Table budgets_csv(const Budgets& budgets, std::optional<int> year) {
    Table table;
    table.columns = {{"kind"},           {"provider"},       {"lot"},   {"year"},           {"code"},
                     {"tariff", true},   {"volume", true},   {"amount", true}, {"frame", true}, {"headroom", true},
                     {"over"}};
    for (const auto& budget : budgets.providers) {
        const std::string& name = budget.provider->name;
        const std::string& lot = budget.provider->lot;
        for (const ProviderYear* y : chosen_years(budget, year)) {
            const std::string year_text = std::to_string(y->year);
            for (const auto& line : y->lines)
                table.rows.push_back({"line", name, lot, year_text, line.code, tariff_value(line.tariff).text,
                                      plain(line.volume).text, money(line.amount).text, "", "", ""});
            table.rows.push_back({"availability", name, lot, year_text, "", "", "", money(y->availability).text,
                                  "", "", ""});
            table.rows.push_back({"total", name, lot, year_text, "", "", "", money(y->total).text, "", "", ""});
        }
    }
    for (const FrameCheck* frame : chosen_frames(budgets, year))
        table.rows.push_back({"frame", "", "", std::to_string(frame->year), "", "", "", money(frame->total).text,
                              frame->frame ? money(*frame->frame).text : "",
                              frame->headroom ? money(*frame->headroom).text : "", frame->over() ? "true" : "false"});
    return table;
}

// --- Allocation -----------------------------------------------------------------

bool is_insurance(const Allocation& allocation) { return allocation.key == AllocationKey::insurance; }

std::string allocation_what(const Allocation& allocation) {
    return "allocation " + std::to_string(allocation.year) + " by " + std::string(to_string(allocation.key));
}

Table allocation_table(const Allocation& allocation) {
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
    std::vector<std::string> total = {"total", marked(plain(weights)), marked(plain(exact))};
    if (insurance)
        total.insert(total.end(), {marked(money(premiums)), "", marked(money(uses)), marked(money(under_uses)),
                                   marked(money(refunds)), marked(money(deficits)), marked(money(amounts))});
    else
        total.insert(total.end(), {marked(money(amounts)), ""});
    table.rows.push_back(std::move(total));
    return table;
}

std::string allocation_header(const Allocation& allocation) {
    return "total " + marked(money(allocation.total)) + "; key " + std::string(to_string(allocation.key)) +
           "; year " + std::to_string(allocation.year) + "; basis " + allocation.basis + "\n";
}

std::string insurance_summary(const Allocation& allocation) {
    return "use " + marked(money(allocation.use)) + "; surplus " + marked(money(allocation.surplus)) +
           "; no-claim pool " + marked(money(allocation.pool)) + "; deficit " + marked(money(allocation.deficit)) +
           "\n";
}

std::string allocation_footnote(const Allocation& allocation) {
    std::string text =
        "Each gets its exact share rounded down to a cent; the cents left over go one each to the\n"
        "largest remainders (+1 cent), ties to the municipality listed first. ≈ marks a share shown\n"
        "to six decimals.\n";
    if (is_insurance(allocation))
        text +=
            "The exact share and the cent are of the premium. A surplus (total − use) makes a no-claim\n"
            "pool, split by under-use max(0, premium − use); a deficit is split like the premiums.\n"
            "amount = premium − refund + deficit part.\n";
    return text;
}

void write_allocation_text(const Model& model, const Allocation& allocation, bool markdown, std::ostream& out,
                           const Locale& locale) {
    title(model, allocation_what(allocation), markdown, out);
    out << allocation_header(allocation);
    if (is_insurance(allocation)) out << (markdown ? "\n" : "") << insurance_summary(allocation);
    out << "\n";
    if (markdown) {
        write_markdown(allocation_table(allocation), out, locale);
    } else {
        write_text(allocation_table(allocation), out, locale);
    }
    out << "\n" << allocation_footnote(allocation);
}

void write_allocation_json(const Model& model, const Allocation& allocation, std::ostream& out) {
    const bool insurance = is_insurance(allocation);
    JsonWriter json(out);
    json.begin_object()
        .field("model", model.name)
        .field("file", model.file)
        .field("total", money(allocation.total).text)
        .field("key", to_string(allocation.key))
        .key("year")
        .integer(allocation.year)
        .field("basis", allocation.basis);
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
Table allocation_csv(const Allocation& allocation) {
    const bool insurance = is_insurance(allocation);
    Table table;
    table.columns = {{"key"},           {"year"},          {"municipality"},     {"weight", true},
                     {"exact", true},   {"amount", true},  {"extra_cent"},       {"premium", true},
                     {"use", true},     {"under_use", true}, {"refund", true},   {"deficit", true}};
    for (const auto& share : allocation.shares) {
        auto insured = [&](const Number& value) { return insurance ? money(value).text : std::string(); };
        table.rows.push_back({std::string(to_string(allocation.key)), std::to_string(allocation.year), share.name,
                              plain(share.weight).text, plain(share.exact).text, money(share.amount).text,
                              share.extra_cent ? "true" : "false", insured(share.premium), insured(share.use),
                              insured(share.under_use), insured(share.refund), insured(share.deficit)});
    }
    return table;
}

}  // namespace

void write_index(const Model& model, const IndexedTariffs& tariffs, int from, int to, ReportFormat format,
                 std::ostream& out, const Locale& locale) {
    const auto years = index_years(tariffs, from, to);
    switch (format) {
        case ReportFormat::table: write_index_text(model, tariffs, years, false, out, locale); break;
        case ReportFormat::json: write_index_json(model, tariffs, years, out); break;
        case ReportFormat::csv: write_csv(index_csv(tariffs, years), out, locale); break;
        case ReportFormat::markdown: write_index_text(model, tariffs, years, true, out, locale); break;
    }
}

void write_budgets(const Model& model, const Budgets& budgets, std::optional<int> year, ReportFormat format,
                   std::ostream& out, const Locale& locale) {
    check_budget_year(budgets, year);
    switch (format) {
        case ReportFormat::table: write_budgets_table(model, budgets, year, out, locale); break;
        case ReportFormat::json: write_budgets_json(model, budgets, year, out); break;
        case ReportFormat::csv: write_csv(budgets_csv(budgets, year), out, locale); break;
        case ReportFormat::markdown: write_budgets_markdown(model, budgets, year, out, locale); break;
    }
}

void write_allocation(const Model& model, const Allocation& allocation, ReportFormat format, std::ostream& out,
                      const Locale& locale) {
    switch (format) {
        case ReportFormat::table: write_allocation_text(model, allocation, false, out, locale); break;
        case ReportFormat::json: write_allocation_json(model, allocation, out); break;
        case ReportFormat::csv: write_csv(allocation_csv(allocation), out, locale); break;
        case ReportFormat::markdown: write_allocation_text(model, allocation, true, out, locale); break;
    }
}

}  // namespace tariffs
