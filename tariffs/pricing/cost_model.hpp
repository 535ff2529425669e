// A model made ready to compute: its definitions placed in scopes (standard
// method, model, kind, staff level, product), checked, and evaluated once.
#pragma once

#include "engine/derivation.hpp"
#include "engine/diagnostic.hpp"
#include "engine/checker.hpp"
#include "engine/evaluation.hpp"
#include "engine/graph.hpp"
#include "engine/scope.hpp"
#include "engine/unit_check.hpp"
#include "tariffs/model/model.hpp"

#include <deque>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace tariffs {

// The rules every method must define for a product: the build-up of the
// tariff along the elements of Besluit Jeugdwet art. 2.3.
namespace rule {
inline constexpr const char* staff_cost = "staff_cost";
inline constexpr const char* client_cost = "client_cost";
inline constexpr const char* overhead = "overhead";
inline constexpr const char* risk = "risk";
inline constexpr const char* tariff_exact = "tariff_exact";
inline constexpr const char* tariff = "tariff";
inline constexpr const char* personnel_share = "personnel_share";
}  // namespace rule

// A product's price and the parts of its build-up, as an evaluation of the
// compiled model gives them; each part's derivation is read off the graph
// when asked for (CostModel::derivation). A part is absent where the product's
// tariff does not depend on it (a product priced from a table of its own has
// no staff cost): it is not shown as a figure.
struct ProductPrice {
    const Product* product = nullptr;
    engine::Figure price;   // per the product's unit (the minute tariff for minutes)
    engine::Figure tariff;  // per the kind's base unit (hour, day-part, etmaal)
    std::optional<engine::Figure> staff_cost;
    std::optional<engine::Figure> client_cost;
    std::optional<engine::Figure> overhead;
    std::optional<engine::Figure> risk;
    std::optional<engine::Figure> tariff_exact;
    // Where everything its rule reads is part of the tariff (the standard
    // method's staff and direct cost), or where it is a given value.
    std::optional<engine::Figure> personnel_share;

    // The tariff before its rounding: `tariff_exact` where the tariff reads it,
    // else the tariff's own value before its rule's rounding.
    const engine::Number& exact_tariff() const;
    // Every figure present: the build-up's parts, the exact tariff, the tariff,
    // the personnel share, the price.
    std::vector<const engine::Figure*> figures() const;
    // Whether the price per the product's unit is the tariff itself.
    bool priced_per_tariff() const { return price.node == tariff.node; }
};

// The nodes of a product's price and build-up in the compiled model.
struct ProductNodes {
    engine::NodeId price = engine::no_node, tariff = engine::no_node;
    std::optional<engine::NodeId> staff_cost, client_cost, overhead, risk, tariff_exact, personnel_share;
    // The price rule over a tariff of its own: the price of an indexed tariff.
    engine::NodeId indexed_tariff = engine::no_node, indexed_price = engine::no_node;
};

// The model compiled once: its definitions placed in scopes (standard method,
// model, kind, staff level, product), checked, and each value a scope needs
// made a node of one graph, evaluated once. A variant of the model is an
// evaluation over this one's (engine/evaluation.hpp) that gives some of its
// inputs other values: see tariffs/analyses/variant.hpp.
class CostModel {
public:
    // `model` must outlive the cost model.
    explicit CostModel(const Model& model);
    CostModel(const CostModel&) = delete;
    CostModel& operator=(const CostModel&) = delete;

    const Model& model() const { return model_; }
    const engine::Graph& graph() const { return graph_; }
    // The values as the model gives them.
    engine::Evaluation& values() { return values_; }

    // Every problem that keeps any product from being priced: unknown names,
    // missing parameters, cycles, units that do not fit (a price per hour must
    // be in EUR/hour), and errors in the arithmetic (division by zero).
    // Checking prices every product; the result is kept, so a second call costs nothing.
    engine::Diagnostics check();

    // The product's nodes, compiled on first ask. Throws engine::InputError.
    const ProductNodes& nodes(const Product& product);
    // Throws engine::InputError.
    ProductPrice price(const Product& product) { return price(product, values_); }
    // The price under `values`, an evaluation of this model's graph.
    ProductPrice price(const Product& product, engine::Evaluation& values);
    // All products, in the model's order. Throws engine::InputError with every problem.
    const std::vector<ProductPrice>& price_all();
    // How a figure of the model as given was derived.
    const engine::Derivation& derivation(const engine::Figure& figure) { return derivations_.of(figure.node); }

