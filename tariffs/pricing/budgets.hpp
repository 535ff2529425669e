// Computing the budgets of a plan from the indexed tariffs.
#pragma once

#include "tariffs/model/budget_plan.hpp"
#include "tariffs/pricing/indexed_tariffs.hpp"
#include "tariffs/model/model.hpp"

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <unordered_set>
#include <vector>

namespace tariffs {

struct BudgetLineYear {
    std::string code;
    engine::Number tariff;  // per the product's unit, indexed to the year
    engine::Number volume;  // exact, not rounded
    engine::Number amount;  // round(tariff × volume, 2)
};

struct ProviderYear {
    int year = 0;
    std::vector<BudgetLineYear> lines;
    engine::Number availability;
    engine::Number total;
};

struct ProviderBudget {
    const Provider* provider = nullptr;
    std::vector<engine::Number> base_volumes;  // per line, in the base year
    std::vector<ProviderYear> years;

    const ProviderYear* find(int year) const;
};

struct FrameCheck {
    int year = 0;
    engine::Number total;                    // all providers
    std::optional<engine::Number> frame;
    std::optional<engine::Number> headroom;  // frame − total; negative: over the frame
    bool over() const { return headroom && headroom->sign() < 0; }
};

struct Budgets {
    int first_year = 0;
    int last_year = 0;
    std::vector<ProviderBudget> providers;
    std::vector<FrameCheck> frames;          // one per year

    const FrameCheck* frame(int year) const;
    // The budget of a provider, a lot, or all providers (`total`) in a year; nothing if none matches.
    std::optional<engine::Number> amount_of(const std::string& what, int year) const;
};

// One year's total of all providers' budgets, and that total again when the
// prices of some products (or trajectories) change: only their lines are
// computed again.
class YearTotal {
public:
    YearTotal(const Budgets& budgets, int year);
    const engine::Number& total() const { return total_; }
    // Every code with a budget line that year.
    std::vector<std::string> codes() const;
    // The total were the price of each code in `changed` `price_of(code)`.
    engine::Number with(const std::vector<std::string>& changed,
                        const std::function<engine::Number(const std::string&)>& price_of) const;

private:
    engine::Number total_;
    std::map<std::string, std::vector<BudgetLineYear>> lines_;  // each code's lines that year
};

// A line's amount: round(tariff × volume, 2, half up).
engine::Number line_amount(const engine::Number& tariff, const engine::Number& volume);

// Throws engine::InputError, located, e.g. for a gap in a volume history.
Budgets compute_budgets(const Model& model, const IndexedTariffs& tariffs);

// The codes of the products the budget lines use: the only ones a budget needs indexed.
std::unordered_set<std::string> budgeted_products(const Model& model);

}  // namespace tariffs
