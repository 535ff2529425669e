// A variant's figures as formulas: the rules a moved input reaches, computed
// again on one row of workings, each a formula on the moved input's cell, on
// the rules before it on the row, and on the model's own cells for every
// figure the change leaves. The sensitivity workbook's moved tariffs are such
// rows, so they follow an input typed anew as the model's tariffs do.
#include "tariffs/pricing/trajectory_price.hpp"
#include "tariffs/reports/xlsx/xlsx_writer.hpp"

#include <map>
#include <unordered_set>

namespace tariffs::xlsx {

namespace {

// Longer formulas are refused by Excel (8,192 characters): the row keeps the engine's values then.
constexpr std::size_t max_formula = 8000;

}  // namespace

struct Writer::MovedRow {
    int row;
    int col;
    engine::Evaluation& values;
    std::unordered_set<engine::NodeId> slots;
    std::string moved;
    std::map<const Derivation*, MovedFigure> figures;  // each derivation met, once
    std::map<std::string, MovedFigure> prices;         // each product or trajectory met, by code
    std::vector<MovedRule> rules;

    // Lays out `name` and, beside it, a formula; returns the formula's cell on the row.
    std::string add(const std::string& name, const std::string& formula, const Number& value, lxw_format* format) {
        rules.push_back({col, name, formula, value, format});
        const std::string cell = cell_name(row, col + 1);
        col += 2;
        return cell;
    }
};

std::vector<Writer::MovedFigure> Writer::input_cells_at(const std::vector<engine::NodeId>& slots) {
    if (input_at_node_.empty())
        for (const auto& [row, value] : input_rows_) input_at_node_.emplace(value->node, value);
    std::vector<MovedFigure> cells;
    for (engine::NodeId slot : slots)
        if (auto it = input_at_node_.find(slot); it != input_at_node_.end())
            cells.push_back({cells_.at(it->second), it->second->value});
    return cells;
}

std::optional<Writer::MovedPrice> Writer::moved(int row, int col, const std::string& code, engine::Evaluation& values,
                                                const std::vector<engine::NodeId>& slots, const std::string& moved) {
    MovedRow line{row, col, values, {slots.begin(), slots.end()}, moved, {}, {}, {}};
    auto price = moved_price(line, code);
    if (!price) return std::nullopt;
    MovedPrice result{*price, std::nullopt, {}};
    if (const ProductPrice* product = price_of(code); product && product->tariff_exact) {
        result.exact = moved_figure(line, data_.cost->derivation(*product->tariff_exact));
        if (!result.exact) return std::nullopt;
    }
    result.rules = std::move(line.rules);
    return result;
}

void Writer::write_rules(Sheet& sheet, int row, const MovedPrice& price) {
    for (const auto& rule : price.rules) {
        sheet.text(row, rule.col, rule.name);
        sheet.formula(row, rule.col + 1, rule.formula, rule.value, rule.format);
    }
}

std::optional<std::string> Writer::exact_tariff_cell(const std::string& code) {
    const ProductPrice* product = price_of(code);
    if (!product || !product->tariff_exact) return std::nullopt;
    auto cell = cells_.find(&data_.cost->derivation(*product->tariff_exact));
    if (cell == cells_.end()) return std::nullopt;
    return cell->second;
}

const ProductPrice* Writer::price_of(const std::string& code) const {
    auto it = price_of_code_.find(code);
    return it == price_of_code_.end() ? nullptr : it->second;
}

// A derivation under the variant: the model's cell where the change leaves it,
// the moved cell for an input it sets, else its formula written on the row
// after everything it reads (dependencies first).
std::optional<Writer::MovedFigure> Writer::moved_figure(MovedRow& line, const Derivation& figure) {
    if (auto known = line.figures.find(&figure); known != line.figures.end()) return known->second;
    std::optional<MovedFigure> result;
    if (!line.values.changed(figure.node)) {
        if (auto cell = cells_.find(&figure); cell != cells_.end()) result = MovedFigure{cell->second, figure.value};
    } else if (!is_formula(figure)) {
        if (line.slots.count(figure.node)) result = MovedFigure{line.moved, line.values.value(figure.node)};
    } else {
        bool unknown = false;
        FormulaWriter writer([&](const Scope& context, const std::string& name) -> std::optional<std::string> {
            const Derivation* found = plan_.resolve(figure, context, name);
            const auto moved = found ? moved_figure(line, *found) : std::nullopt;
            if (!moved) {
                unknown = true;
                return std::nullopt;
            }
            return moved->cell;
        });
        const Piece piece = writer.rule(figure);
        if (!unknown && writer.problem().empty() && piece.text.size() <= max_formula) {
            try {
                const Number& value = line.values.value(figure.node);
                result = MovedFigure{line.add(std::string(figure.name()), piece.text, value, rule_format(figure)),
                                     value};
            } catch (const engine::InputError&) {
                // a value the change makes impossible: no row
            }
        }
    }
    if (result) line.figures.emplace(&figure, *result);
    return result;
}

std::optional<Writer::MovedFigure> Writer::moved_price(MovedRow& line, const std::string& code) {
    if (auto known = line.prices.find(code); known != line.prices.end()) return known->second;
    std::optional<MovedFigure> result;
    if (const ProductPrice* product = price_of(code))
        result = moved_figure(line, data_.cost->derivation(product->price));
    else if (const Trajectory* trajectory = data_.model->find_trajectory(code))
        result = moved_trajectory(line, *trajectory);
    if (result) line.prices.emplace(code, *result);
    return result;
}

// A trajectory's expected cost over its components' prices (each moved or the
// model's), then its price: ROUND(expected cost × (1 + surcharge), 2), as on
// the Trajectories sheet (METHOD.md §9), its volumes and shares as written.
std::optional<Writer::MovedFigure> Writer::moved_trajectory(MovedRow& line, const Trajectory& trajectory) {
    std::map<std::string, MovedFigure> components;
    for (const auto& code : component_codes(trajectory)) {
        auto price = moved_price(line, code);
        if (!price) return std::nullopt;
        components.emplace(code, *price);
    }
    const TrajectoryPrice price = price_trajectory(trajectory, data_.model->year,
                                                   [&](const std::string& code) { return components.at(code).value; });
    const auto literal = [](const Number& value) { return formula_literal(value).text; };
    std::string expected;
    for (const auto& path : trajectory.paths) {
        std::string cost;
        for (std::size_t phase : path.phases)
            for (const auto& component : trajectory.phases[phase].components)
                cost += (cost.empty() ? "" : "+") + literal(component.volume) + "*" + components.at(component.code).cell;
        expected += (expected.empty() ? "" : "+") + literal(path.share) + "*(" + (cost.empty() ? "0" : cost) + ")";
    }
    if (expected.empty()) expected = "0";
    if (expected.size() > max_formula) return std::nullopt;
    const std::string expected_cell = line.add(t("expected cost"), expected, price.expected_cost, formats_.money);
    const std::string surcharge = literal(trajectory.coordination_surcharge);
    const std::string price_cell =
        line.add(t("price per trajectory"),
                   "ROUND(" + expected_cell + "+" + expected_cell + "*" + surcharge + ",2)", price.price, formats_.tariff);
    return MovedFigure{price_cell, price.price};
}

}  // namespace tariffs::xlsx
