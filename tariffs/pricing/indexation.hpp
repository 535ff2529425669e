// Yearly indexation of tariffs (METHOD.md §5): index series per component,
// weights per product, the correction for the previous year, the rounding of
// each step, and the chain (or direct) application to the tariff.
#pragma once

#include "engine/number.hpp"
#include "engine/scope.hpp"
#include "engine/source.hpp"
#include "tariffs/model/index_policy.hpp"

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace tariffs {

// One component's part in a weighted index.
struct IndexTerm {
    std::string component;
    engine::Number weight;
    std::optional<YearValue> figure;  // the figure used (nothing: not published)
};

// How the index of one year was found.
struct IndexStep {
    int year = 0;
    bool applied = false;            // stated outright by the policy
    engine::SourcePos applied_at;
    std::vector<IndexTerm> provisional_terms;
    engine::Number weighted_provisional;
    std::vector<IndexTerm> previous_provisional_terms, previous_definitive_terms;
    std::optional<engine::Number> previous_provisional, previous_definitive;
    engine::Number correction;
    // Why there is no correction, when there is none.
    enum class NoCorrection { corrected, by_policy, figures_unknown } no_correction = NoCorrection::corrected;
    engine::Number index;            // as a fraction: 0.0385 is 3.85%
};

// The resolved weights of a product (or of availability: the default).
using ResolvedWeights = std::vector<std::pair<std::string, engine::Number>>;

// The index of `year` under `policy` for `weights`. Throws engine::InputError,
// located, when a figure it needs is missing.
IndexStep compute_index(const IndexPolicy& policy, const ResolvedWeights& weights, int year);

// The weights a product of `kind` with its own `product_weights` (if any)
// follows: its own, else its kind's, else the policy's default.
const IndexWeights& chosen_weights(const IndexPolicy& policy, const std::optional<IndexWeights>& product_weights,
                                   const std::string& kind);

// Weights for a product of `kind` with its own `product_weights` (if any) and
// its `personnel_share`.
ResolvedWeights resolve_weights(const IndexPolicy& policy, const std::optional<IndexWeights>& product_weights,
                                const std::string& kind, const engine::Number& personnel_share);

// The words describe() writes and how it writes a number, so that a report
// can say the same in another language.
struct IndexWording {
    std::string applied = "applied", provisional = "provisional", definitive = "definitive",
                correction_points = "correction (points)", correction_ratio = "correction (ratio)", index = "index",
                rounded = "rounded", not_published = "(not published)",
                no_correction_by_policy = "the policy applies no correction",
                // {year}: the year before the index's
                no_correction_figures = "no correction: the definitive and provisional figures of {year} are not both known";
    // A decimal as written (`3.944`), in the report's language.
    std::function<std::string(const std::string&)> number = [](const std::string& text) { return text; };
};

// How the index was found, in one line: `3.85% applied (m.yaml:66:18)`, or
// `0.9 × 4.18% + 0.1 × 1.82% = 3.944%; correction (points) … ; index 3.94%`.
std::string describe(const IndexStep& step, const IndexPolicy& policy, const IndexWording& words = {});

// A fraction as a percentage: 0.0385 → `3.85%` (at least two decimals, exact up to six).
std::string percentage(const engine::Number& fraction);
// The same without the sign, for JSON: `3.85` (rounded half up past six decimals).
std::string percentage_text(const engine::Number& fraction);

// One step of the chain: round(previous × (1 + index)) as the policy rounds tariffs.
engine::Number apply_index(const IndexPolicy& policy, const engine::Number& previous, const engine::Number& index);

}  // namespace tariffs
