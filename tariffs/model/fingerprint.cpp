#include "tariffs/model/fingerprint.hpp"

namespace tariffs {

std::string Fingerprint::line() const { return "fingerprint " + sha256 + " (" + program + ")"; }

std::string program_version() { return std::string("tariff ") + TARIFF_VERSION; }

Fingerprint fingerprint_of(const Model& model, const std::vector<SourceFile>& more, const std::string& program) {
    Fingerprint fingerprint;
    fingerprint.program = program;
    fingerprint.files = model.sources;
    fingerprint.files.insert(fingerprint.files.end(), more.begin(), more.end());
    if (!model.scenario.name.empty()) fingerprint.overrides.push_back("scenario " + model.scenario.name);
    for (const auto& override : model.scenario.overrides)
        fingerprint.overrides.push_back(override.target + "=" + override.value);
    // A manifest in which each line stands for one input; paths are left out,
    // so the same files elsewhere give the same fingerprint.
    std::string manifest = program + "\n";
    for (const auto& file : fingerprint.files) manifest += file.role + " " + file.sha256 + "\n";
    for (const auto& override : fingerprint.overrides) manifest += "override " + override + "\n";
    fingerprint.sha256 = sha256_hex(manifest);
    return fingerprint;
}

}  // namespace tariffs
