#include "cli/commands/commands.hpp"

#include "cli/model_loading.hpp"
#include "cli/output_sink.hpp"
#include "tariffs/reports/text/heavy_care_reports.hpp"

#include <sstream>

namespace cli {

int run_index(IndexOptions& options) {
    const OutputSink sink(options.output, "index", {options.model.path});
    tariffs::app::LoadedModel& loaded = load(options.model, sink);
    if (sink.rich()) {
        sink.write_whole_report(tariffs::app::index_report(loaded, options.index));
        return ok;
    }
    const tariffs::app::IndexResult result = tariffs::app::index(loaded, options.index);
    std::ostringstream text;
    tariffs::write_index(loaded.model, result.indexed, result.years.first, result.years.last, sink.report_format(),
                         text, sink.locale());
    sink.write(text.str(), result.provenance);
    return ok;
}

}  // namespace cli
