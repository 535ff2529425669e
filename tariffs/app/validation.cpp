#include "tariffs/app/validation.hpp"

#include "tariffs/analyses/extension_blame.hpp"
#include "tariffs/analyses/scenario_check.hpp"
#include "tariffs/pricing/allocation.hpp"
#include "tariffs/pricing/budgets.hpp"
#include "tariffs/pricing/indexed_tariffs.hpp"

namespace tariffs::app {

namespace {

// What the model's use finds: indexing and budgeting every contract year finds
// missing figures too; a scenario may change nothing; a gap in the key data is
// a year `allocate` refuses.
engine::Diagnostics problems_in_use(LoadedModel& loaded) {
    try {
        const IndexedTariffs indexed = index_tariffs(loaded.cost, loaded.model.until);
        compute_budgets(loaded.model, indexed);
        check_named_scenarios(loaded.cost);
    } catch (const engine::InputError& error) {
        return located_in_extension(loaded.model, error.diagnostics());
    }
    engine::Diagnostics gaps;
    check_key_data_gaps(loaded.model.municipalities, gaps);
    return gaps;
}

}  // namespace

ValidationResult validate(const ModelInput& input) {
    ModelReading reading = read_model(input);
    ValidationResult result;
    result.problems = std::move(reading.problems);
    result.warnings = std::move(reading.warnings);
    if (!result.sound()) return result;
    result.problems = problems_in_use(*reading.loaded);
    result.products = reading.loaded->model.products.size();
    result.scenario = reading.loaded->model.scenario;
    result.loaded = std::move(reading.loaded);
    return result;
}

}  // namespace tariffs::app
