// The substantiation of one product's tariff: its derivation, grouped by the
// elements of a fair price in Besluit Jeugdwet art. 2.3.
#pragma once

#include "engine/derivation.hpp"
#include "tariffs/pricing/cost_model.hpp"
#include "tariffs/pricing/indexed_tariffs.hpp"
#include "tariffs/model/model.hpp"

#include <map>
#include <string>
#include <vector>

namespace tariffs {

struct ExplanationElement {
    std::string id;     // `a`, `b`, `c`, `risk`, `d`
    std::string title;  // `Cost of professionals`
    // Null for (d), the indexation, which a report says from the explanation's
    // `indexation` and years; and where an element does not apply.
    const engine::Derivation* root = nullptr;
};

struct Explanation {
    const Model* model = nullptr;
    const Product* product = nullptr;
    ProductPrice price;                        // the base-year build-up
    const engine::Derivation* derivation = nullptr;  // of the price in the base year, down to the given values
    int year = 0;                              // the year explained
    const IndexPolicy* policy = nullptr;       // the indexation policy the product follows
    std::vector<YearTariff> indexation;        // base year + 1 … year: element (d)
    std::vector<ExplanationElement> elements;  // (a), (b), (c), risk, (d)
    // The unit of each value of the derivation that has one (`EUR/year`,
    // `FTE/place`); a pure number has none.
    std::map<const engine::Derivation*, std::string> units;

    // The tariff per the product's unit in the year explained.
    const engine::Number& final_price() const;
};

// The base-year tariff, as `cost` derives it, with the unit of each value;
// with `indexed` and a later `year`, also the indexation from the base year to that year.
Explanation explain(CostModel& cost, const ProductPrice& price, const IndexedProduct* indexed = nullptr, int year = 0);

}  // namespace tariffs
