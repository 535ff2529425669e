// Where each figure of a live copy of the model's sheets is, as the sheets
// write them: a sheet notes the cells of what it writes, and the sheets after
// it (and the workbooks that hold the copy) refer to them. Each cell is an
// absolute reference with its sheet's name (`Inputs!$C$5`) unless said.
#pragma once

#include "engine/derivation.hpp"
#include "engine/number.hpp"
#include "tariffs/model/model.hpp"
#include "tariffs/pricing/indexation.hpp"

#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace tariffs::xlsx {

using engine::Derivation;
using engine::Number;

// A row of the Inputs sheet and the value on it.
struct InputRow {
    int row = 0;
    const Derivation* value = nullptr;
};

struct CellMap {
    std::map<const Derivation*, std::string> derivation;  // each input (Inputs) and rule (Build-up)
    std::vector<InputRow> inputs;                          // the Inputs sheet's rows, in order
    // The Price sheet's, per product: its tariff (per its own unit), the
    // tariff per its build-up unit, and its personnel share.
    std::map<const Product*, std::string> tariff, base_tariff, personnel_share;
    std::map<const IndexStep*, std::string> index_step;  // on the Index sheet
    std::map<int, std::string> default_index;            // by year, the headline index on Indexed tariffs
    // By (product, year) on Indexed tariffs: the tariff per build-up unit, and the price per the product's unit.
    std::map<std::pair<const Product*, int>, std::string> indexed_tariff, unit_price;
    std::map<std::pair<std::string, int>, std::string> trajectory;  // (code, year) → its price, on Trajectories
    std::map<int, std::string> all_providers;  // year → all providers' budget total, on Budgets
    std::map<std::pair<std::string, int>, std::vector<std::string>> budget;  // (provider or lot, year) → its totals

    // The cell of the input `name` of the scope labelled `scope` on the Inputs sheet, and its value.
    std::optional<std::pair<std::string, Number>> input(const std::string& scope, const std::string& name) const;
    // The cell of the price of a product or trajectory of `model` in `year`,
    // as a budget line or a trajectory's component reads it; none where it has none.
    std::optional<std::string> component_price(const Model& model, const std::string& code, int year) const;
};

}  // namespace tariffs::xlsx
