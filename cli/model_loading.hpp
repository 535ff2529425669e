// The model a command computes, read as the command line names it: its
// warnings said on standard error, its problems thrown, and --output kept off
// every file it was read from.
#pragma once

#include "cli/output_sink.hpp"
#include "tariffs/app/model_input.hpp"

namespace cli {

// Throws engine::InputError with the model's problems and UsageError for an
// --output that is one of its files. The model, and everything it computes,
// lives until the process ends: the system takes the memory back at once,
// where freeing a national model's millions of small objects one by one costs
// a tenth of the run.
tariffs::app::LoadedModel& load(const tariffs::app::ModelInput& input, const OutputSink& sink);

// Keeps `loaded` (may be none) until the process ends; see load().
tariffs::app::LoadedModel* keep(std::unique_ptr<tariffs::app::LoadedModel> loaded);

}  // namespace cli
