#include "tariffs/pricing/indexation.hpp"

#include "engine/decimal.hpp"
#include "engine/diagnostic.hpp"

#include <algorithm>

namespace tariffs {

using engine::Number;

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
                             which == Which::provisional
                                 ? engine::msg("no provisional {component} figure for {year}: the index of {year} needs it",
                                               {engine::arg("component", component),
                                                engine::arg("year", static_cast<long long>(year))})
                                 : engine::msg("no definitive {component} figure for {year}: the index of {year} needs it",
                                               {engine::arg("component", component),
                                                engine::arg("year", static_cast<long long>(year))}));
        }
        terms.push_back(std::move(term));
    }
    if (!complete) return std::nullopt;
    return round_percentage(policy.round_weighted, total);
}

void correct(const IndexPolicy& policy, const ResolvedWeights& weights, IndexStep& step,
             engine::Diagnostics& problems) {
    if (policy.correction == Correction::none) {
        step.no_correction = IndexStep::NoCorrection::by_policy;
        return;
    }
    const int previous = step.year - 1;
    step.previous_provisional = weighted(policy, weights, previous, Which::provisional, false,
                                         step.previous_provisional_terms, problems);
    step.previous_definitive = weighted(policy, weights, previous, Which::definitive, false,
                                        step.previous_definitive_terms, problems);
    if (!step.previous_provisional || !step.previous_definitive) {
        step.no_correction = IndexStep::NoCorrection::figures_unknown;
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
    // Without weights the sum below is 0: a year nobody indexed would pass as 0.00%.
    if (std::all_of(weights.begin(), weights.end(), [](const auto& w) { return w.second.is_zero(); }))
        throw engine::InputError(policy.pos, engine::msg("no index for {year}: the indexation neither states it under "
                                                         "`applied` nor has `weights` and series to compute it from",
                                                         {engine::arg("year", static_cast<long long>(year))}));
    engine::Diagnostics problems;
    auto provisional = weighted(policy, weights, year, Which::provisional, true, step.provisional_terms, problems);
    if (!problems.empty()) throw engine::InputError(problems);
    step.weighted_provisional = *provisional;
    correct(policy, weights, step, problems);
    step.index = round_percentage(policy.round_index, step.weighted_provisional + step.correction);
    return step;
}

const IndexWeights& chosen_weights(const IndexPolicy& policy, const std::optional<IndexWeights>& product_weights,
                                   const std::string& kind) {
    if (product_weights) return *product_weights;
    if (auto it = policy.by_kind.find(kind); it != policy.by_kind.end()) return it->second;
    return policy.weights;
}

ResolvedWeights resolve_weights(const IndexPolicy& policy, const std::optional<IndexWeights>& product_weights,
                                const std::string& kind, const Number& personnel_share) {
    const IndexWeights* chosen = &chosen_weights(policy, product_weights, kind);
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

// The texts of one description, in its wording.
class Describer {
public:
    explicit Describer(const IndexWording& words) : words_(words) {}

    std::string percent(const Number& fraction) const {
        const engine::DisplayedValue shown = engine::display_amount(fraction * Number(100), 2, 6);
        return (shown.approximate ? "≈" : "") + words_.number(shown.text) + "%";
    }
    std::string plain(const Number& value) const {
        const engine::DisplayedValue shown = engine::display_value(value, 6);
        return (shown.approximate ? "≈" : "") + words_.number(shown.text);
    }
    // `0.9 × OVA 4.18% + 0.1 × PPC 1.82%`
    std::string terms(const std::vector<IndexTerm>& terms) const {
        std::string text;
        for (const auto& term : terms) {
            if (!text.empty()) text += " + ";
            text += plain(term.weight) + " × " + term.component + " " +
                    (term.figure ? percent(term.figure->value) : words_.not_published);
        }
        return text;
    }
    // `= 3.944%`, or `= 3.944%, rounded 3.94%` when the policy rounds the step.
    std::string result(const Number& raw, const Number& rounded) const {
        std::string text = "= " + percent(raw);
        if (raw != rounded) text += ", " + words_.rounded + " " + percent(rounded);
        return text;
    }

private:
    const IndexWording& words_;
};

Number terms_sum(const std::vector<IndexTerm>& terms) {
    Number sum;
    for (const auto& term : terms)
        if (term.figure) sum += term.weight * term.figure->value;
    return sum;
}

}  // namespace

// How the index of a year was found, in one line.
std::string describe(const IndexStep& step, const IndexPolicy& policy, const IndexWording& words) {
    const Describer say(words);
    if (step.applied) {
        std::string text = say.percent(step.index) + " " + words.applied;
        if (step.applied_at.known()) text += " (" + step.applied_at.to_string() + ")";
        return text;
    }
    std::string text = words.provisional + " " + say.terms(step.provisional_terms) + " " +
                       say.result(terms_sum(step.provisional_terms), step.weighted_provisional);
    const bool corrected = step.no_correction == IndexStep::NoCorrection::corrected && step.previous_definitive &&
                           step.previous_provisional;
    if (corrected) {
        const std::string previous = std::to_string(step.year - 1);
        const std::string definitive = say.percent(*step.previous_definitive);
        const std::string provisional = say.percent(*step.previous_provisional);
        Number raw;
        if (policy.correction == Correction::ratio) {
            raw = (Number(1) + *step.previous_definitive) / (Number(1) + *step.previous_provisional) - Number(1);
            text += "; " + words.correction_ratio + " " + previous + " (1 + " + words.definitive + ") / (1 + " +
                    words.provisional + ") − 1 = (1 + " + definitive + ") / (1 + " + provisional + ") − 1 ";
        } else {
            raw = *step.previous_definitive - *step.previous_provisional;
            text += "; " + words.correction_points + " " + previous + " " + words.definitive + " − " +
                    words.provisional + " = " + definitive + " − " + provisional + " ";
        }
        text += say.result(raw, step.correction);
        text += "; " + words.index + " " + say.percent(step.weighted_provisional) + " + " + say.percent(step.correction) +
                " " + say.result(step.weighted_provisional + step.correction, step.index);
    } else {
        if (step.no_correction == IndexStep::NoCorrection::by_policy) text += "; " + words.no_correction_by_policy;
        if (step.no_correction == IndexStep::NoCorrection::figures_unknown) {
            std::string note = words.no_correction_figures;
            note.replace(note.find("{year}"), 6, std::to_string(step.year - 1));
            text += "; " + note;
        }
        text += "; " + words.index + " ";
        if (step.weighted_provisional == step.index) {
            text += say.percent(step.index);
        } else {
            text += say.percent(step.weighted_provisional) + ", " + words.rounded + " " + say.percent(step.index);
        }
    }
    return text;
}


Number apply_index(const IndexPolicy& policy, const Number& previous, const Number& index) {
    return policy.round_tariff.apply(previous * (Number(1) + index));
}

}  // namespace tariffs
