#include "tariffs/reports/text/heavy_care_reports.hpp"

#include "engine/decimal.hpp"
#include "tariffs/reports/text/heavy_care_text.hpp"
#include "tariffs/reports/json.hpp"
#include "tariffs/reports/report_writer.hpp"
#include "tariffs/reports/table.hpp"

#include <algorithm>
#include <sstream>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

namespace tariffs {

namespace {

using engine::DisplayedValue;
using engine::Number;
using heavy_care::marked;
using heavy_care::money;
using heavy_care::plain;
using heavy_care::tariff_value;
using heavy_care::year_span;

// --- Text in columns -------------------------------------------------------------

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
    // `point`: the decimal mark of the locale the figures are written in (`.` or `,`).
    explicit DecimalColumn(char point = '.') : point_(point) {}
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
    std::pair<std::string, std::string> split(const std::string& text) const {
        const std::size_t point = text.find(point_);
        if (point == std::string::npos) return {text, ""};
        return {text.substr(0, point), text.substr(point)};
    }
    char point_;
    std::size_t whole_ = 0, fraction_ = 0;
};

// --- Budgets --------------------------------------------------------------------

std::string provider_title(const Provider& provider, const Locale& locale) {
    return provider.lot.empty() ? provider.name : provider.name + " (" + locale.text("lot") + " " + provider.lot + ")";
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

std::string budgets_what(const Budgets& budgets, std::optional<int> year, const Locale& locale) {
    return locale.text("budgets") + " " + (year ? std::to_string(*year) : year_span(budgets.first_year, budgets.last_year));
}

// For the terminal: per provider, per year, `code: tariff × volume = amount`
// with the numbers lined up, then availability and the total.
void write_provider_lines(const Budgets& budgets, std::optional<int> year, std::ostream& out, const Locale& locale) {
    // Each figure is formatted once: first to measure the columns, then kept to print.
    struct Line {
        std::string code, tariff, volume, amount;
    };
    struct Year {
        int year;
        std::vector<Line> lines;
        std::string availability, total;
    };
    const std::string availability = locale.text("availability"), total = locale.text("total");
    std::size_t label = std::max(width_of(availability), width_of(total));
    const char point = locale.dutch ? ',' : '.';
    DecimalColumn tariff(point), volume(point), amount(point);
    std::vector<std::vector<Year>> providers;
    for (const auto& budget : budgets.providers) {
        auto& years = providers.emplace_back();
        for (const ProviderYear* y : chosen_years(budget, year)) {
            Year& shown = years.emplace_back(Year{y->year, {}, locale.number(marked(money(y->availability))),
                                                  locale.number(marked(money(y->total)))});
            for (const auto& line : y->lines) {
                label = std::max(label, width_of(line.code) + 1);
                shown.lines.push_back({line.code + ":", locale.number(marked(tariff_value(line.tariff))),
                                       locale.number(marked(plain(line.volume))), locale.number(marked(money(line.amount)))});
                tariff.add(shown.lines.back().tariff);
                volume.add(shown.lines.back().volume);
                amount.add(shown.lines.back().amount);
            }
            amount.add(shown.availability);
            amount.add(shown.total);
        }
    }
    const std::string before_amount(tariff.width() + 3 + volume.width() + 3, ' ');
    for (std::size_t p = 0; p < providers.size(); ++p) {
        out << provider_title(*budgets.providers[p].provider, locale) << "\n";
        for (const Year& y : providers[p]) {
            std::string year_cell = std::to_string(y.year);
            auto row = [&](const std::string& text) {
                out << trim_right("  " + pad_right(year_cell, 4) + "  " + text) << "\n";
                year_cell.clear();
            };
            for (const Line& line : y.lines)
                row(pad_right(line.code, label) + "  " + tariff.format(line.tariff) + " × " + volume.format(line.volume) +
                    " = " + amount.format(line.amount));
            row(pad_right(availability, label) + "  " + before_amount + amount.format(y.availability));
            row(pad_right(total, label) + "  " + before_amount + amount.format(y.total));
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
    write_title(model, budgets_what(budgets, year, locale), false, out, locale);
    write_provider_lines(budgets, year, out, locale);
    out << locale.text("All providers against the frame") << "\n\n";
    const auto frames = chosen_frames(budgets, year);
    std::ostringstream text;
    write_text(frame_table(frames), text, locale);
    // The flag follows the row it is about, outside the columns.
    std::istringstream rows(text.str());
    std::string row;
    for (std::size_t i = 0; std::getline(rows, row); ++i) {
        if (i >= 2 && frames[i - 2]->over()) row += "  " + locale.text(over_frame);
        out << row << "\n";
    }
    out << "\n" << locale.text(budget_footnote);
}

void write_budgets_markdown(const Model& model, const Budgets& budgets, std::optional<int> year,
                            std::ostream& out, const Locale& locale) {
    write_title(model, budgets_what(budgets, year, locale), true, out, locale);
    for (const auto& budget : budgets.providers) {
        out << "## " << markdown_text(provider_title(*budget.provider, locale)) << "\n\n";
        Table table;
        table.columns = {{"year"}, {"line"}, {"tariff", true, true}, {"volume", true}, {"amount", true, true}};
        for (const ProviderYear* y : chosen_years(budget, year)) {
            const std::string year_text = std::to_string(y->year);
            for (const auto& line : y->lines)
                table.rows.push_back({year_text, line.code, marked(tariff_value(line.tariff)), marked(plain(line.volume)),
                                      marked(money(line.amount))});
            table.rows.push_back({year_text, locale.text("availability"), "", "", marked(money(y->availability))});
            table.rows.push_back({year_text, locale.text("total"), "", "", locale.money(marked(money(y->total)))});
            table.strong_cells({1, 4});
        }
        write_markdown(table, out, locale);
        out << "\n";
    }
    out << "## " << locale.text("All providers against the frame") << "\n\n";
    Table table = frame_table(chosen_frames(budgets, year));
    const auto frames = chosen_frames(budgets, year);
    for (std::size_t i = 0; i < frames.size(); ++i)
        if (frames[i]->over()) {
            table.rows[i][3] = locale.money(table.rows[i][3]) + " " + locale.text(over_frame);
            table.strong.insert({i, 3});
        }
    write_markdown(table, out, locale);
    out << "\n" << locale.text(budget_footnote);
}

void json_volume(JsonWriter& json, const Number& volume) {
    const DisplayedValue shown = plain(volume);
    json.field("volume", shown.text);
    if (shown.approximate) json.field("volume_exact", volume.to_fraction_string());
}

void write_budgets_json(const Model& model, const Budgets& budgets, std::optional<int> year, std::ostream& out) {
    JsonWriter json(out);
    json.begin_object().field("model", model.name).field("file", model.file);
    write_scenario_json(model.scenario, json);
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
Table budgets_csv(const Budgets& budgets, std::optional<int> year, const Locale& locale) {
    const std::string line_kind = locale.text("line"), availability = locale.text("availability"),
                      total = locale.text("total"), frame_kind = locale.text("frame"), yes = locale.text("true"),
                      no = locale.text("false");
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
                table.rows.push_back({line_kind, name, lot, year_text, line.code, tariff_value(line.tariff).text,
                                      plain(line.volume).text, money(line.amount).text, "", "", ""});
            table.rows.push_back({availability, name, lot, year_text, "", "", "", money(y->availability).text,
                                  "", "", ""});
            table.rows.push_back({total, name, lot, year_text, "", "", "", money(y->total).text, "", "", ""});
        }
    }
    for (const FrameCheck* frame : chosen_frames(budgets, year))
        table.rows.push_back({frame_kind, "", "", std::to_string(frame->year), "", "", "", money(frame->total).text,
                              frame->frame ? money(*frame->frame).text : "",
                              frame->headroom ? money(*frame->headroom).text : "", frame->over() ? yes : no});
    return table;
}

}  // namespace

void write_budgets(const Model& model, const Budgets& budgets, std::optional<int> year, ReportFormat format,
                   std::ostream& out, const Locale& locale) {
    check_budget_year(budgets, year);
    write_report(format,
                 {.table = [&](std::ostream& o) { write_budgets_table(model, budgets, year, o, locale); },
                  .markdown = [&](std::ostream& o) { write_budgets_markdown(model, budgets, year, o, locale); },
                  .json = [&](std::ostream& o) { write_budgets_json(model, budgets, year, o); },
                  .csv = [&] { return budgets_csv(budgets, year, locale); },
                  .scenarios = {&model.scenario}},
                 out, locale);
}

}  // namespace tariffs
