#include "tariffs/pricing/forecast.hpp"

#include "engine/diagnostic.hpp"
#include "engine/rounding.hpp"

#include <algorithm>
#include <iterator>

namespace tariffs {

namespace {

using engine::Number;

// Fills the years in [first, last] that `values` lacks from the years before
// them, recording each figure carried.
// `last` carries the last figure the model gives; a moving average runs over
// the figures before the year, carried ones included, as a projection does.
// The years between the last figure given and `first` are carried too, so a
// year's figure is the same whatever the first year asked for.
void carry(ByYear& values, int first, int last, CarryForward how, int span, bool in_cents,
           const std::string& municipality, const std::string& figure, const engine::SourcePos& pos,
           std::vector<CarriedFigure>& carried) {
    const ByYear given = values;
    if (auto after = values.lower_bound(first); after != values.begin())
        first = std::min(first, std::prev(after)->first + 1);  // the year after the last given before `first`
    for (int year = first; year <= last; ++year) {
        if (values.count(year)) continue;
        std::vector<std::pair<int, Number>> before;
        for (const auto& [y, value] : how == CarryForward::last ? given : values)
            if (y < year) before.push_back({y, value.value});
        if (before.empty()) continue;  // nothing to carry from: stays missing
        Number value;
        std::vector<int> from;
        if (how == CarryForward::last) {
            value = before.back().second;
            from.push_back(before.back().first);
        } else {
            const std::size_t n = std::min<std::size_t>(before.size(), static_cast<std::size_t>(std::max(span, 1)));
            for (std::size_t i = before.size() - n; i < before.size(); ++i) {
                value += before[i].second;
                from.push_back(before[i].first);
            }
            value = value / Number(static_cast<long long>(n));
            if (in_cents)  // an amount of money: to the cent, as the keys settle in cents
                value = engine::round_places(value, 2, engine::RoundingMode::half_up);
        }
        values[year] = YearValue{value, pos};
        carried.push_back({municipality, figure, year, value, how == CarryForward::last, std::move(from),
                           in_cents && how != CarryForward::last, in_cents});
    }
}

// The municipalities with every figure the keys need up to `to` carried forward.
std::vector<Municipality> with_carried(const std::vector<Municipality>& municipalities,
                                       const AllocationSettings& settings, int from, int to,
                                       std::vector<CarriedFigure>& carried) {
    std::vector<Municipality> filled = municipalities;
    if (!settings.carry_forward) return filled;
    const CarryForward how = *settings.carry_forward;
    for (auto& municipality : filled) {
        auto& metric = municipality.metrics[settings.metric];
        carry(metric, from - settings.years, to - 1, how, settings.years, false, municipality.name, settings.metric,
              municipality.pos, carried);
        carry(municipality.objective, from, to, how, settings.years, true, municipality.name, "objective",
              municipality.pos, carried);
        carry(municipality.usage, from, to, how, settings.years, true, municipality.name, "usage (projected)",
              municipality.pos, carried);
    }
    return filled;
}

// Which years of which figure a key reads for `year`.
bool reads_carried(AllocationKey key, const AllocationSettings& settings, int year, const CarriedFigure& figure) {
    const auto by_metric = [&](AllocationKey k) {
        if (k == AllocationKey::moving_average)
            return figure.figure == settings.metric && figure.year >= year - settings.years && figure.year < year;
        if (k == AllocationKey::objective) return figure.figure == "objective" && figure.year == year;
        if (k == AllocationKey::usage) return figure.figure == "usage (projected)" && figure.year == year;
        return false;
    };
    if (key == AllocationKey::insurance)
        return by_metric(settings.premium_key) || (figure.figure == "usage (projected)" && figure.year == year);
    return by_metric(key);
}

}  // namespace

std::vector<CarriedFigure> carried_for(const Model& model, AllocationKey key, int year) {
    std::vector<CarriedFigure> carried, read;
    with_carried(model.municipalities, model.allocation, year, year, carried);
    for (auto& figure : carried)
        if (reads_carried(key, model.allocation, year, figure)) read.push_back(std::move(figure));
    return read;
}

Forecast forecast_allocation(const Model& model, const std::vector<AllocationKey>& keys, int from, int to,
                             const std::vector<Number>& totals) {
    Forecast forecast;
    forecast.keys = keys;
    for (const auto& municipality : model.municipalities) forecast.municipalities.push_back(municipality.name);
    forecast.figures = with_carried(model.municipalities, model.allocation, from, to, forecast.carried);
    const std::vector<Municipality>& municipalities = forecast.figures;
    for (int year = from; year <= to; ++year) {
        ForecastYear line;
        line.year = year;
        line.total = totals.at(static_cast<std::size_t>(year - from));
        for (const AllocationKey key : keys) {
            KeyYear cell;
            cell.key = key;
            try {
                cell.allocation = allocate(municipalities, model.allocation, key, year, line.total);
                for (const auto& figure : forecast.carried)
                    if (reads_carried(key, model.allocation, year, figure)) cell.carried = true;
            } catch (const engine::InputError& error) {
                cell.why_not = error.diagnostics().sorted().front().message;
            }
            line.keys.push_back(std::move(cell));
        }
        forecast.years.push_back(std::move(line));
    }
    return forecast;
}

}  // namespace tariffs