    // The node of a trajectory's price in the base year, computed from its
    // components' prices (METHOD.md §9); compiled on first ask. Throws engine::InputError.
    engine::NodeId trajectory_node(const Trajectory& trajectory);
    // The nodes through which an input, named as an override names it
    // (`overhead_surcharge`, `jeugdzorgwerker.monthly_salary`, `VBL.occupancy`),
    // enters the graph: its given value where the model gives it, if something
    // compiled reads it. None where the model gives no value of its own there
    // (the product takes the model's, a kind computes it by a rule): setting it
    // there changes the model itself, not a value of it.
    std::optional<std::vector<engine::NodeId>> input_slots(const std::string& input) const;

    const engine::Scope& scope_of(const Product& product) const;
    const engine::Scope& scope_of(const Role& role) const;
    const engine::Scope& model_scope() const { return *model_scope_; }
    const engine::Scope& method_scope() const { return *method_scope_; }
    // The scopes of the method's kinds, by name.
    const std::map<std::string, const engine::Scope*>& kind_scopes() const { return kind_scopes_; }
    // Any named value as a product or a staff level sees it, e.g.
    // `direct_hours` for a product or `wage_cost_per_fte` for a role.
    // Throws engine::InputError.
    const engine::Derivation& value(const Product& product, std::string_view name);
    const engine::Derivation& value(const Role& role, std::string_view name);
    // The input through which a value that `product`'s derivation found in
    // `scope` can be changed, named as an override names it: `CODE.name` in the
    // product's own scope, `LEVEL.name` in a staff level's, `name` in the model,
    // a kind or the method; none elsewhere (an entry of a staff mix).
    std::optional<std::string> input_name(const Product& product, const engine::Scope* scope,
                                          std::string_view name) const;
    // The price per the product's unit when its (base-unit) tariff is `tariff`,
    // e.g. the minute tariff of an indexed hourly tariff, under `values`.
    engine::Number price_for_tariff(const Product& product, const engine::Number& tariff, engine::Evaluation& values);
    engine::Number price_for_tariff(const Product& product, const engine::Number& tariff) {
        return price_for_tariff(product, tariff, values_);
    }
    std::size_t evaluation_count() const { return values_.computed(); }
    // The unit to show beside the value of `name` in `scope` (`EUR/year`,
    // `FTE/place`); empty for a pure number or a unit not known.
    std::string unit_shown(const engine::Scope& scope, std::string_view name) { return units_.shown(scope, name); }
    // That the product's price is in EUR per its unit and its tariff in EUR per
    // its kind's base unit, and every rule on the way fits; check() runs it for
    // each product whose rules can be evaluated.
    void check_units(const Product& product, engine::Diagnostics& problems);

private:
    engine::Scope& add_scope(std::string label, const engine::Scope* parent, SourcePos pos);
    void define_all(engine::Scope& scope, const std::vector<Definition>& definitions);
    void define_one(engine::Scope& scope, const Definition& definition);
    void build_kind_scopes();
    void build_role_scopes();
    void build_product_scope(const Product& product);
    void round_rule(engine::Scope& scope, const std::string& rule, const engine::Rounding& rounding);
    std::string price_rule(const Product& product) const;
    // Where the product's tariff depends on `part`, its node; else none.
    std::optional<engine::NodeId> part_of_tariff(const engine::Scope& scope, const char* part);
    bool has_personnel_share(const engine::Scope& scope) const;
    void compile_indexed_price(const Product& product, ProductNodes& nodes);

    const Model& model_;
    std::vector<std::unique_ptr<engine::Scope>> scopes_;
    engine::Scope* method_scope_ = nullptr;
    engine::Scope* model_scope_ = nullptr;
    std::map<std::string, const engine::Scope*> kind_scopes_;
    std::map<std::string, const engine::Scope*> role_scopes_;
    std::map<const Product*, const engine::Scope*> product_scopes_;
    engine::Checker checker_;
    engine::Graph graph_{checker_};
    engine::Evaluation values_{graph_};
    engine::Derivations derivations_{values_};
    engine::UnitChecker units_;
    std::unordered_map<const Product*, ProductNodes> nodes_;
    std::unordered_map<const Trajectory*, engine::NodeId> trajectory_nodes_;
    std::deque<Definition> trajectory_definitions_;  // what names each trajectory's node
    std::optional<engine::Diagnostics> checked_;  // what check() found, once it ran
    std::vector<ProductPrice> prices_;            // the prices check() computed
};

}  // namespace tariffs
