#include "tariffs/pricing/price_sheet.hpp"

#include "tariffs/model/ijw.hpp"

#include <unordered_map>

namespace tariffs {

namespace {

// The unit whose price is the base tariff of the product's kind.
std::string base_unit(const Model& model, const Product& product) {
    const Kind* kind = model.method.find_kind(product.kind);
    if (!kind) return product.unit;
    if (const Kind::UnitRule* own = kind->find_unit(product.unit); own && own->rule == rule::tariff)
        return product.unit;
    for (const auto& unit : kind->units)
        if (unit.rule == rule::tariff) return unit.unit;
    return product.unit;
}

std::optional<engine::Number> value_of(const std::optional<engine::Figure>& part) {
    if (!part) return std::nullopt;
    return part->value;
}

PriceLine make_line(const Model& model, const ProductPrice& price) {
    const Product& product = *price.product;
    PriceLine line;
    line.code = product.code;
    line.name = product.name;
    line.kind = product.kind;
    line.unit = product.unit;
    const Unit* unit = find_unit(product.unit);
    line.ijw_unit = unit ? std::string(unit->ijw_code) : "";
    line.category = product.category;
    line.tariff = price.price.value;
    line.base_unit = base_unit(model, product);
    line.staff_cost = value_of(price.staff_cost);
    line.client_cost = value_of(price.client_cost);
    line.overhead = value_of(price.overhead);
    line.risk = value_of(price.risk);
    line.personnel_share = value_of(price.personnel_share);
    return line;
}

}  // namespace

PriceSheet make_price_sheet(const Model& model, const std::vector<ProductPrice>& prices) {
    PriceSheet sheet;
    sheet.model = model.name;
    sheet.model_file = model.file;
    sheet.scenario = model.scenario;
    sheet.year = model.year;
    sheet.lines.reserve(prices.size());
    std::unordered_map<const Product*, const engine::Number*> tariffs;
    for (const auto& price : prices) {
        sheet.lines.push_back(make_line(model, price));
        tariffs.emplace(price.product, &price.price.value);
    }
    if (tariffs.size() == model.products.size())  // else a subset of the products is priced
        sheet.trajectories = price_trajectories(model, model.year, [&](const Product& product) { return *tariffs.at(&product); });
    return sheet;
}

}  // namespace tariffs
