// A model's indexation policy as written (METHOD.md §5): the index series per
// component, the weights, the correction, and the rounding of each step.
#pragma once

#include "engine/number.hpp"
#include "engine/scope.hpp"
#include "engine/source.hpp"
#include "tariffs/model/municipality.hpp"
#include "tariffs/model/source_file.hpp"

#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace tariffs {

struct IndexFigure {
    std::optional<YearValue> provisional;
    std::optional<YearValue> definitive;
};

struct IndexSeries {
    std::string component;  // OVA, PPC, CPI, …
    std::map<int, IndexFigure> years;
    engine::SourcePos pos;
};

enum class Correction { none, points, ratio };
enum class IndexMethod { chain, direct };

// How a product weighs the components: fixed shares, or its own
// personnel_share for the wage component and the rest for the other.
struct IndexWeights {
    std::vector<std::pair<std::string, engine::Number>> shares;
    bool by_personnel_share = false;
    engine::SourcePos pos;
};

struct NamedIndexPolicy;

struct IndexPolicy {
    bool present = false;
    std::string name;  // a named policy's; empty for the model's own
    std::vector<IndexSeries> series;
    IndexWeights weights;                        // the default
    std::map<std::string, IndexWeights> by_kind; // e.g. residential 80/20
    std::string wage_component = "OVA";          // for weights by personnel_share
    std::string other_component = "PPC";
    Correction correction = Correction::points;
    IndexMethod method = IndexMethod::chain;
    // Rounding of each step, in decimals of the percentage (2: 3.85%); none: exact.
    std::optional<engine::Rounding> round_weighted;
    std::optional<engine::Rounding> round_correction;
    std::optional<engine::Rounding> round_index;
    engine::Rounding round_tariff;               // the indexed tariff; default 2 places, half up
    std::map<int, YearValue> applied;            // an index stated outright for a year
    std::vector<SourceFile> files;               // the series file read, if any
    std::vector<NamedIndexPolicy> policies;      // for some kinds or product groups (the model's only)
    engine::SourcePos pos;

    const IndexSeries* find_series(const std::string& component) const;
    // The policy a product of `kind` in `group` (may be empty) follows: its
    // group's, else its kind's, else this one.
    const IndexPolicy& for_product(const std::string& kind, const std::string& group) const;
};

// A policy for the products of some kinds or groups: the model's policy with
// the weights, correction, method and rounding it gives instead.
struct NamedIndexPolicy {
    std::vector<std::pair<std::string, engine::SourcePos>> kinds, groups;
    IndexPolicy policy;
};

}  // namespace tariffs
