#include "tariffs/indexation.hpp"

#include "engine/decimal.hpp"
#include "engine/diagnostic.hpp"

namespace tariffs {

using engine::Number;

const IndexSeries* IndexPolicy::find_series(const std::string& component) const {
    for (const auto& s : series)
        if (s.component == component) return &s;
    return nullptr;
}

namespace {

// A percentage step is rounded in decimals of the percentage: 2 places of 3.8512% is 3.85%.
Number round_percentage(const std::optional<engine::Rounding>& rounding, const Number& fraction) {
    if (!rounding) return fraction;
    engine::Rounding in_fraction = *rounding;
    if (in_fraction.places) in_fraction.places = *in_fraction.places + 2;
    if (in_fraction.step) in_fraction.step = *in_fraction.step / Number(100);
    return in_fraction.apply(fraction);
}

enum class Which { provisional, definitive };

// Σ weight × figure; missing figures are reported (when `required`) or make the result empty.
std::optional<Number> weighted(const IndexPolicy& policy, const ResolvedWeights& weights, int year, Which which,
                               bool required, std::vector<IndexTerm>& terms, engine::Diagnostics& problems) {
    Number total;
    bool complete = true;
    for (const auto& [component, weight] : weights) {
        IndexTerm term{component, weight, std::nullopt};
        const IndexSeries* series = policy.find_series(component);
        if (series) {
            auto it = series->years.find(year);
            if (it != series->years.end())
                term.figure = which == Which::provisional ? it->second.provisional : it->second.definitive;
        }
        if (term.figure) {
            total += weight * term.figure->value;
        } else if (!weight.is_zero()) {
            complete = false;
            if (required)
                problems.add(series ? series->pos : policy.pos,
                             "no " + std::string(which == Which::provisional ? "provisional" : "definitive") + " " +
                                 component + " figure for " + std::to_string(year) + ": the index of " +
                                 std::to_string(year) + " needs it");
        }
        terms.push_back(std::move(term));
    }
    if (!complete) return std::nullopt;
    return round_percentage(policy.round_weighted, total);
}

void correct(const IndexPolicy& policy, const ResolvedWeights& weights, IndexStep& step,
             engine::Diagnostics& problems) {
    if (policy.correction == Correction::none) {
        step.correction_note = "the policy applies no correction";
        return;
    }
    const int previous = step.year - 1;
    step.previous_provisional = weighted(policy, weights, previous, Which::provisional, false,
                                         step.previous_provisional_terms, problems);
    step.previous_definitive = weighted(policy, weights, previous, Which::definitive, false,
                                        step.previous_definitive_terms, problems);
    if (!step.previous_provisional || !step.previous_definitive) {
        step.correction_note = "no correction: the definitive and provisional figures of " +
                               std::to_string(previous) + " are not both known";
        return;
    }
    const Number& definitive = *step.previous_definitive;
    const Number& provisional = *step.previous_provisional;
    const Number raw = policy.correction == Correction::points ? definitive - provisional
                                                               : (Number(1) + definitive) / (Number(1) + provisional) - Number(1);
    step.correction = round_percentage(policy.round_correction, raw);
}

}  // namespace

IndexStep compute_index(const IndexPolicy& policy, const ResolvedWeights& weights, int year) {
    IndexStep step;
    step.year = year;
    if (auto it = policy.applied.find(year); it != policy.applied.end()) {
        step.applied = true;
        step.applied_at = it->second.pos;
        step.index = it->second.value;
        return step;
    }
    engine::Diagnostics problems;
    auto provisional = weighted(policy, weights, year, Which::provisional, true, step.provisional_terms, problems);
    if (!problems.empty()) throw engine::InputError(problems);
    step.weighted_provisional = *provisional;
    correct(policy, weights, step, problems);
    step.index = round_percentage(policy.round_index, step.weighted_provisional + step.correction);
    return step;
}

ResolvedWeights resolve_weights(const IndexPolicy& policy, const std::optional<IndexWeights>& product_weights,
                                const std::string& kind, const Number& personnel_share) {
    const IndexWeights* chosen = &policy.weights;
    if (auto it = policy.by_kind.find(kind); it != policy.by_kind.end()) chosen = &it->second;
    if (product_weights) chosen = &*product_weights;
    if (chosen->by_personnel_share)
        return {{policy.wage_component, personnel_share}, {policy.other_component, Number(1) - personnel_share}};
    return chosen->shares;
}

std::string percentage_text(const Number& fraction) {
    return engine::display_amount(fraction * Number(100), 2, 6).text;
}

std::string percentage(const Number& fraction) {
    const auto shown = engine::display_amount(fraction * Number(100), 2, 6);
    return (shown.approximate ? "≈" : "") + shown.text + "%";
}

namespace {

std::string terms_text(const std::vector<IndexTerm>& terms) {
    std::string text;
    for (const auto& term : terms) {
        if (!text.empty()) text += " + ";
        const auto weight = engine::display_value(term.weight);
        text += weight.text + " × " + (term.figure ? percentage(term.figure->value) : "?") + " " + term.component;
    }
    return text;
}

std::string correction_text(const IndexStep& step, const IndexPolicy& policy) {
    if (!step.correction_note.empty()) return step.correction_note;
    const std::string previous = std::to_string(step.year - 1);
    const std::string definitive = percentage(*step.previous_definitive);
    const std::string provisional = percentage(*step.previous_provisional);
    const std::string how = policy.correction == Correction::points
                                ? definitive + " − " + provisional
                                : "(1 + " + definitive + ") / (1 + " + provisional + ") − 1";
    return "correction for " + previous + " (" + (policy.correction == Correction::points ? "points" : "ratio") +
           "): definitive " + terms_text(step.previous_definitive_terms) + " = " + definitive + ", provisional " +
           terms_text(step.previous_provisional_terms) + " = " + provisional + "; " + how + " = " +
           percentage(step.correction);
}

}  // namespace

std::string describe(const IndexStep& step, const IndexPolicy& policy) {
    if (step.applied) return percentage(step.index) + " applied (" + step.applied_at.to_string() + ")";
    return "provisional " + terms_text(step.provisional_terms) + " = " + percentage(step.weighted_provisional) +
           "; " + correction_text(step, policy) + "; index " + percentage(step.index);
}

Number apply_index(const IndexPolicy& policy, const Number& previous, const Number& index) {
    return policy.round_tariff.apply(previous * (Number(1) + index));
}

}  // namespace tariffs
