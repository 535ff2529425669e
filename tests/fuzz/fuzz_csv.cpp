// Fuzz target `csv`: the CSV files the checks read (tariffs/checks/csv_reader.hpp),
// each way they are used, against the example region (models/examples/region.yaml,
// loaded, priced, indexed and budgeted once):
//
// - tariffs::parse_csv on the input text (what load_csv does after reading
//   the file), every field read as an amount in the detected dialect, and the
//   columns each check requires looked up;
// - `tariff check-bids`: tariffs::review_bids for the base year and the last
//   contract year, with the budgets (the region has lots, so bids are ranked);
// - `tariff check-index`: tariffs::check_index, with a cost model of its own
//   per input (the check adds scopes to the cost model it is given).
//
// engine::InputError is the right answer to a file that cannot be used;
// anything else is a finding.
#include "engine/diagnostic.hpp"
#include "tariffs/checks/bid_review.hpp"
#include "tariffs/checks/csv_reader.hpp"
#include "tariffs/checks/index_check.hpp"
#include "tariffs/model/model_loader.hpp"
#include "tariffs/pricing/budgets.hpp"
#include "tariffs/pricing/cost_model.hpp"
#include "tariffs/pricing/indexed_tariffs.hpp"

#include "fuzz_support.hpp"

#include <cstddef>
#include <cstdint>
#include <string>

namespace {

struct Region {
    tariffs::Model model = tariffs::load_model(fuzz::source_file("models/examples/region.yaml"));
    tariffs::CostModel cost{model};
    tariffs::IndexedTariffs indexed;
    tariffs::Budgets budgets;

    Region() {
        if (!cost.check().empty()) fuzz::finding("models/examples/region.yaml does not price");
        indexed = tariffs::index_tariffs(cost, model.until);
        budgets = tariffs::compute_budgets(model, indexed);
    }
};

const Region& region() {
    static const Region instance;
    return instance;
}

void review(const Region& region, const tariffs::CsvTable& table, int year) {
    try {
        (void)tariffs::review_bids(region.model, region.indexed, &region.budgets, table, year);
    } catch (const engine::InputError&) {
        // no provider, code or tariff column
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const Region& the_region = region();
    tariffs::CsvTable table;
    try {
        table = tariffs::parse_csv(std::string(fuzz::text_of(data, size)), "fuzz.csv");
    } catch (const engine::InputError&) {
        return 0;  // the file as a whole cannot be read
    }
    for (const auto& row : table.rows)
        for (const auto& field : row.fields) (void)tariffs::parse_csv_number(field, table.dialect);
    (void)table.dialect.describe();
    try {
        (void)tariffs::require_columns(table, {tariffs::provider_column, tariffs::product_column,
                                               tariffs::tariff_column, tariffs::year_column},
                                       engine::msg("the fuzzed file"));
    } catch (const engine::InputError&) {
    }

    review(the_region, table, the_region.model.year);
    review(the_region, table, the_region.model.until);

    try {
        tariffs::CostModel cost(the_region.model);
        if (!cost.check().empty()) fuzz::finding("models/examples/region.yaml does not price");
        const tariffs::IndexedTariffs indexed = tariffs::index_tariffs(cost, the_region.model.until);
        (void)tariffs::check_index(cost, indexed, table);
    } catch (const engine::InputError&) {
        // no provider, code, year or tariff column
    }
    return 0;
}
