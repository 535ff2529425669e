// Fuzz target `model`: a cost model as `tariff validate` reads and checks it.
//
// The input is written to a file of this process's own (`examples/model.yaml`
// in a work directory beside copies of the files the seeds name: the OVA/PPC
// series at `../indexation/ova-ppc.yaml` and `ova-ppc.yaml`, a rule library at
// `eigen-methode.yaml`), loaded with tariffs::load_model, priced and checked
// like cli/commands.cpp `run_validate` does (indexing and budgeting every
// contract year), then priced sheet-wise, explained product by product and,
// when it has municipalities, allocated by each key the way `tariff allocate`
// picks its year and amount. engine::InputError is the right answer to broken
// input; anything else (a crash, a sanitizer report, another exception) is a
// finding.
#include "engine/diagnostic.hpp"
#include "engine/number.hpp"
#include "tariffs/model/allocation_settings.hpp"
#include "tariffs/model/model_loader.hpp"
#include "tariffs/pricing/allocation.hpp"
#include "tariffs/pricing/budgets.hpp"
#include "tariffs/pricing/cost_model.hpp"
#include "tariffs/pricing/explanation.hpp"
#include "tariffs/pricing/indexed_tariffs.hpp"
#include "tariffs/pricing/price_sheet.hpp"

#include "fuzz_support.hpp"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>

namespace {

const fuzz::WorkDir& work_dir() { return fuzz::model_work_dir("model"); }

void validate(const std::string& path) {
    const tariffs::Model model = tariffs::load_model(path);
    tariffs::CostModel cost(model);
    const engine::Diagnostics problems = cost.check();
    if (!problems.empty()) return;  // `tariff validate` throws InputError(problems) here

    // run_validate: index and budget every contract year.
    const tariffs::IndexedTariffs indexed = tariffs::index_tariffs(cost, model.until);
    const tariffs::Budgets budgets = tariffs::compute_budgets(model, indexed);

    // run_price and run_explain --year: the sheet, and each product explained.
    const std::vector<tariffs::ProductPrice> prices = cost.price_all();
    (void)tariffs::make_price_sheet(model, prices);
    for (const auto& price : prices) {
        (void)tariffs::explain(cost, price);
        (void)tariffs::explain(cost, price, indexed.find(price.product->code), model.until);
    }

    // run_allocate: the year after the base year (within the contract), the
    // budget of all providers or a fixed amount, by every key.
    if (model.municipalities.empty()) return;
    const int year = std::min(model.year + 1, model.until);
    std::optional<engine::Number> total;
    if (model.budgets.present) total = budgets.amount_of("total", year);
    if (!total) total = engine::Number::parse("1000000.00");
    for (const auto key : {tariffs::AllocationKey::moving_average, tariffs::AllocationKey::objective,
                           tariffs::AllocationKey::usage, tariffs::AllocationKey::insurance}) {
        try {
            (void)tariffs::allocate(model.municipalities, model.allocation, key, year, *total);
        } catch (const engine::InputError&) {
            // a figure this key needs is missing: try the next key
        }
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string path = work_dir().write("examples/model.yaml", fuzz::text_of(data, size));
    try {
        validate(path);
    } catch (const engine::InputError&) {
        // a located error: the right answer to broken input
    }
    return 0;
}
