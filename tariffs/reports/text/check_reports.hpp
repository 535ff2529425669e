// Reports of the checks of a provider's figures against the model: a bid
// review, an indexation check and a bid's own build-up, in every report format.
//
// People (table, markdown) see signed differences (`+1.23`), ≈ where a value
// is shown with fewer digits than it has, the lines that could not be read
// (`file:line:1: message`) and a one-line legend. Tools (json, csv) get every
// amount and percentage as a string, never a JSON number.
#pragma once

#include "tariffs/checks/bid_buildup.hpp"
#include "tariffs/checks/bid_review.hpp"
#include "tariffs/checks/index_check.hpp"
#include "tariffs/model/model.hpp"
#include "tariffs/reports/i18n/locale.hpp"
#include "tariffs/reports/report_format.hpp"

#include <ostream>
#include <string>

namespace tariffs {

// Each bid line against its reference, floor and ceiling; per provider the
// count per status; per lot the ranked amounts on the reference volumes.
void write_bid_review(const Model& model, const BidReview& review, ReportFormat format, std::ostream& out,
                      const Locale& locale = default_locale);

// Each listed tariff against the model's, the difference in cents and the
// alternatives that explain it.
void write_index_check(const Model& model, const IndexCheck& check, ReportFormat format, std::ostream& out,
                       const Locale& locale = default_locale);

// Per product the stated, computed and reference tariffs, and the difference
// with the reference attributed to the provider's inputs.
void write_buildup_review(const Model& model, const BuildUpReview& review, ReportFormat format, std::ostream& out,
                          const Locale& locale = default_locale);

// An alternative that explains a listed tariff, in the locale's words:
// `rounded half_even instead of half_up` (JSON: always in English).
std::string index_cause_text(const IndexCause& cause, const Locale& locale = default_locale);

}  // namespace tariffs
