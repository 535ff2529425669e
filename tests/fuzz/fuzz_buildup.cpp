// Fuzz target `buildup`: a provider's build-up (tariffs/checks/bid_buildup.hpp)
// as `tariff check-buildup` reads and reviews it, against the example region
// (models/examples/region.yaml, loaded once): tariffs::parse_buildup on the
// input text (what load_buildup does after reading the file), then
// tariffs::review_buildup, which prices the provider's inputs and attributes
// the difference with the reference to each. engine::InputError is the right
// answer to a broken build-up; anything else is a finding.
#include "engine/diagnostic.hpp"
#include "tariffs/checks/bid_buildup.hpp"
#include "tariffs/model/model_loader.hpp"

#include "fuzz_support.hpp"

#include <cstddef>
#include <cstdint>
#include <string>

namespace {

const tariffs::Model& region() {
    static const tariffs::Model model = tariffs::load_model(fuzz::source_file("models/examples/region.yaml"));
    return model;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const tariffs::Model& model = region();
    try {
        const tariffs::BuildUp buildup = tariffs::parse_buildup(std::string(fuzz::text_of(data, size)), "fuzz.yaml", model);
        const tariffs::BuildUpReview review = tariffs::review_buildup(model, buildup);
        (void)review.has_findings();
    } catch (const engine::InputError&) {
        // a located error: the right answer to a broken build-up
    }
    return 0;
}
