// The problems a model's text gives when it is read, for tests that state the
// exact message and place of each.
#pragma once

#include "engine/diagnostic.hpp"
#include "tariffs/model/model_loader.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

namespace test {

// The problems reading `text` as the file `file` gives, sorted by position;
// fails the test when it reads without one.
inline std::vector<engine::Diagnostic> load_problems(const std::string& text, const std::string& file = "m.yaml") {
    try {
        tariffs::parse_model(text, file);
    } catch (const engine::InputError& error) {
        return error.diagnostics().sorted();
    }
    FAIL("the model loaded without problems");
    return {};
}

}  // namespace test
