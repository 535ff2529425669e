// What the national message standard for youth care (iJw 3.2) fixes: units
// with their codes, and product categories.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tariffs {

struct Unit {
    std::string_view name;       // as written in a model: `hour`
    std::string_view ijw_code;   // Eenheid (WJ756): `04`
    std::string_view dutch;      // `uur`
    std::string_view measure;    // the unit of measure a price is per: `hour` (an etmaal is a `day`, a piece of output or effort a `piece`, a euro of budget a `cent`)
};

// minute 01, hour 04, etmaal 14, daypart 16, output 82 (a piece of result,
// e.g. a diagnostic report or a whole trajectory), euro 83 (a budget in euros:
// its volumes are in cents, so one unit is priced at 0.01) and effort 84 (a
// piece of effort, e.g. a session) (iJw 3.2 WJ756).
const std::vector<Unit>& units();
const Unit* find_unit(std::string_view name);

struct ProductCategory {
    std::string_view code;  // Productcategorie (JZ020): `45`
    std::string_view name;
};

const std::vector<ProductCategory>& product_categories();
const ProductCategory* find_product_category(std::string_view code);

}  // namespace tariffs
