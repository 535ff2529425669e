#include "tariffs/app/checks.hpp"

#include "tariffs/app/request_checks.hpp"
#include "tariffs/checks/csv_reader.hpp"
#include "tariffs/pricing/budgets.hpp"
#include "tariffs/pricing/indexed_tariffs.hpp"

namespace tariffs::app {

namespace {

CheckOutcome outcome_of(bool findings, const engine::Diagnostics& unreadable) {
    if (!unreadable.empty()) return CheckOutcome::unreadable_lines;
    return findings ? CheckOutcome::findings : CheckOutcome::fine;
}

}  // namespace

BidCheckResult check_bids(LoadedModel& loaded, const BidCheckOptions& options) {
    const Model& model = loaded.model;
    const int year = options.year.value_or(model.year);
    check_year(model, year, "--year");
    const CsvTable bids = load_csv(options.bids);
    BidCheckResult result;
    result.provenance = provenance_of(model, {"bids", bids.file, bids.sha256});
    const IndexedTariffs indexed = index_tariffs(loaded.cost, model.until);
    std::optional<Budgets> budgets;
    if (model.budgets.present) budgets = compute_budgets(model, indexed);
    result.review = review_bids(model, indexed, budgets ? &*budgets : nullptr, bids, year);
    result.outcome = outcome_of(result.review.has_findings(), result.review.unreadable);
    return result;
}

IndexCheckResult check_index(LoadedModel& loaded, const IndexCheckOptions& options) {
    const CsvTable list = load_csv(options.tariffs);
    IndexCheckResult result;
    result.provenance = provenance_of(loaded.model, {"tariffs", list.file, list.sha256});
    const IndexedTariffs indexed = index_tariffs(loaded.cost, loaded.model.until);
    result.check = tariffs::check_index(loaded.cost, indexed, list);
    result.outcome = outcome_of(result.check.has_findings(), result.check.unreadable);
    return result;
}

BuildUpCheckResult check_buildup(LoadedModel& loaded, const BuildUpCheckOptions& options) {
    const BuildUp buildup = load_buildup(options.buildup, loaded.model);
    BuildUpCheckResult result;
    result.provenance = provenance_of(loaded.model, {"build-up", buildup.file, buildup.sha256});
    result.review = review_buildup(loaded.model, buildup);
    result.outcome = result.review.has_findings() ? CheckOutcome::findings : CheckOutcome::fine;
    return result;
}

}  // namespace tariffs::app
