#include "tariffs/analyses/budget_solve.hpp"

#include "engine/suggest.hpp"
#include "tariffs/analyses/solve_error.hpp"
#include "tariffs/pricing/budgets.hpp"

#include <stdexcept>

namespace tariffs {

namespace {

using engine::Number;

// The model whose one budget input can be set, and its year's total.
class BudgetFunction {
public:
    BudgetFunction(const Model& model, const IndexedTariffs& tariffs, const BudgetInput& input, int year)
        : model_(model), tariffs_(tariffs), year_(year) {
        for (auto& provider : model_.budgets.providers) {
            if (provider.name != input.provider) continue;
            if (input.code.empty()) {
                if (!provider.availability) provider.availability = YearValue{Number(), provider.pos};
                slot_ = &provider.availability->value;
                return;
            }
            for (auto& line : provider.lines)
                if (line.code == input.code) {
                    // A volume given in place of an average of history, as the solve reports it.
                    line.volume = YearValue{base_volume(line), line.pos};
                    line.history.clear();
                    slot_ = &line.volume->value;
                    return;
                }
            throw SolveError(engine::msg("`{provider}` has no budget line for `{code}`",
                                         {engine::arg("provider", input.provider), engine::arg("code", input.code)}));
        }
        std::vector<std::string> names;
        for (const auto& provider : model_.budgets.providers) names.push_back(provider.name);
        throw SolveError(engine::msg("no provider `{provider}` in the budgets{suggestion}",
                                     {engine::arg("provider", input.provider),
                                      engine::arg("suggestion", engine::suggestion(input.provider, names))}));
    }

    Number value() const { return *slot_; }

    Number total_at(const Number& x) {
        *slot_ = x;
        const Budgets budgets = compute_budgets(model_, tariffs_);
        return budgets.frame(year_)->total;
    }

private:
    Number base_volume(const BudgetLine& line) const {
        if (line.volume) return line.volume->value;
        Number sum;
        for (int year = model_.year - line.history_years; year < model_.year; ++year)
            if (auto it = line.history.find(year); it != line.history.end()) sum += it->second.value;
        return sum / Number(line.history_years);
    }

    Model model_;
    const IndexedTariffs& tariffs_;
    int year_;
    Number* slot_ = nullptr;
};

// The least x in [low, high] (to `precision`) with `reached(x)`, which is false at low and true at high.
template <typename Test>
Number bisect(Number low, Number high, const Number& precision, Test reached) {
    while (high - low > precision) {
        const Number middle = (low + high) / Number(2);
        if (reached(middle)) high = middle;
        else low = middle;
    }
    return high;
}

}  // namespace

BudgetSolution solve_budget(const Model& model, const IndexedTariffs& tariffs, const BudgetInput& input, int year,
                            const Number& target) {
    BudgetFunction total(model, tariffs, input, year);
    BudgetSolution solution;
    solution.year = year;
    solution.target = target;
    solution.value = total.value();
    solution.total = total.total_at(solution.value);
    // To a millionth of a unit (a day, an hour, a euro): finer than any volume or
    // amount a budget is written in, so the steps found are single steps.
    solution.precision = Number::fraction(1, 1000000);
    const Number at_zero = total.total_at(Number());
    if (at_zero > target) return solution;  // even without this input the total is above the target
    if (at_zero == target) {
        solution.reaches = Number();
        solution.exact = true;
    }
    Number high = solution.value.sign() > 0 ? solution.value : Number(1);
    for (int doubling = 0; total.total_at(high) < target; ++doubling) {
        if (doubling == 60) return solution;  // the input barely moves the total: no value reaches the target
        high = high * Number(2);
    }
    const Number reaches = solution.reaches
                               ? Number()
                               : bisect(Number(), high, solution.precision,
                                        [&](const Number& x) { return total.total_at(x) >= target; });
    Number far = high;
    for (int doubling = 0; total.total_at(far) <= target; ++doubling) {
        if (doubling == 60) {  // the total stays at the target whatever the input: every value from `reaches` on gives it
            solution.reaches = reaches;
            solution.exact = true;
            return solution;
        }
        far = far * Number(2);
    }
    const Number passes = bisect(reaches, far, solution.precision, [&](const Number& x) { return total.total_at(x) > target; });
    solution.reaches = reaches;
    solution.passes = passes;
    solution.exact = total.total_at(reaches) == target;
    if (!solution.exact) {
        // Where the total runs on without a step (an availability in the base year
        // is not rounded), the line through the last two points meets the target exactly.
        const Number x0 = reaches - solution.precision, t0 = total.total_at(x0), t1 = total.total_at(reaches);
        if (t1 != t0) {
            const Number x = x0 + (target - t0) * (reaches - x0) / (t1 - t0);
            if (total.total_at(x) == target) {
                solution.reaches = solution.passes = x;
                solution.exact = true;
                return solution;
            }
        }
    }
    solution.below = total.total_at(reaches - solution.precision);
    solution.above = total.total_at(reaches);
    return solution;
}

}  // namespace tariffs
