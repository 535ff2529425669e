// The fingerprint of a result: one SHA-256 over every file it was computed
// from (by content and role, not by path), the overrides it was computed
// under, and the program's version. The same inputs always give the same
// fingerprint; changing any input file, override or the program changes it.
#pragma once

#include "tariffs/model/model.hpp"
#include "tariffs/model/source_file.hpp"

#include <string>
#include <vector>

namespace tariffs {

struct Fingerprint {
    std::string sha256;
    std::string program;                 // `tariff 0.3.0`
    std::vector<SourceFile> files;       // in the order they were read
    std::vector<std::string> overrides;  // `scenario NAME`, `TARGET=VALUE`

    bool empty() const { return sha256.empty(); }
    // `fingerprint 1f3a…e9 (tariff 0.3.0)`
    std::string line() const;
};

// `tariff X.Y.Z`: the project's version, set by the build.
std::string program_version();

// The model's files and scenario, and `more` (a bids file, a build-up) read for the command.
Fingerprint fingerprint_of(const Model& model, const std::vector<SourceFile>& more = {},
                           const std::string& program = program_version());

}  // namespace tariffs
