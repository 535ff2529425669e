// The example models as a use case is asked for them, read from the source tree.
#pragma once

#include "tariffs/app/model_input.hpp"

#include "cli_runner.hpp"

#include <catch2/catch.hpp>

#include <memory>
#include <string>
#include <vector>

namespace test {

inline std::string example(const std::string& name) { return source_dir() + "/models/examples/" + name; }

inline tariffs::app::ModelInput worked_example(std::vector<std::string> sets = {}) {
    return {example("worked-example.yaml"), "", std::move(sets), false};
}

// Loaded as a use case takes it; fails the test on a problem.
inline std::unique_ptr<tariffs::app::LoadedModel> loaded(const tariffs::app::ModelInput& input) {
    tariffs::app::ModelReading reading = tariffs::app::read_model(input);
    INFO((reading.problems.empty() ? std::string() : reading.problems.items().front().to_string()));
    REQUIRE(reading.problems.empty());
    return std::move(reading.loaded);
}

}  // namespace test
