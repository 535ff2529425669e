#include "tariffs/app/provenance.hpp"

#include "tariffs/model/fingerprint.hpp"

namespace tariffs::app {

Provenance provenance_of(const Model& model) { return {model.fingerprint, model.warnings}; }

Provenance provenance_of(const Model& model, const SourceFile& beside) {
    return {fingerprint_of(model, {beside}).sha256, model.warnings};
}

Provenance provenance_of_comparison(const Model& old_model, const Model& new_model) {
    std::vector<SourceFile> old_files = old_model.sources;
    for (auto& file : old_files) file.role = "old " + file.role;
    return {fingerprint_of(new_model, old_files).sha256, new_model.warnings};
}

}  // namespace tariffs::app
