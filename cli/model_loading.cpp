#include "cli/model_loading.hpp"

#include "cli/diagnostics_output.hpp"

namespace cli {

tariffs::app::LoadedModel* keep(std::unique_ptr<tariffs::app::LoadedModel> loaded) { return loaded.release(); }

tariffs::app::LoadedModel& load(const tariffs::app::ModelInput& input, const OutputSink& sink) {
    tariffs::app::ModelReading reading = tariffs::app::read_model(input);
    print_warnings(reading.warnings, sink.output());
    if (!reading.problems.empty()) throw engine::InputError(reading.problems);
    tariffs::app::LoadedModel& loaded = *keep(std::move(reading.loaded));
    sink.refuse_sources(loaded.model);
    return loaded;
}

}  // namespace cli
