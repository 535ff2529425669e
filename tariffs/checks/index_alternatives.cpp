#include "tariffs/checks/index_alternatives.hpp"

#include "engine/diagnostic.hpp"

#include <algorithm>
#include <cstdint>

namespace tariffs {

using engine::Number;
using engine::RoundingMode;
using CauseKind = IndexCause::Kind;

bool IndexCause::same_alternative(const IndexCause& other) const { return alternative() == other.alternative(); }

IndexCause IndexCause::alternative() const {
    IndexCause bare = *this;
    bare.instead_of.reset();
    bare.own_weights.clear();
    bare.own_correction.reset();
    bare.index.reset();
    bare.own_index.reset();
    if (kind == CauseKind::correction) bare.year = 0;  // the line's year before, for its wording
    return bare;
}

namespace {

bool same_rounding(const std::optional<engine::Rounding>& a, const std::optional<engine::Rounding>& b) {
    if (!a || !b) return !a && !b;
    return a->places == b->places && a->step == b->step && a->mode == b->mode;
}

engine::Rounding percentage_places(int places) {
    engine::Rounding rounding;
    rounding.places = places;
    rounding.mode = RoundingMode::half_up;
    return rounding;
}

// Weights compared as a set: components in order, none with weight 0.
ResolvedWeights normalised(const ResolvedWeights& weights) {
    ResolvedWeights out;
    for (const auto& term : weights)
        if (!term.second.is_zero()) out.push_back(term);
    std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    return out;
}

std::string weights_key(const ResolvedWeights& weights) {
    std::string key;
    for (const auto& [component, weight] : weights) key += component + '=' + weight.to_fraction_string() + ';';
    return key;
}

std::string policy_key(const IndexPolicy& policy) {
    return std::to_string(reinterpret_cast<std::uintptr_t>(&policy));
}

constexpr RoundingMode tariff_modes[] = {RoundingMode::half_up, RoundingMode::half_even, RoundingMode::half_down,
                                         RoundingMode::up, RoundingMode::down};

// A kind whose alternative changes the index itself, so a line can show both.
bool changes_index(CauseKind kind) {
    return kind == CauseKind::index_rounded || kind == CauseKind::index_unrounded || kind == CauseKind::weights ||
           kind == CauseKind::correction;
}

}  // namespace

// A policy the provider may have followed throughout, for one product.
struct IndexAlternatives::Variant {
    IndexCause cause;
    const IndexPolicy* policy = nullptr;
    ResolvedWeights weights;
    int start_year = 0;  // the year whose tariff is the base tariff
};

// A variant's tariff (per the kind's base unit) and index in each year from the base year on.
struct IndexAlternatives::Chain {
    IndexCause cause;
    std::vector<Number> tariffs;
    std::vector<std::optional<Number>> indexes;
};

// The policies a provider may have followed instead of one of the model's.
struct PolicyVariants {
    struct Entry {
        IndexCause cause;
        std::unique_ptr<IndexPolicy> policy;
    };
    std::vector<Entry> entries;

    explicit PolicyVariants(const IndexPolicy& policy) {
        add_index_roundings(policy);
        for (Correction correction : {Correction::points, Correction::ratio, Correction::none})
            if (correction != policy.correction)
                add(policy, {.kind = CauseKind::correction, .correction = correction, .own_correction = policy.correction},
                    [&](IndexPolicy& p) { p.correction = correction; });
        const bool chain = policy.method == IndexMethod::chain;
        add(policy, {.kind = chain ? CauseKind::direct_instead_of_chain : CauseKind::chain_instead_of_direct},
            [&](IndexPolicy& p) { p.method = chain ? IndexMethod::direct : IndexMethod::chain; });
        for (RoundingMode mode : tariff_modes)
            if (mode != policy.round_tariff.mode)
                add(policy, {.kind = CauseKind::rounding, .mode = mode, .instead_of = policy.round_tariff.mode},
                    [&](IndexPolicy& p) { p.round_tariff.mode = mode; });
    }

private:
    template <class Change>
    void add(const IndexPolicy& policy, IndexCause cause, Change change) {
        auto changed = std::make_unique<IndexPolicy>(policy);
        changed->policies.clear();  // the named policies are the model's, not the product's
        change(*changed);
        entries.push_back({std::move(cause), std::move(changed)});
    }

