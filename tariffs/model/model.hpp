// A cost model as read from YAML: the method it uses, its parameters and
// rules, its staff levels and its products.
#pragma once

#include "engine/diagnostic.hpp"
#include "engine/scope.hpp"
#include "engine/source.hpp"
#include "tariffs/model/allocation_settings.hpp"
#include "tariffs/model/budget_plan.hpp"
#include "tariffs/model/index_policy.hpp"
#include "tariffs/model/municipality.hpp"
#include "tariffs/model/scenario.hpp"
#include "tariffs/model/source_file.hpp"
#include "tariffs/model/trajectory.hpp"

#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace tariffs {

using engine::Definition;
using engine::SourcePos;

// A kind of product as the method defines it (individual, group, residential).
struct Kind {
    std::string name;
    struct UnitRule {
        std::string unit;  // an iJw unit name
        std::string rule;  // the rule that gives the price per that unit
    };
    std::vector<UnitRule> units;
    std::vector<Definition> definitions;  // its parameters and rules
    SourcePos pos;

    const UnitRule* find_unit(const std::string& unit) const;
};

// The rule library a model computes with (models/standard.yaml by default).
struct Method {
    std::string name;
    std::string file;
    SourceFile source;  // the file with its SHA-256 (the built-in standard method: its embedded text)
    std::vector<Definition> definitions;  // parameters (values or inputs) and rules
    std::vector<Kind> kinds;
    std::vector<std::string> counts;      // units that count things (`FTE`, `place`): numbers to the unit check

    const Kind* find_kind(const std::string& name) const;
    const Definition* find(const std::string& name) const;  // general definitions only
};

struct Role {
    std::string name;
    std::string about;
    std::vector<Definition> definitions;  // monthly_salary and any overrides
    SourcePos pos;
};

struct StaffShare {
    std::string role;
    engine::Number share;
    SourcePos pos;
};

struct Product {
    std::string code;
    std::string name;
    std::string kind;
    std::string unit;
    std::string category;  // iJw product category code; may be empty
    std::string group;     // a named group of products that policies can be set for; may be empty
    std::vector<StaffShare> staff_mix;    // empty where its tariff uses no staff cost
    std::vector<Definition> definitions;  // its parameters, its own inputs and its rule overrides
    std::optional<IndexWeights> index_weights;  // its own indexation weights
    // Its `round:`: how its `tariff` (per the kind's base unit) is rounded, in
    // place of the model's rounding policy, its kind's or group's, and the rule's own.
    std::optional<engine::Rounding> rounding;
    SourcePos pos;
};

struct RoundingChoice {
    std::string rule;
    engine::Rounding rounding;
};

// A rounding policy for the products of some kinds or groups, in place of the
// model's for the rules it names (`rounding: {policies: {NAME: {kinds, groups, RULE: …}}}`).
struct RoundingPolicy {
    std::string name;
    std::vector<std::pair<std::string, SourcePos>> kinds, groups;
    std::vector<RoundingChoice> rounding;
    SourcePos pos;
};

// What a fair bid is: between floor × reference and ceiling × reference, or at
// most a product's maximum tariff.
struct BidPolicy {
    engine::Number floor = engine::Number::fraction(9, 10);    // 90%
    engine::Number ceiling = engine::Number::fraction(11, 10); // 110%
    std::map<std::string, YearValue> maximum;                   // product code → maximum tariff
    SourcePos pos;
};

struct Extension;

struct Model {
    std::string name;
    int year = 0;
    std::string file;
    Method method;
    std::vector<Definition> definitions;  // model-wide parameters and rules
    std::vector<Role> roles;
    std::vector<Product> products;
    std::vector<Trajectory> trajectories;  // priced from the products' tariffs (METHOD.md §9)
    std::vector<RoundingChoice> rounding;  // the model's rounding policy
    std::vector<RoundingPolicy> rounding_policies;  // per kind or product group
    int until = 0;                         // the last contract year (the base year when not given)
    IndexPolicy indexation;
    BudgetPlan budgets;
    std::vector<Municipality> municipalities;
    AllocationSettings allocation;
    BidPolicy bid_review;
    std::vector<NamedScenario> scenarios;  // the scenarios the model names
    ScenarioInfo scenario;                 // the one it is computed under, if any
    std::vector<SourceFile> sources;       // the files it was read from: itself, what it extends, method, series
    std::string fingerprint;               // of everything a command's result comes from, once the command knows
    // Given values outside their parameter's usual range: allowed, but said
    // (on standard error, and in the reports); errors under --strict.
    engine::Diagnostics warnings;
    // For a model that extends another: the model it extends and the changes
    // its file makes. None for a model that extends none.
    std::shared_ptr<const Extension> extension;

    const Role* find_role(const std::string& name) const;
    // The first product with `code`, found through an index (a national model
    // has thousands of products and every budget line looks one up).
    const Product* find_product(const std::string& code) const;
    const Trajectory* find_trajectory(const std::string& code) const;
    // The rounding policy of the product's group, else of its kind; none: the model's.
    const RoundingPolicy* rounding_policy_for(const Product& product) const;
    const NamedScenario* find_scenario(const std::string& name) const;
    // Adds a product to `products` and to the index of codes.
    void add_product(Product product);

    std::unordered_map<std::string, std::size_t> product_positions;  // code → its first product
};

// One change an extending file makes (a parameter, an input, a rule, a budget
// figure), where it is written and how it is made.
struct ExtensionChange {
    SourcePos pos;
    std::function<void(Model&)> apply;
};

// What the outermost file of a chain of `extends` does to the model it
// extends: enough to tell which of its changes causes a problem that shows in
// the extended file (a scenario there that changes no tariff once this file
// replaces a rule). The extended model is read again from `base_path` when
// asked: it is not kept beside the model.
struct Extension {
    std::string file;       // the extending file
    SourcePos extends_pos;  // its `extends:`
    std::string base_path;  // the file it extends
    std::vector<ExtensionChange> changes;
};

}  // namespace tariffs
