// Which derivation goes where in the workbook, for the XLSX report's files
// only: every input value the prices use, and every formula, shared or of one
// product, with the derivations each formula's names stand for.
#pragma once

#include "engine/derivation.hpp"
#include "engine/scope.hpp"
#include "tariffs/reports/report_data.hpp"

#include <map>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

namespace tariffs::xlsx {

using engine::Derivation;
using engine::Scope;

// Whether the derivation is computed by a formula (not a value as written).
bool is_formula(const Derivation& derivation);

class Plan {
public:
    // Walks every price's derivations, dependencies first.
    explicit Plan(const ReportData& data);

    // The derivation that `name` in `rule`'s formula stands for, seen from
    // `context`: one of its inputs (the engine's evaluation recorded each),
    // the deepest scope that the context sees. A name in a branch of if() that
    // the engine did not take is not among the inputs: the engine is asked.
    const Derivation* resolve(const Derivation& rule, const Scope& context, const std::string& name);

    // The derivations a formula's names stand for, in the formula's order.
    const std::vector<const Derivation*>& uses(const Derivation& rule) const { return uses_.at(&rule); }

    std::vector<const Derivation*> values;  // every input value, in the order first met
    std::vector<const Derivation*> shared;  // formulas not of one product, dependencies first
    std::map<const Product*, std::vector<const Derivation*>> own;  // each product's own formulas

    // The product whose scope (or staff mix item) the derivation is in; none when shared.
    const Product* owner(const Derivation& derivation) const;

    // Whether `derivation` depends, directly or not, on `target`.
    bool depends_on(const Derivation& derivation, const Derivation* target) const;

private:
    void visit(const Derivation& derivation, const Product& product);

    const ReportData& data_;
    CostModel& cost_;
    std::set<const Derivation*> seen_;
    std::map<const Derivation*, const Product*> hints_;
    std::map<const Derivation*, std::vector<const Derivation*>> uses_;
    std::unordered_map<const Scope*, const Product*> owners_;  // product scopes and their staff mix items
};

}  // namespace tariffs::xlsx
