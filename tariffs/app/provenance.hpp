// What a result says of where it comes from, beside its figures: the
// fingerprint of everything it was computed from and the model's warnings.
// A report carries both as notes (tariffs/reports/fingerprint_note, warnings_note).
#pragma once

#include "engine/diagnostic.hpp"
#include "tariffs/model/model.hpp"
#include "tariffs/model/source_file.hpp"

#include <string>
#include <vector>

namespace tariffs::app {

struct Provenance {
    std::string fingerprint;       // SHA-256; empty: none to show
    engine::Diagnostics warnings;  // values outside their usual range
};

// The model's own: its files and scenario.
Provenance provenance_of(const Model& model);

// The model's, and a file read beside it for the request (a bids file, a build-up).
Provenance provenance_of(const Model& model, const SourceFile& beside);

// Of a comparison: the new model's files and scenario, and every file of the
// old one, each in its role marked `old` (`old model`, `old method`), so that
// the same file in both counts twice, once per side.
Provenance provenance_of_comparison(const Model& old_model, const Model& new_model);

}  // namespace tariffs::app
