// Fuzz target `chain`: a chain of models that extend one another, with
// trajectories, as `tariff validate` reads and checks it.
//
// The input is split at lines `#%file` into at most 48 files (more than the
// 32 a chain may hold, so that the bound is reached): the first is written to
// `examples/model.yaml`, the others to `examples/part-1.yaml`,
// `examples/part-2.yaml` and so on, beside copies of the example models
// (`region.yaml`, `worked-example.yaml`) and the OVA/PPC series, so a part can
// extend another part, itself, or an example. The chain is read the way the
// commands read it (problems located in the extending file), then priced,
// indexed and budgeted every contract year (each trajectory priced again every
// year from its components), and the named scenarios checked (`tariff validate`).
#include "engine/diagnostic.hpp"
#include "tariffs/analyses/scenario_check.hpp"
#include "tariffs/pricing/budgets.hpp"
#include "tariffs/pricing/indexed_tariffs.hpp"

#include "fuzz_loaded.hpp"
#include "fuzz_support.hpp"

#include <cstddef>
#include <cstdint>
#include <string>

namespace {

constexpr std::size_t max_input = 256 * 1024;
constexpr std::size_t max_files = 48;

const fuzz::WorkDir& work_dir() {
    static const fuzz::WorkDir dir("chain");
    static const bool copied = [] {
        dir.copy("models/indexation/ova-ppc.yaml", "indexation/ova-ppc.yaml");
        dir.copy("models/indexation/ova-ppc.yaml", "examples/ova-ppc.yaml");
        dir.copy("models/examples/region.yaml", "examples/region.yaml");
        dir.copy("models/examples/worked-example.yaml", "examples/worked-example.yaml");
        dir.copy("models/standard.yaml", "examples/eigen-methode.yaml");
        return true;
    }();
    (void)copied;
    return dir;
}

// Writes the parts; removes the parts an earlier input wrote beyond them, so
// that nothing depends on the input before.
std::string write_parts(std::string_view text) {
    static std::size_t written = 0;
    const auto parts = fuzz::split_at_lines(text, "#%file", max_files);
    const std::string path = work_dir().write("examples/model.yaml", parts[0]);
    for (std::size_t i = 1; i < parts.size(); ++i)
        work_dir().write("examples/part-" + std::to_string(i) + ".yaml", parts[i]);
    for (std::size_t i = parts.size(); i < written; ++i) {
        std::error_code ignored;
        std::filesystem::remove(work_dir().path() / ("examples/part-" + std::to_string(i) + ".yaml"), ignored);
    }
    written = parts.size();
    return path;
}

void validate(const std::string& path) {
    const auto loaded = fuzz::load(path);
    const tariffs::Model& model = loaded->model;
    tariffs::CostModel& cost = *loaded->cost;
    const tariffs::IndexedTariffs indexed = tariffs::index_tariffs(cost, model.until);
    (void)tariffs::compute_budgets(model, indexed);
    tariffs::check_named_scenarios(cost);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size > max_input) return 0;
    const std::string path = write_parts(fuzz::text_of(data, size));
    try {
        validate(path);
    } catch (const engine::InputError&) {
        // a located error: the right answer to broken input
    }
    return 0;
}
