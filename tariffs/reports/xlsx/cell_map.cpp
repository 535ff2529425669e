#include "tariffs/reports/xlsx/cell_map.hpp"

namespace tariffs::xlsx {

std::optional<std::pair<std::string, Number>> CellMap::input(const std::string& scope, const std::string& name) const {
    for (const auto& [row, value] : inputs)
        if (value->scope->label() == scope && value->definition->name == name)
            return std::pair{derivation.at(value), value->value};
    return std::nullopt;
}

std::optional<std::string> CellMap::component_price(const Model& model, const std::string& code, int year) const {
    if (const Product* product = model.find_product(code)) {
        if (auto cell = unit_price.find({product, year}); cell != unit_price.end()) return cell->second;
        if (year == model.year)
            if (auto cell = tariff.find(product); cell != tariff.end()) return cell->second;
        return std::nullopt;
    }
    if (auto cell = trajectory.find({code, year}); cell != trajectory.end()) return cell->second;
    return std::nullopt;
}

}  // namespace tariffs::xlsx
