#include "cli/commands/commands.hpp"

#include "cli/model_loading.hpp"
#include "cli/output_sink.hpp"
#include "tariffs/app/parameters.hpp"
#include "tariffs/reports/text/method_report.hpp"

#include <sstream>

namespace cli {

int run_parameters(ParametersOptions& options) {
    const OutputSink sink(options.output, "parameters", {options.model.path});
    const tariffs::app::LoadedModel* loaded = options.model.path.empty() ? nullptr : &load(options.model, sink);
    const tariffs::app::ParametersResult result = tariffs::app::parameters(loaded);
    std::ostringstream text;
    tariffs::write_method_parameters(result.method, sink.report_format(), text, sink.locale());
    if (result.provenance) sink.write(text.str(), *result.provenance);
    else sink.write(text.str());  // the standard method's: nothing computed to note
    return ok;
}

}  // namespace cli
