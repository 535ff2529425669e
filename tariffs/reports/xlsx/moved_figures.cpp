#include "tariffs/reports/xlsx/moved_figures.hpp"

#include "tariffs/pricing/trajectory_price.hpp"
#include "tariffs/reports/xlsx/formula.hpp"

#include <map>
#include <unordered_set>

namespace tariffs::xlsx {

namespace {

// Longer formulas are refused by Excel (8,192 characters): the row keeps the engine's values then.
constexpr std::size_t max_formula = 8000;

}  // namespace

struct MovedFigures::Row {
    int row;
    int col;
    engine::Evaluation& values;
    std::unordered_set<engine::NodeId> slots;
    std::string moved;
    std::map<const Derivation*, Figure> figures;  // each derivation met, once
    std::map<std::string, Figure> prices;        // each product or trajectory met, by code
    std::vector<Rule> rules;

    // Lays out `name` and, beside it, a formula; returns the formula's cell on the row.
    std::string add(const std::string& name, const std::string& formula, const Number& value, lxw_format* format) {
        rules.push_back({col, name, formula, value, format});
        const std::string cell = cell_name(row, col + 1);
        col += 2;
        return cell;
    }
};

std::vector<MovedFigures::Figure> MovedFigures::input_cells_at(const std::vector<engine::NodeId>& slots) {
    if (input_at_node_.empty())
        for (const auto& [row, value] : context_.cells.inputs) input_at_node_.emplace(value->node, value);
    std::vector<Figure> cells;
    for (engine::NodeId slot : slots)
        if (auto it = input_at_node_.find(slot); it != input_at_node_.end())
            cells.push_back({context_.cells.derivation.at(it->second), it->second->value});
    return cells;
}

std::optional<MovedFigures::Price> MovedFigures::moved(int row, int col, const std::string& code,
                                                       engine::Evaluation& values,
                                                       const std::vector<engine::NodeId>& slots,
                                                       const std::string& moved) {
    Row line{row, col, values, {slots.begin(), slots.end()}, moved, {}, {}, {}};
    auto price = moved_price(line, code);
    if (!price) return std::nullopt;
    Price result{*price, std::nullopt, {}};
    if (const ProductPrice* product = model_.price_of(code); product && product->tariff_exact) {
        result.exact = moved_figure(line, context_.data.cost->derivation(*product->tariff_exact));
        if (!result.exact) return std::nullopt;
    }
    result.rules = std::move(line.rules);
    return result;
}

void MovedFigures::write_rules(Sheet& sheet, int row, const Price& price) {
    for (const auto& rule : price.rules) {
        sheet.text(row, rule.col, rule.name);
        sheet.formula(row, rule.col + 1, rule.formula, rule.value, rule.format);
    }
}

// A derivation under the variant: the model's cell where the change leaves it,
// the moved cell for an input it sets, else its formula written on the row
// after everything it reads (dependencies first).
std::optional<MovedFigures::Figure> MovedFigures::moved_figure(Row& line, const Derivation& figure) {
    if (auto known = line.figures.find(&figure); known != line.figures.end()) return known->second;
    std::optional<Figure> result;
    if (!line.values.changed(figure.node)) {
        const auto& cells = context_.cells.derivation;
        if (auto cell = cells.find(&figure); cell != cells.end()) result = Figure{cell->second, figure.value};
    } else if (!is_formula(figure)) {
        if (line.slots.count(figure.node)) result = Figure{line.moved, line.values.value(figure.node)};
    } else {
        bool unknown = false;
        FormulaWriter writer([&](const Scope& context, const std::string& name) -> std::optional<std::string> {
            const Derivation* found = context_.plan.resolve(figure, context, name);
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
                result = Figure{line.add(std::string(figure.name()), piece.text, value, context_.look.rule(figure)), value};
            } catch (const engine::InputError&) {
                // a value the change makes impossible: no row
            }
        }
    }
    if (result) line.figures.emplace(&figure, *result);
    return result;
}

std::optional<MovedFigures::Figure> MovedFigures::moved_price(Row& line, const std::string& code) {
    if (auto known = line.prices.find(code); known != line.prices.end()) return known->second;
    std::optional<Figure> result;
    if (const ProductPrice* product = model_.price_of(code))
        result = moved_figure(line, context_.data.cost->derivation(product->price));
    else if (const Trajectory* trajectory = context_.data.model->find_trajectory(code))
        result = moved_trajectory(line, *trajectory);
    if (result) line.prices.emplace(code, *result);
    return result;
}

// A trajectory's expected cost over its components' prices (each moved or the
// model's), then its price: ROUND(expected cost × (1 + surcharge), 2), as on
// the Trajectories sheet (METHOD.md §9), its volumes and shares as written.
std::optional<MovedFigures::Figure> MovedFigures::moved_trajectory(Row& line, const Trajectory& trajectory) {
    std::map<std::string, Figure> components;
    for (const auto& code : component_codes(trajectory)) {
        auto price = moved_price(line, code);
        if (!price) return std::nullopt;
        components.emplace(code, *price);
    }
    const TrajectoryPrice price = price_trajectory(trajectory, context_.data.model->year,
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
    const std::string expected_cell =
        line.add(t("expected cost"), expected, price.expected_cost, context_.formats.money);
    const std::string surcharge = literal(trajectory.coordination_surcharge);
    const std::string price_cell =
        line.add(t("price per trajectory"),
                   "ROUND(" + expected_cell + "+" + expected_cell + "*" + surcharge + ",2)", price.price,
                 context_.formats.tariff);
    return Figure{price_cell, price.price};
}

}  // namespace tariffs::xlsx
