// A bid's own build-up: a provider's inputs (salaries, hours, productivity,
// overhead, surcharges…) for the model's products. The engine computes the
// tariff those inputs give under the method, checks the provider's stated
// tariff against it, and attributes the difference with the reference to the
// inputs, one at a time.
#pragma once

#include "engine/number.hpp"
#include "engine/scope.hpp"
#include "tariffs/model/model.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tariffs {

// One input of the provider's, at the level where it applies.
struct BuildUpInput {
    enum class Level { model, staff_level, product } level = Level::model;
    std::string owner;       // the staff level or product code; empty for the model
    engine::Definition value;
};

struct StatedTariff {
    std::string code;
    std::optional<engine::Number> tariff;  // the provider's stated tariff, if given
    engine::SourcePos pos;
};

struct BuildUp {
    std::string provider;
    std::string file;
    std::string sha256;  // of the file's bytes, for the fingerprint
    // In the order the difference is attributed: model-wide parameters, then
    // staff levels in the model's order, then the product's own parameters;
    // within each, in the order the method declares its parameters.
    std::vector<BuildUpInput> inputs;
    std::vector<StatedTariff> products;  // in the fragment's order
};

// The part of a stated tariff its own inputs do not give.
inline constexpr std::string_view stated_tariff_part = "stated tariff does not follow from the inputs";

struct AttributionPart {
    std::string input;     // `overhead_surcharge`, `gedragswetenschapper: monthly_salary`, …
    std::string reference; // its value in the model, as written
    std::string bid;       // its value in the bid, as written
    engine::Number effect; // on the tariff, with every input before it already changed
};

struct BuildUpResult {
    std::string code;
    std::string name;
    engine::Number reference;             // the model's tariff
    engine::Number computed;              // what the provider's inputs give
    std::optional<engine::Number> stated; // what the provider says
    bool consistent = true;               // stated == computed, to the cent
    std::vector<AttributionPart> parts;   // add up to (stated or computed) − reference exactly
    engine::Number difference;            // (stated or computed) − reference
};

struct BuildUpReview {
    std::string provider;
    std::string file;
    std::vector<BuildUpResult> products;

    bool has_findings() const;  // a stated tariff that does not follow from the inputs
};

// Reads a provider's build-up (YAML) for `model`. Throws engine::InputError,
// every problem located.
BuildUp load_buildup(const std::string& path, const Model& model);
BuildUp parse_buildup(const std::string& text, const std::string& file_name, const Model& model);

// Throws engine::InputError when the inputs cannot be priced.
BuildUpReview review_buildup(const Model& model, const BuildUp& buildup);

}  // namespace tariffs
