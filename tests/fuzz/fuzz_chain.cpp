// Fuzz target `chain`: a chain of models that extend one another, with
// trajectories, as `tariff validate` reads and checks it.
//
// The input is split at lines `#%file` into at most 5000 files (far more than
// the 32 a chain may hold: 4,000 once overflowed the stack): the first is written to
// `examples/model.yaml`, the others to `examples/part-1.yaml`,
// `examples/part-2.yaml` and so on, beside copies of the example models
// (`region.yaml`, `worked-example.yaml`) and the OVA/PPC series, so a part can
// extend another part, itself, or an example. The chain is read the way the
// commands read it (problems located in the extending file), then priced,
// indexed and budgeted every contract year (each trajectory priced again every
// year from its components), and the named scenarios checked (`tariff validate`).
// Every product's and trajectory's price must stay within the bound on
// derived values (engine::max_value_digits; `==fuzz finding==` otherwise).
#include "engine/diagnostic.hpp"
#include "engine/interpreter.hpp"
#include "tariffs/analyses/scenario_check.hpp"
#include "tariffs/pricing/budgets.hpp"
#include "tariffs/pricing/indexed_tariffs.hpp"

#include "fuzz_loaded.hpp"
#include "fuzz_support.hpp"

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace {

constexpr std::size_t max_input = 256 * 1024;
constexpr std::size_t max_files = 5000;

// Inputs of up to 64 files and longer chains are written to directories of
// their own, each keeping the files the input before wrote: a long chain's
// mutation rewrites a file or two, not thousands after each short input.
struct Slot {
    fuzz::WorkDir dir;
    std::vector<std::string> written;  // the parts in it now

    explicit Slot(const std::string& name) : dir(name) {
        dir.copy("models/indexation/ova-ppc.yaml", "indexation/ova-ppc.yaml");
        dir.copy("models/indexation/ova-ppc.yaml", "examples/ova-ppc.yaml");
        dir.copy("models/examples/region.yaml", "examples/region.yaml");
        dir.copy("models/examples/worked-example.yaml", "examples/worked-example.yaml");
        dir.copy("models/standard.yaml", "examples/eigen-methode.yaml");
    }
};

constexpr std::size_t short_chain = 64;

std::string part_name(std::size_t i) {
    return i == 0 ? std::string("examples/model.yaml") : "examples/part-" + std::to_string(i) + ".yaml";
}

// Writes the parts that differ from what the slot holds, and removes the parts
// it holds beyond them, so that nothing depends on the inputs before.
std::string write_parts(std::string_view text) {
    static Slot short_slot("chain-short"), long_slot("chain-long");
    const auto parts = fuzz::split_at_lines(text, "#%file", max_files);
    Slot& slot = parts.size() <= short_chain ? short_slot : long_slot;
    for (std::size_t i = 0; i < parts.size(); ++i)
        if (i >= slot.written.size() || slot.written[i] != parts[i]) slot.dir.write(part_name(i), parts[i]);
    for (std::size_t i = parts.size(); i < slot.written.size(); ++i) {
        std::error_code ignored;
        std::filesystem::remove(slot.dir.path() / part_name(i), ignored);
    }
    slot.written.assign(parts.begin(), parts.end());
    return (slot.dir.path() / part_name(0)).string();
}

// Every tariff and trajectory price a report would show is held to the bound
// on derived values: 200 levels of nested trajectories once priced past it.
void require_bounded(const tariffs::IndexedTariffs& indexed) {
    const auto check = [](const engine::Number& value, const std::string& what) {
        if (value.digits() > engine::max_value_digits)
            fuzz::finding(what + " has " + std::to_string(value.digits()) + " digits, past the bound on derived values");
    };
    for (const auto& product : indexed.products)
        for (const auto& year : product.years) check(year.price, "a product's price in " + std::to_string(year.year));
    for (const auto& trajectory : indexed.trajectories)
        for (const auto& year : trajectory.years) check(year.price, "a trajectory's price in " + std::to_string(year.year));
}

void validate(const std::string& path) {
    const auto loaded = fuzz::load(path);
    const tariffs::Model& model = loaded->model;
    tariffs::CostModel& cost = *loaded->cost;
    const tariffs::IndexedTariffs indexed = tariffs::index_tariffs(cost, model.until);
    require_bounded(indexed);
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
