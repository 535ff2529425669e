#include "cli/commands/commands.hpp"

#include "cli/model_loading.hpp"
#include "cli/output_sink.hpp"
#include "tariffs/app/fingerprint.hpp"
#include "tariffs/reports/fingerprint_note.hpp"

#include <sstream>

namespace cli {

// The fingerprint is the report: no note of itself.
int run_fingerprint(FingerprintOptions& options) {
    const OutputSink sink(options.output, "fingerprint", {options.model.path});
    const tariffs::app::LoadedModel& loaded = load(options.model, sink);
    std::ostringstream text;
    tariffs::write_fingerprint(tariffs::app::fingerprint(loaded), sink.format() == tariffs::OutputFormat::json, text,
                               sink.locale());
    sink.write(text.str());
    return ok;
}

}  // namespace cli
