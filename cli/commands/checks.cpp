#include "cli/commands/commands.hpp"

#include "cli/diagnostics_output.hpp"
#include "cli/model_loading.hpp"
#include "cli/output_sink.hpp"
#include "tariffs/reports/text/check_reports.hpp"

#include <sstream>

namespace cli {

namespace {

// Lines that could not be read are shown in the report and repeated on standard error.
int exit_code(tariffs::app::CheckOutcome outcome, const engine::Diagnostics& unreadable, const Output& output) {
    print_unreadable(unreadable, output);
    switch (outcome) {
    case tariffs::app::CheckOutcome::fine: return ok;
    case tariffs::app::CheckOutcome::findings: return findings;
    case tariffs::app::CheckOutcome::unreadable_lines: return problems;
    }
    return problems;
}

}  // namespace

int run_check_bids(CheckBidsOptions& options) {
    const OutputSink sink(options.output, "check-bids", {options.model.path, options.check.bids});
    tariffs::app::LoadedModel& loaded = load(options.model, sink);
    const tariffs::app::BidCheckResult result = tariffs::app::check_bids(loaded, options.check);
    std::ostringstream text;
    tariffs::write_bid_review(loaded.model, result.review, sink.report_format(), text, sink.locale());
    sink.write(text.str(), result.provenance);
    return exit_code(result.outcome, result.review.unreadable, sink.output());
}

int run_check_index(CheckIndexOptions& options) {
    const OutputSink sink(options.output, "check-index", {options.model.path, options.check.tariffs});
    tariffs::app::LoadedModel& loaded = load(options.model, sink);
    const tariffs::app::IndexCheckResult result = tariffs::app::check_index(loaded, options.check);
    std::ostringstream text;
    tariffs::write_index_check(loaded.model, result.check, sink.report_format(), text, sink.locale());
    sink.write(text.str(), result.provenance);
    return exit_code(result.outcome, result.check.unreadable, sink.output());
}

int run_check_buildup(CheckBuildUpOptions& options) {
    const OutputSink sink(options.output, "check-buildup", {options.model.path, options.check.buildup});
    tariffs::app::LoadedModel& loaded = load(options.model, sink);
    const tariffs::app::BuildUpCheckResult result = tariffs::app::check_buildup(loaded, options.check);
    std::ostringstream text;
    tariffs::write_buildup_review(loaded.model, result.review, sink.report_format(), text, sink.locale());
    sink.write(text.str(), result.provenance);
    return exit_code(result.outcome, {}, sink.output());
}

}  // namespace cli
