#include "tariffs/app/explanation.hpp"

#include "tariffs/app/request_checks.hpp"

#include <unordered_set>

namespace tariffs::app {

ExplainResult explain(LoadedModel& loaded, const ExplainOptions& options) {
    const Model& model = loaded.model;
    const std::string& code = options.code;
    require_code(model, code, loaded.input.path);
    ExplainResult result{std::nullopt, std::nullopt, nullptr, provenance_of(model)};
    if (options.year) {
        check_year(model, *options.year, "--year");
        result.indexed = std::make_shared<const IndexedTariffs>(index_tariffs(loaded.cost, *options.year));
    }
    const int year = options.year.value_or(model.year);
    const Product* product = model.find_product(code);
    if (!product) {
        if (!result.indexed) {
            const std::unordered_set<std::string> only{code};
            result.indexed = std::make_shared<const IndexedTariffs>(index_tariffs(loaded.cost, model.year, &only));
        }
        result.trajectory = *result.indexed->find_trajectory(code)->find(year);
        return result;
    }
    const IndexedProduct* indexed = result.indexed ? result.indexed->find(code) : nullptr;
    result.product = tariffs::explain(loaded.cost, loaded.cost.price(*product), indexed, year);
    return result;
}

}  // namespace tariffs::app
