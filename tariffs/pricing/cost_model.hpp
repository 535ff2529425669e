// A model made ready to compute: its definitions placed in scopes (standard
// method, model, kind, staff level, product), checked, and evaluated once.
#pragma once

#include "engine/derivation.hpp"
#include "engine/diagnostic.hpp"
#include "engine/evaluator.hpp"
#include "engine/scope.hpp"
#include "engine/unit_check.hpp"
#include "tariffs/model/model.hpp"

#include <map>
#include <memory>
#include <optional>
#include <string>
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

// A product's price with the derivation of each part. A part of the build-up
// is null where the product's tariff does not depend on it (a product priced
// from a table of its own has no staff cost): it is not shown as a figure.
struct ProductPrice {
    const Product* product = nullptr;
    const engine::Derivation* price = nullptr;  // per the product's unit (the minute tariff for minutes)
    const engine::Derivation* tariff = nullptr; // per the kind's base unit (hour, day-part, etmaal)
    const engine::Derivation* staff_cost = nullptr;
    const engine::Derivation* client_cost = nullptr;
    const engine::Derivation* overhead = nullptr;
    const engine::Derivation* risk = nullptr;
    const engine::Derivation* tariff_exact = nullptr;
    // Where everything its rule reads is part of the tariff (the standard
    // method's staff and direct cost), or where it is a given value.
    const engine::Derivation* personnel_share = nullptr;

    // The tariff before its rounding: `tariff_exact` where the tariff reads it,
    // else the tariff's own value before its rule's rounding.
    const engine::Number& exact_tariff() const;
};

class CostModel {
public:
    // `model` must outlive the cost model.
    explicit CostModel(const Model& model);
    CostModel(const CostModel&) = delete;
    CostModel& operator=(const CostModel&) = delete;

    const Model& model() const { return model_; }

    // Every problem that keeps any product from being priced: unknown names,
    // missing parameters, cycles, units that do not fit (a price per hour must
    // be in EUR/hour), and errors in the arithmetic (division by zero).
    // Checking prices every product; the result is kept, so a second call costs nothing.
    engine::Diagnostics check();

    // Throws engine::InputError.
    ProductPrice price(const Product& product);
    // All products, in the model's order. Throws engine::InputError with every problem.
    std::vector<ProductPrice> price_all();

    const engine::Scope& scope_of(const Product& product) const;
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
    // e.g. the minute tariff of an indexed hourly tariff in `year`.
    engine::Number price_for_tariff(const Product& product, int year, const engine::Number& tariff);
    std::size_t evaluation_count() const { return evaluator_.evaluation_count(); }
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
    // Where the product's tariff depends on `part`, its value; else null.
    const engine::Derivation* part_of_tariff(const engine::Scope& scope, const char* part);
    bool has_personnel_share(const engine::Scope& scope) const;

    const Model& model_;
    std::vector<std::unique_ptr<engine::Scope>> scopes_;
    engine::Scope* method_scope_ = nullptr;
    engine::Scope* model_scope_ = nullptr;
    std::map<std::string, const engine::Scope*> kind_scopes_;
    std::map<std::string, const engine::Scope*> role_scopes_;
    std::map<const Product*, const engine::Scope*> product_scopes_;
    engine::Evaluator evaluator_;
    engine::UnitChecker units_;
    std::optional<engine::Diagnostics> checked_;  // what check() found, once it ran
    std::vector<ProductPrice> prices_;            // the prices check() computed
};

}  // namespace tariffs
