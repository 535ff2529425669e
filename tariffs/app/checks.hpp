// The checks of what a provider states against the reference: bids
// (`check-bids`), a provider's indexed tariffs (`check-index`) and a bid's own
// build-up (`check-buildup`). Each reads its file beside the model, which the
// result's fingerprint then covers too.
#pragma once

#include "engine/diagnostic.hpp"
#include "tariffs/app/model_input.hpp"
#include "tariffs/app/provenance.hpp"
#include "tariffs/checks/bid_buildup.hpp"
#include "tariffs/checks/bid_review.hpp"
#include "tariffs/checks/index_check.hpp"

#include <optional>
#include <string>

namespace tariffs::app {

// What a check found, as a whole. Lines that could not be read are shown in
// the report and make the input broken, after every other line is checked.
enum class CheckOutcome { fine, findings, unreadable_lines };

struct BidCheckOptions {
    std::string bids;         // CSV: provider, product, tariff (unit optional)
    std::optional<int> year;  // against the tariffs of this contract year (default: the base year)
};

struct BidCheckResult {
    BidReview review;
    CheckOutcome outcome = CheckOutcome::fine;
    Provenance provenance;
};

struct IndexCheckOptions {
    std::string tariffs;  // CSV: provider, product, year, tariff
};

struct IndexCheckResult {
    IndexCheck check;
    CheckOutcome outcome = CheckOutcome::fine;
    Provenance provenance;
};

struct BuildUpCheckOptions {
    std::string buildup;  // YAML: the provider's inputs and stated tariffs
};

struct BuildUpCheckResult {
    BuildUpReview review;
    CheckOutcome outcome = CheckOutcome::fine;
    Provenance provenance;
};

// Each throws engine::InputError (the model's problems, a file that cannot be
// read as a whole); `check_bids` RequestError for a year outside the contract years.
BidCheckResult check_bids(LoadedModel& loaded, const BidCheckOptions& options);
IndexCheckResult check_index(LoadedModel& loaded, const IndexCheckOptions& options);
BuildUpCheckResult check_buildup(LoadedModel& loaded, const BuildUpCheckOptions& options);

}  // namespace tariffs::app
