#include "tariffs/app/explanation.hpp"

#include "tariffs/app/request_checks.hpp"
#include "tariffs/pricing/indexed_tariffs.hpp"

#include <unordered_set>

namespace tariffs::app {

ExplainResult explain(LoadedModel& loaded, const ExplainOptions& options) {
    const Model& model = loaded.model;
    const std::string& code = options.code;
    require_code(model, code, loaded.input.path);
    std::optional<IndexedTariffs> indexed;
    if (options.year) {
        check_year(model, *options.year, "--year");
        indexed = index_tariffs(loaded.cost, *options.year);
    }
    const int year = options.year.value_or(model.year);
    ExplainResult result{std::nullopt, std::nullopt, provenance_of(model)};
    const Product* product = model.find_product(code);
    if (!product) {
        if (!indexed) {
            const std::unordered_set<std::string> only{code};
            indexed = index_tariffs(loaded.cost, model.year, &only);
        }
        result.trajectory = *indexed->find_trajectory(code)->find(year);
        return result;
    }
    result.product = tariffs::explain(loaded.cost, loaded.cost.price(*product),
                                      indexed ? indexed->find(code) : nullptr, year);
    return result;
}

}  // namespace tariffs::app