    // As published (each step to 0.01% or 0.1%), rounded only at the end, or not at all.
    void add_index_roundings(const IndexPolicy& policy) {
        const auto is_policy = [&](const std::optional<engine::Rounding>& weighted,
                                   const std::optional<engine::Rounding>& correction,
                                   const std::optional<engine::Rounding>& index) {
            return same_rounding(weighted, policy.round_weighted) &&
                   same_rounding(correction, policy.round_correction) && same_rounding(index, policy.round_index);
        };
        for (int places : {2, 1}) {
            const engine::Rounding rounding = percentage_places(places);
            for (bool every_step : {true, false}) {
                const std::optional<engine::Rounding> step = every_step ? std::optional(rounding) : std::nullopt;
                if (is_policy(step, step, rounding)) continue;
                add(policy, {.kind = CauseKind::index_rounded, .places = places, .every_step = every_step},
                    [&](IndexPolicy& p) {
                        p.round_weighted = step;
                        p.round_correction = step;
                        p.round_index = rounding;
                    });
            }
        }
        if (!is_policy(std::nullopt, std::nullopt, std::nullopt))
            add(policy, {.kind = CauseKind::index_unrounded}, [](IndexPolicy& p) {
                p.round_weighted.reset();
                p.round_correction.reset();
                p.round_index.reset();
            });
    }
};

namespace {

// The weights a product could have been given instead of its own: every set
// the model's policies write, and the usual splits of wage and prices.
std::vector<ResolvedWeights> other_weights(const IndexPolicy& model_policy, const IndexPolicy& policy,
                                           const ResolvedWeights& own) {
    std::vector<ResolvedWeights> sets;
    const auto add = [&](const ResolvedWeights& weights) {
        const ResolvedWeights set = normalised(weights);
        if (set.empty() || set == normalised(own) || std::find(sets.begin(), sets.end(), set) != sets.end()) return;
        sets.push_back(set);
    };
    const auto add_written = [&](const IndexPolicy& written) {
        if (!written.weights.by_personnel_share) add(written.weights.shares);
        for (const auto& [kind, weights] : written.by_kind)
            if (!weights.by_personnel_share) add(weights.shares);
    };
    add_written(model_policy);
    for (const auto& named : model_policy.policies) add_written(named.policy);
    for (const auto& [wage, other] : {std::pair{9, 1}, std::pair{8, 2}, std::pair{3, 1}})
        add({{policy.wage_component, Number::fraction(wage, wage + other)},
             {policy.other_component, Number::fraction(other, wage + other)}});
    return sets;
}

}  // namespace

IndexAlternatives::IndexAlternatives(CostModel& cost_model, const IndexedTariffs& tariffs)
    : cost_(cost_model), tariffs_(tariffs) {}

IndexAlternatives::~IndexAlternatives() = default;

std::vector<IndexAlternatives::Variant> IndexAlternatives::variants(const IndexedProduct& product) {
    const IndexPolicy& policy = *product.policy;
    std::vector<Variant> out;
    auto [it, added] = policy_variants_.try_emplace(&policy, nullptr);
    if (added) it->second = std::make_unique<PolicyVariants>(policy);
    const int base = tariffs_.base_year;
    for (const auto& entry : it->second->entries) out.push_back({entry.cause, entry.policy.get(), product.weights, base});
    for (auto& weights : other_weights(cost_.model().indexation, policy, product.weights))
        out.push_back({{.kind = CauseKind::weights, .weights = weights, .own_weights = normalised(product.weights)},
                       &policy, weights, base});
    for (int start : {base - 1, base + 1})
        if (start < tariffs_.last_year)
            out.push_back({{.kind = CauseKind::base_year, .year = start, .own_year = base}, &policy, product.weights, start});
    return out;
}

const std::vector<std::optional<Number>>& IndexAlternatives::indexes(const IndexPolicy& policy,
                                                                      const ResolvedWeights& weights) {
    auto [it, added] = indexes_.try_emplace(policy_key(policy) + '|' + weights_key(weights));
    if (!added) return it->second;
    for (int year = tariffs_.base_year; year <= tariffs_.last_year; ++year) {
        try {
            it->second.push_back(compute_index(policy, weights, year).index);
        } catch (const engine::InputError&) {
            it->second.push_back(std::nullopt);  // a figure this alternative needs is not there: it cannot be what was done
        }
    }
    return it->second;
}

std::optional<IndexAlternatives::Chain> IndexAlternatives::chain(const IndexedProduct& product, const Variant& variant) {
    const IndexPolicy& policy = *variant.policy;
    const std::vector<std::optional<Number>>& index = indexes(policy, variant.weights);
    const int base = tariffs_.base_year;
    const Number& base_tariff = product.years.front().tariff;
    const Number exact = product.base.exact_tariff();
    Chain chain{variant.cause, {base_tariff}, {std::nullopt}};
    Number factor = 1;
    Number previous = base_tariff;
    for (int year = base; year <= tariffs_.last_year; ++year) {
        if (year == base && variant.start_year >= base) continue;
        Number tariff = base_tariff;
        std::optional<Number> used;
        if (year > variant.start_year) {
            used = index[static_cast<std::size_t>(year - base)];
            if (!used) return std::nullopt;
            factor = factor * (Number(1) + *used);
            const Number unrounded =
                policy.method == IndexMethod::direct ? exact * factor : previous * (Number(1) + *used);
            tariff = policy.round_tariff.apply(unrounded);
        }
        if (year == base) {
            chain.tariffs.front() = tariff;
            chain.indexes.front() = used;
        } else {
            chain.tariffs.push_back(tariff);
            chain.indexes.push_back(used);
        }
        previous = tariff;
    }
    return chain;
}

const std::vector<IndexAlternatives::Chain>& IndexAlternatives::chains(const IndexedProduct& product) {
    auto [it, added] = chains_.try_emplace(product.product->code);
    if (added)
        for (const auto& variant : variants(product))
            if (auto computed = chain(product, variant)) it->second.push_back(std::move(*computed));
    return it->second;
}

// One year indexed otherwise, from the model's own tariff of the year before.
void IndexAlternatives::one_year_slips(const IndexedProduct& product, int year, std::vector<Candidate>& out) const {
    const IndexPolicy& policy = *product.policy;
    const YearTariff& now = *product.find(year);
    const auto price = [&](const Number& tariff) { return cost_.price_for_tariff(*product.product, tariff); };
    for (RoundingMode mode : tariff_modes) {
        if (mode == policy.round_tariff.mode) continue;
        engine::Rounding rounding = policy.round_tariff;
        rounding.mode = mode;
        out.push_back({{.kind = CauseKind::rounding, .mode = mode, .instead_of = policy.round_tariff.mode},
                       price(rounding.apply(now.unrounded))});
    }
    if (year == tariffs_.base_year) return;
    const Number& previous = product.find(year - 1)->tariff;
    // The first indexed year without its correction is the policy without correction, tried throughout.
    if (year > tariffs_.base_year + 1 && policy.correction != Correction::none && !now.index->applied) {
        IndexPolicy uncorrected = policy;
        uncorrected.correction = Correction::none;
        const IndexStep step = compute_index(uncorrected, product.weights, year);
        out.push_back({{.kind = CauseKind::without_correction, .year = year - 1, .index = step.index, .own_index = now.index->index},
                       price(apply_index(policy, previous, step.index))});
    }
    for (const auto& other : product.years) {
        if (other.year == year || !other.index) continue;
        out.push_back({{.kind = CauseKind::other_index,
                        .year = other.year,
                        .own_year = year,
                        .index = other.index->index,
                        .own_index = now.index->index},
                       price(apply_index(policy, previous, other.index->index))});
    }
}

std::vector<IndexCandidate> IndexAlternatives::candidates(const IndexedProduct& product, int year) {
    std::vector<IndexCandidate> out;
    const auto at = static_cast<std::size_t>(year - tariffs_.base_year);
    const YearTariff& now = *product.find(year);
    for (const auto& chain : chains(product)) {
        IndexCause cause = chain.cause;
        const std::optional<Number>& used = chain.indexes[at];
        if (changes_index(cause.kind) && used && now.index && *used != now.index->index) {
            cause.index = *used;
            cause.own_index = now.index->index;
        }
        if (cause.kind == CauseKind::correction && year > tariffs_.base_year) cause.year = year - 1;
        out.push_back({std::move(cause), cost_.price_for_tariff(*product.product, chain.tariffs[at])});
    }
    one_year_slips(product, year, out);
    std::stable_sort(out.begin(), out.end(),
                     [](const IndexCandidate& a, const IndexCandidate& b) { return a.cause.kind < b.cause.kind; });
    return out;
}

}  // namespace tariffs
