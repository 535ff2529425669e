#include "tariffs/pricing/allocation.hpp"

#include "engine/apportion.hpp"
#include "engine/diagnostic.hpp"
#include "engine/rounding.hpp"

#include <algorithm>
#include <array>
#include <optional>
#include <set>
#include <cstddef>

namespace tariffs {

using engine::Diagnostics;
using engine::InputError;
using engine::Number;
using engine::arg;
using engine::Message;
using engine::msg;

namespace {


std::string year_range(int first, int last) {
    return first == last ? std::to_string(first)
                         : std::to_string(first) + "–" + std::to_string(last);
}

// Runs of three or more years read better as a range: `2021–2023, 2025, 2026`.
std::string year_list(const std::vector<int>& years) {
    std::string text;
    std::size_t i = 0;
    while (i < years.size()) {
        std::size_t end = i + 1;
        while (end < years.size() && years[end] == years[end - 1] + 1) {
            ++end;
        }
        if (end - i < 3) {
            end = i + 1;
        }
        text += (text.empty() ? "" : ", ") + year_range(years[i], years[end - 1]);
        i = end;
    }
    return text;
}

std::string amount_text(const Number& value) {
    return value.to_exact_decimal().value_or(value.to_fraction_string());
}

bool whole_cents(const Number& value) {
    return (value * Number(100)).is_integer();
}

// Problems with the allocation as a whole are shown where its settings are
// written, or failing that at the first municipality.
engine::SourcePos general_pos(const std::vector<Municipality>& municipalities,
                              const AllocationSettings& settings) {
    if (settings.pos.known() || municipalities.empty()) {
        return settings.pos;
    }
    return municipalities.front().pos;
}

void throw_if_any(const Diagnostics& problems) {
    if (!problems.empty()) {
        throw InputError(problems);
    }
}

// What a key weighs each municipality by, in the municipalities' order.
struct Weights {
    std::vector<Number> values;
    FigureYears basis;  // e.g. `young_people 2023–2025`
};

Weights moving_average_weights(const std::vector<Municipality>& municipalities,
                               const AllocationSettings& settings, int year,
                               const Message& purpose, Diagnostics& problems) {
    const int first = year - settings.years;
    const int last = year - 1;
    Weights weights{{}, {settings.metric, first, last}};
    if (settings.years < 1) {
        problems.add(settings.pos, msg("{purpose} needs at least 1 year of {metric}, not {years}",
                                       {arg("purpose", purpose), arg("metric", settings.metric),
                                        arg("years", static_cast<long long>(settings.years))}));
        return weights;
    }
    static const ByYear none;
    for (const Municipality& municipality : municipalities) {
        const auto metric = municipality.metrics.find(settings.metric);
        const ByYear& values = metric == municipality.metrics.end() ? none : metric->second;
        Number sum;
        std::vector<int> missing;
        for (int y = first; y <= last; ++y) {
            const auto found = values.find(y);
            if (found == values.end()) {
                missing.push_back(y);
            } else {
                sum += found->second.value;
            }
        }
        if (!missing.empty()) {
            problems.add(municipality.pos,
                         msg("{name} has no {metric} for {missing}: {purpose} for {year} needs {needed}",
                             {arg("name", municipality.name), arg("metric", settings.metric),
                              arg("missing", year_list(missing)), arg("purpose", purpose),
                              arg("year", static_cast<long long>(year)), arg("needed", year_range(first, last))}));
        }
        weights.values.push_back(sum);
    }
    return weights;
}

// One figure a municipality has by year, such as its objective amount.
struct Figure {
    ByYear Municipality::*values;
    std::string label;  // in the basis: `objective 2026`
};

const Figure objective_figure{&Municipality::objective, "objective"};
const Figure usage_figure{&Municipality::usage, "usage"};

// `Utrecht has no objective amount for 2026: …`.
Message lacks(const Figure* figure, std::vector<engine::MessageArg> args) {
    if (figure == &objective_figure) return msg("{name} has no objective amount for {year}: {why}", std::move(args));
    return msg("{name} has no usage for {year}: {why}", std::move(args));
}

Weights yearly_weights(const std::vector<Municipality>& municipalities, const Figure& figure,
                       int year, const Message& why, Diagnostics& problems) {
    Weights weights{{}, {figure.label, year, year}};
    for (const Municipality& municipality : municipalities) {
        const ByYear& values = municipality.*figure.values;
        const auto found = values.find(year);
        if (found == values.end()) {
            problems.add(municipality.pos, lacks(&figure, {arg("name", municipality.name),
                                                           arg("year", static_cast<long long>(year)), arg("why", why)}));
        }
        weights.values.push_back(found == values.end() ? Number() : found->second.value);
    }
    return weights;
}

// `purpose` names what the weights are for in messages, e.g. `moving_average`.
Weights key_weights(AllocationKey key, const std::vector<Municipality>& municipalities,
                    const AllocationSettings& settings, int year, const Message& purpose,
                    Diagnostics& problems) {
    const std::vector<engine::MessageArg> why{arg("purpose", purpose), arg("year", static_cast<long long>(year))};
    switch (key) {
    case AllocationKey::moving_average:
        return moving_average_weights(municipalities, settings, year, purpose, problems);
    case AllocationKey::objective:
        return yearly_weights(municipalities, objective_figure, year,
                              msg("{purpose} for {year} needs each municipality's objective amount", why), problems);
    case AllocationKey::usage:
        return yearly_weights(municipalities, usage_figure, year,
                              msg("{purpose} for {year} needs each municipality's actual use", why), problems);
    case AllocationKey::insurance:
        break;
    }
    problems.add(settings.pos, msg("insurance premiums cannot be by the insurance key: "
                                   "use moving_average, objective or usage"));
    return {std::vector<Number>(municipalities.size()), "insurance"};
}

// apportion() would refuse these too; here they become located input errors.
void check_weights(const Weights& weights, const std::vector<Municipality>& municipalities,
                   const AllocationSettings& settings) {
    Diagnostics problems;
    Number sum;
    for (std::size_t i = 0; i < weights.values.size(); ++i) {
        if (weights.values[i].sign() < 0) {
            problems.add(municipalities[i].pos,
                         msg("{name} weighs {weight} by {basis}: a weight cannot be negative",
                             {arg("name", municipalities[i].name), arg("weight", amount_text(weights.values[i])),
                              arg("basis", weights.basis.to_string())}));
        }
        sum += weights.values[i];
    }
    if (problems.empty() && sum.is_zero()) {
        problems.add(general_pos(municipalities, settings),
                     msg("every municipality weighs 0 by {basis}: there is nothing to split the amount by",
                         {arg("basis", weights.basis.to_string())}));
    }
    throw_if_any(problems);
}

void check_total(const std::vector<Municipality>& municipalities,
                 const AllocationSettings& settings, const Number& total) {
    if (municipalities.empty()) {
        throw InputError(settings.pos, msg("there are no municipalities to allocate {amount} over",
                                           {arg("amount", amount_text(total))}));
    }
    if (!whole_cents(total)) {
        throw InputError(general_pos(municipalities, settings),
                         msg("cannot allocate {amount}: the amount is not a whole number of cents",
                             {arg("amount", amount_text(total))}));
    }
}

std::vector<AllocationShare> shares_by(const std::vector<Municipality>& municipalities,
                                       const Weights& weights,
                                       const std::vector<engine::Portion>& portions) {
    std::vector<AllocationShare> shares(municipalities.size());
    for (std::size_t i = 0; i < shares.size(); ++i) {
        shares[i].name = municipalities[i].name;
        shares[i].weight = weights.values[i];
        shares[i].exact = portions[i].exact;
        shares[i].amount = portions[i].amount;
        shares[i].extra_cent = portions[i].extra_cent;
    }
    return shares;
}

Allocation split_by_key(const std::vector<Municipality>& municipalities,
                        const AllocationSettings& settings, AllocationKey key, int year,
                        const Number& total) {
    Diagnostics problems;
    const Weights weights =
        key_weights(key, municipalities, settings, year, msg("{key}", {arg("key", std::string(to_string(key)))}),
                    problems);
    throw_if_any(problems);
    check_weights(weights, municipalities, settings);
    Allocation result;
    result.key = key;
    result.year = year;
    result.total = total;
    result.basis = weights.basis;
    result.shares = shares_by(municipalities, weights, engine::apportion(total, weights.values));
    return result;
}

// A deficit is settled in cents, so insurance needs each use in whole cents.
void check_use_in_cents(const std::vector<Municipality>& municipalities, int year,
                        Diagnostics& problems) {
    for (const Municipality& municipality : municipalities) {
        const auto found = municipality.usage.find(year);
        if (found != municipality.usage.end() && !whole_cents(found->second.value)) {
            problems.add(found->second.pos,
                         msg("{name}'s usage for {year} ({amount}) is not a whole number of cents: insurance "
                             "settles it in cents",
                             {arg("name", municipality.name), arg("year", static_cast<long long>(year)),
                              arg("amount", amount_text(found->second.value))}));
        }
    }
}

void check_no_claim_share(const AllocationSettings& settings, Diagnostics& problems) {
    if (settings.no_claim_share.sign() < 0 || settings.no_claim_share > Number(1)) {
        problems.add(settings.pos, msg("no_claim_share must be between 0% and 100%, not {value}",
                                       {arg("value", amount_text(settings.no_claim_share))}));
    }
}

// The no-claim pool goes back to those who used less than their premium, in
// proportion to how much less.
void refund_surplus(Allocation& result, const Number& no_claim_share) {
    result.surplus = result.total - result.use;
    result.pool = engine::round_places(no_claim_share * result.surplus, 2,
                                       engine::RoundingMode::half_up);
    std::vector<Number> under_use;
    Number sum;
    for (const AllocationShare& share : result.shares) {
        under_use.push_back(share.under_use);
        sum += share.under_use;
    }
    if (sum.is_zero()) {
        return;
    }
    const auto refunds = engine::apportion(result.pool, under_use);
    for (std::size_t i = 0; i < result.shares.size(); ++i) {
        result.shares[i].refund = refunds[i].amount;
        result.shares[i].amount = result.shares[i].premium - refunds[i].amount;
    }
}

// A deficit is shared like the premiums: by the same key.
void charge_deficit(Allocation& result) {
    result.deficit = result.use - result.total;
    std::vector<Number> weights;
    for (const AllocationShare& share : result.shares) {
        weights.push_back(share.weight);
    }
    const auto parts = engine::apportion(result.deficit, weights);
    for (std::size_t i = 0; i < result.shares.size(); ++i) {
        result.shares[i].deficit = parts[i].amount;
        result.shares[i].amount = result.shares[i].premium + parts[i].amount;
    }
}

Allocation settle_insurance(const std::vector<Municipality>& municipalities,
                            const AllocationSettings& settings, int year, const Number& total) {
    Diagnostics problems;
    const Message purpose = msg("insurance with premiums by {key}",
                                {arg("key", std::string(to_string(settings.premium_key)))});
    const Weights premium_weights =
        key_weights(settings.premium_key, municipalities, settings, year, purpose, problems);
    const Weights use = yearly_weights(
        municipalities, usage_figure, year,
        msg("insurance for {year} settles each premium against the actual use", {arg("year", static_cast<long long>(year))}),
        problems);
    check_use_in_cents(municipalities, year, problems);
    check_no_claim_share(settings, problems);
    throw_if_any(problems);
    check_weights(premium_weights, municipalities, settings);

    Allocation result;
    result.key = AllocationKey::insurance;
    result.year = year;
    result.total = total;
    result.basis = premium_weights.basis;
    result.settled_against = use.basis;
    result.shares =
        shares_by(municipalities, premium_weights, engine::apportion(total, premium_weights.values));
    for (std::size_t i = 0; i < result.shares.size(); ++i) {
        AllocationShare& share = result.shares[i];
        share.premium = share.amount;
        share.use = use.values[i];
        share.under_use = std::max(Number(), share.premium - share.use);
        result.use += share.use;
    }
    if (total > result.use) {
        refund_surplus(result, settings.no_claim_share);
    } else if (result.use > total) {
        charge_deficit(result);
    }
    return result;
}

}  // namespace

namespace {
// Settlement: each pays its own use, so what is split is the sum of use.
engine::Number total_use(const std::vector<Municipality>& municipalities, int year) {
    engine::Number sum;
    for (const auto& municipality : municipalities)
        if (auto it = municipality.usage.find(year); it != municipality.usage.end()) sum += it->second.value;
    return sum;
}
}  // namespace

Allocation allocate(const std::vector<Municipality>& municipalities, const AllocationSettings& settings,
                    AllocationKey key, int year, const engine::Number& budget) {
    const engine::Number total = key == AllocationKey::usage ? total_use(municipalities, year) : budget;
    check_total(municipalities, settings, total);
    if (key == AllocationKey::insurance) {
        return settle_insurance(municipalities, settings, year, total);
    }
    return split_by_key(municipalities, settings, key, year, total);
}

std::string FigureYears::to_string() const { return figure + " " + year_range(first, last); }

namespace {

// The years a figure should have for every municipality: from the first to the last year any has.
std::vector<int> expected_years(const std::vector<const ByYear*>& series) {
    std::optional<int> first, last;
    for (const ByYear* values : series)
        if (!values->empty()) {
            first = first ? std::min(*first, values->begin()->first) : values->begin()->first;
            last = last ? std::max(*last, values->rbegin()->first) : values->rbegin()->first;
        }
    std::vector<int> years;
    if (first)
        for (int year = *first; year <= *last; ++year) years.push_back(year);
    return years;
}

// `Utrecht has no usage for 2024, which the key data gives for 2021–2025: …`.
Message gaps(const Figure* figure, std::vector<engine::MessageArg> args) {
    if (figure == &objective_figure)
        return msg("{name} has no objective amount for {missing}, which the key data gives for {years}: allocate "
                   "refuses a year that reads it",
                   std::move(args));
    if (figure == &usage_figure)
        return msg("{name} has no usage for {missing}, which the key data gives for {years}: allocate refuses a year "
                   "that reads it",
                   std::move(args));
    return msg("{name} has no {metric} for {missing}, which the key data gives for {years}: allocate refuses a year "
               "that reads it",
               std::move(args));
}

void check_series(const std::vector<Municipality>& municipalities, const std::vector<const ByYear*>& series,
                  const Figure* figure, const std::string& metric, engine::Diagnostics& problems) {
    const std::vector<int> years = expected_years(series);
    for (std::size_t m = 0; m < municipalities.size(); ++m) {
        std::vector<int> missing;
        for (int year : years)
            if (!series[m]->count(year)) missing.push_back(year);
        if (missing.empty()) continue;
        problems.add(municipalities[m].pos,
                     gaps(figure, {arg("name", municipalities[m].name), arg("metric", metric),
                                   arg("missing", year_list(missing)),
                                   arg("years", year_range(years.front(), years.back()))}));
    }
}

}  // namespace

void check_key_data_gaps(const std::vector<Municipality>& municipalities, engine::Diagnostics& problems) {
    std::set<std::string> metrics;
    for (const auto& municipality : municipalities)
        for (const auto& [name, _] : municipality.metrics) metrics.insert(name);
    static const ByYear none;
    for (const auto& metric : metrics) {
        std::vector<const ByYear*> series;
        for (const auto& municipality : municipalities) {
            const auto found = municipality.metrics.find(metric);
            series.push_back(found == municipality.metrics.end() ? &none : &found->second);
        }
        check_series(municipalities, series, nullptr, metric, problems);
    }
    std::vector<const ByYear*> objective, usage;
    for (const auto& municipality : municipalities) {
        objective.push_back(&municipality.objective);
        usage.push_back(&municipality.usage);
    }
    check_series(municipalities, objective, &objective_figure, "", problems);
    check_series(municipalities, usage, &usage_figure, "", problems);
}

}  // namespace tariffs
