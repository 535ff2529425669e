#include "cli/commands/commands.hpp"

#include "cli/model_loading.hpp"
#include "cli/output_sink.hpp"
#include "tariffs/app/price_sheet.hpp"
#include "tariffs/app/whole_report.hpp"
#include "tariffs/reports/text/price_report.hpp"

#include <sstream>

namespace cli {

int run_price(PriceOptions& options) {
    const OutputSink sink(options.output, "price", {options.model.path});
    tariffs::app::LoadedModel& loaded = load(options.model, sink);
    if (sink.rich()) {
        sink.write_whole_report(tariffs::app::whole_report(loaded));
        return ok;
    }
    const tariffs::app::PriceSheetResult result = tariffs::app::price_sheet(loaded);
    std::ostringstream text;
    tariffs::write_price_sheet(result.sheet, sink.report_format(), text, sink.locale());
    sink.write(text.str(), result.provenance);
    return ok;
}

}  // namespace cli
