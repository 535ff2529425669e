// The ways a provider may have indexed a tariff other than the model's policy
// says, each computed as the provider would have computed it (METHOD.md §5):
//
// - a policy followed throughout, each year's tariff from its own tariff of the
//   year before: the index as published (each step rounded to 0.01% or 0.1%),
//   rounded only at the end or not at all; another kind's weights or a usual
//   split (90/10, 80/20, 75/25); another correction method, or none; chain
//   instead of direct (or the reverse); another base year (one index more or
//   one less); another rounding mode for the tariff;
// - a slip in one year, from the model's own tariff of the year before: the
//   index of another year; no correction in that year; another rounding mode.
//
// An alternative is more specific the more it says about what the provider
// did: those that name an index figure come first (as published, weights,
// correction, base year, another year's index, a missed correction), then the
// way the index was applied (chain or direct), then the tariff's rounding mode,
// which gives any one-cent difference in its direction.
#pragma once

#include "engine/number.hpp"
#include "engine/rounding.hpp"
#include "tariffs/model/index_policy.hpp"
#include "tariffs/pricing/cost_model.hpp"
#include "tariffs/pricing/indexation.hpp"
#include "tariffs/pricing/indexed_tariffs.hpp"

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace tariffs {

// An alternative that gives a listed tariff exactly; a report words it
// (`rounded half_even instead of half_up`, …) in its own language.
struct IndexCause {
    // In order of specificity, the most specific first.
    enum class Kind {
        index_rounded,            // the index rounded to `places` decimals of the percentage (at every step, or at the end)
        index_unrounded,          // the index not rounded
        weights,                  // other weights
        correction,               // another correction method (or none)
        base_year,                // indexed from another base year
        other_index,              // one year indexed with another year's index
        without_correction,       // one year indexed without its correction for the year before
        direct_instead_of_chain,  //
        chain_instead_of_direct,  //
        rounding,                 // the tariff rounded in another mode
    };
    Kind kind = Kind::rounding;
    // What the alternative is: the same on every line it explains.
    engine::RoundingMode mode{};  // rounding: the mode that gives it
    int places = 0;               // index_rounded
    bool every_step = false;      // index_rounded: the weighted figures and the correction rounded too
    ResolvedWeights weights{};    // weights
    Correction correction{};      // correction: the method used
    // without_correction: the year not corrected for; other_index: the index's; base_year: the one used;
    // correction: the year before the line's (a detail)
    int year = 0;
    int own_year = 0;  // other_index: the year of the listed tariff; base_year: the model's
    // How it differs from the model on the line it explains.
    std::optional<engine::RoundingMode> instead_of{};  // rounding: the policy's mode
    ResolvedWeights own_weights{};                     // weights: the product's
    std::optional<Correction> own_correction{};        // correction: the policy's
    // The index of the line's year under the alternative and the model's,
    // where the alternative changes it.
    std::optional<engine::Number> index{}, own_index{};

    bool operator==(const IndexCause&) const = default;
    // The same alternative, whatever the line (details aside).
    bool same_alternative(const IndexCause& other) const;
    // This alternative without the details of one line.
    IndexCause alternative() const;
};

// An alternative and the price (per the product's own unit) it gives a line.
struct IndexCandidate {
    IndexCause cause;
    engine::Number price;
};

struct PolicyVariants;

class IndexAlternatives {
public:
    IndexAlternatives(CostModel& cost_model, const IndexedTariffs& tariffs);
    ~IndexAlternatives();

    // Every alternative for `product`'s tariff of `year` (a year of the
    // indexed tariffs), the most specific first.
    std::vector<IndexCandidate> candidates(const IndexedProduct& product, int year);

private:
    struct Variant;
    struct Chain;
    using Candidate = IndexCandidate;
    std::vector<Variant> variants(const IndexedProduct& product);
    std::optional<Chain> chain(const IndexedProduct& product, const Variant& variant);
    const std::vector<Chain>& chains(const IndexedProduct& product);
    const std::vector<std::optional<engine::Number>>& indexes(const IndexPolicy& policy, const ResolvedWeights& weights);
    void one_year_slips(const IndexedProduct& product, int year, std::vector<Candidate>& out) const;

    CostModel& cost_;
    const IndexedTariffs& tariffs_;
    // The policies a provider may have followed instead of each of the model's.
    std::map<const IndexPolicy*, std::unique_ptr<PolicyVariants>> policy_variants_;
    // Each product's alternatives followed throughout, by product code.
    std::unordered_map<std::string, std::vector<Chain>> chains_;
    // Each year's index from the base year on under a policy and weights
    // (none: a figure the year needs is missing).
    std::unordered_map<std::string, std::vector<std::optional<engine::Number>>> indexes_;
};

}  // namespace tariffs
