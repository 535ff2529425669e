#include "tariffs/analyses/solve.hpp"

#include "engine/moebius.hpp"
#include "tariffs/analyses/input_variants.hpp"
#include "tariffs/analyses/solve_error.hpp"
#include "tariffs/model/overrides.hpp"

#include <algorithm>
#include <stdexcept>

namespace tariffs {

namespace {

using engine::Number;

// The tariff as a ratio of linear functions of the input, from points near its
// value that lie within its range.
// None when the tariff is not a ratio of linear functions of the input.
std::optional<engine::Moebius> tariff_function(MovedInput& moved, const TariffInput& input, const Product& product,
                                               const Number& at) {
    if (!input.smooth) return std::nullopt;  // a rule between them rounds or chooses
    std::vector<std::pair<Number, Number>> points{{input.value, at}};
    const Number base = input.value.sign() == 0 ? Number(1) : input.value;
    for (int times : {-1, 1, -2, 2, -3, 3}) {
        if (points.size() == 4) break;
        const Number x = input.value + base * Number(times) / Number(100);
        if (Variant* variant = moved.at(input, x)) {
            try {
                points.push_back({x, variant->price(product).exact_tariff()});
            } catch (const engine::InputError&) {
            }
        }
    }
    if (points.size() < 4 || std::all_of(points.begin(), points.end(), [&](const auto& p) { return p.second == at; }))
        throw SolveError(engine::msg("changing `{input}` does not move the tariff of {code}",
                                     {engine::arg("input", input.input), engine::arg("code", product.code)}));
    return engine::fit_moebius(points);
}

// The exact tariffs that the rule's rounding turns into `target`: from and to,
// each with whether it is itself included. Whatever the mode, each bound is
// the target, half a unit from it, or a whole unit from it; which one is found
// by rounding values just inside each.
std::pair<Bound, Bound> rounding_to(const Number& target, const std::optional<engine::Rounding>& rounding) {
    if (!rounding) return {{target, true}, {target, true}};
    Number unit = 1;
    if (rounding->step) unit = *rounding->step;
    else
        for (int i = 0; i < rounding->places.value_or(0); ++i) unit = unit / Number(10);
    const Number half = unit / Number(2), nudge = unit / Number(1000);
    const auto gives_target = [&](const Number& y) { return rounding->apply(y) == target; };
    const auto bound = [&](int side) {  // -1: from, +1: to
        const Number direction(side);
        Number at = target;
        if (gives_target(target + direction * (half + nudge))) at = target + direction * unit;
        else if (gives_target(target + direction * nudge)) at = target + direction * half;
        return Bound{at, gives_target(at)};
    };
    return {bound(-1), bound(1)};
}

// What is solved for: a product, or a trajectory (priced per trajectory).
struct Priced {
    const Product* product = nullptr;
    const Trajectory* trajectory = nullptr;
    const std::string& code() const { return product ? product->code : trajectory->code; }
    const std::string& name() const { return product ? product->name : trajectory->name; }
};

Priced priced(const Model& model, const std::string& code) {
    if (const Product* product = model.find_product(code)) return {product, nullptr};
    if (const Trajectory* trajectory = model.find_trajectory(code)) return {nullptr, trajectory};
    throw SolveError(engine::msg("no product or trajectory `{code}`", {engine::arg("code", code)}));
}

// The input `input_name` of what is solved for (a product's own `occupancy`
// may be named without its code), or SolveError naming the inputs it has.
TariffInput input_of(CostModel& cost, const Priced& what, const std::string& input_name) {
    const std::vector<TariffInput> inputs =
        what.product ? tariff_inputs(cost, *what.product) : trajectory_inputs(cost, *what.trajectory);
    for (const std::string& name : {input_name, what.code() + "." + input_name}) {
        const auto input = std::find_if(inputs.begin(), inputs.end(), [&](const TariffInput& i) { return i.input == name; });
        if (input != inputs.end()) return *input;
    }
    std::string names;
    for (const auto& i : inputs) names += (names.empty() ? "" : ", ") + i.input;
    throw SolveError(engine::msg("the tariff of {code} does not use `{input}`; it uses {inputs}",
                                 {engine::arg("code", what.code()), engine::arg("input", input_name),
                                  engine::arg("inputs", names)}));
}

// A solution's description: the product, the input as the model gives it, the target.
Solution described(const Model& model, const Priced& what, const TariffInput& input, const Number& target) {
    Solution solution;
    solution.code = what.code();
    solution.name = what.name();
    solution.unit = what.product ? model.method.find_kind(what.product->kind)->units.front().unit : trajectory_unit;
    solution.input = input.input;
    solution.input_text = input.text;
    solution.input_value = input.value;
    solution.target = target;
    return solution;
}

// A target the rounding cannot give (300.005 to cents) is no target.
void check_target(const Number& target, const engine::Rounding& rounding, const engine::Message& what) {
    if (rounding.apply(target) != target)
        throw SolveError(engine::msg("no {what} is {target}: it is rounded with {rounding}",
                                     {engine::arg("what", what),
                                      engine::arg("target", target.to_exact_decimal().value_or(target.to_fraction_string())),
                                      engine::arg("rounding", rounding.describe())}));
}

}  // namespace

Solution solve_tariff(CostModel& cost, const std::string& code, const std::string& asked, const Number& target) {
    const Model& model = cost.model();
    const Priced what = priced(model, code);
    // A trajectory's price rounds each component's tariff: by bisection.
    if (!what.product) return solve_by_bisection(cost, code, asked, target, model.year);
    const Product& product = *what.product;
    const TariffInput input = input_of(cost, what, asked);
    const std::string& input_name = input.input;  // as the model names it
    const ProductPrice price = cost.price(product);
    Solution solution = described(model, what, input, target);
    solution.tariff = price.tariff.value;
    const auto& rounding = price.tariff.definition->rounding;
    if (rounding) {
        solution.rounding = rounding->describe();
        check_target(target, *rounding, engine::msg("tariff"));
    }
    MovedInput moved(cost);
    const auto shape = tariff_function(moved, input, product, price.exact_tariff());
    // A rounding, min, max or if between the input and the tariff: by bisection.
    if (!shape) return solve_by_bisection(cost, code, input_name, target, model.year);
    const engine::Moebius& tariff = *shape;
    solution.exact = tariff.inverse(target);
    const engine::Range* range = input_range(model, input_name);
    if (range) solution.range = range->text;
    if (solution.exact && range) solution.in_range = range->contains(*solution.exact);
    // An answer must keep every derived figure valid: at a pole of the tariff the hours are negative.
    if (solution.exact && solution.in_range)
        if (Variant* at_exact = moved.at(input, *solution.exact)) {
            try {
                at_exact->price(product);
            } catch (const engine::InputError& error) {
                solution.in_range = false;
                solution.impossible = error.diagnostics().sorted().front();
            }
        }
    // The rounded tariff is the target for the inputs between the inverses of its bounds.
    const auto [low, high] = rounding_to(target, rounding);
    const auto x_low = tariff.inverse(low.value), x_high = tariff.inverse(high.value);
    // A rule that rounds in its formula (`round(tariff_exact, 2)`) gives no rounding to invert: the exact value only.
    const bool known_rounding = rounding || price.tariff.value == price.exact_tariff();
    if (solution.exact && x_low && x_high && known_rounding) {
        Bound a{*x_low, low.closed}, b{*x_high, high.closed};
        if (b.value < a.value) std::swap(a, b);
        solution.from = a;
        solution.to = b;
    }
    if (!solution.in_range && range)
        for (const auto& [end, closed] : {std::pair{range->low, !range->low_open}, std::pair{range->high, !range->high_open}})
            if (end && closed)
                if (Variant* variant = moved.at(input, *end)) {
                    try {
                        solution.range_ends.push_back({*end, variant->price(product).tariff.value});
                    } catch (const engine::InputError&) {
                    }
                }
    return solution;
}

Solution solve_by_bisection(CostModel& cost, const std::string& code, const std::string& asked, const Number& target,
                            int year) {
    const Model& model = cost.model();
    const Priced what = priced(model, code);
    const TariffInput input = input_of(cost, what, asked);
    const std::string& input_name = input.input;  // as the model names it
    MovedInput moved(cost);
    const bool indexed = year > model.year;
    const auto tariff_at = [&](const Number& x) -> std::optional<Number> {
        Variant* variant = moved.at(input, x);
        if (!variant) return std::nullopt;
        try {
            if (!what.product) return variant->price(code, year);
            if (!indexed) return variant->price(*what.product).tariff.value;
            return variant->indexed(*what.product, year).find(year)->tariff;
        } catch (const engine::InputError&) {
            return std::nullopt;
        }
    };
    Solution solution = described(model, what, input, target);
    const auto now = tariff_at(input.value);
    if (!now) throw SolveError(engine::msg("the tariff of {code} cannot be computed", {engine::arg("code", code)}));
    solution.tariff = *now;
    solution.year = year;
    solution.indexed = indexed;
    const engine::Rounding trajectory_rounding{2, std::nullopt, engine::RoundingMode::half_up, {}};
    const engine::Rounding* rounding = nullptr;
    std::optional<engine::Rounding> rule_rounding;
    if (!what.product) rounding = &trajectory_rounding;
    else if (indexed) rounding = &model.indexation.for_product(what.product->kind, what.product->group).round_tariff;
    else if ((rule_rounding = cost.price(*what.product).tariff.definition->rounding)) rounding = &*rule_rounding;
    if (rounding) {
        solution.rounding = rounding->describe();
        check_target(target, *rounding,
                     what.product ? (indexed ? engine::msg("indexed tariff") : engine::msg("tariff"))
                                  : engine::msg("trajectory price"));
    }
    const engine::Range* range = input_range(model, input_name);
    if (range) solution.range = range->text;
    // The search runs over the input's range, or from 0 to far above its value.
    const Number unit = input.value.sign() > 0 ? input.value : Number(1);
    solution.precision = unit / Number(1000000000);
    Number low = range && range->low ? *range->low : Number(), high = range && range->high ? *range->high : unit;
    if (range && range->low && range->low_open) low += *solution.precision;
    if (range && range->high && range->high_open) high = high - *solution.precision;
    const auto at_low = tariff_at(low);
    auto at_high = tariff_at(high);
    for (int doubling = 0; !(range && range->high) && at_high && at_low && doubling < 40; ++doubling) {
        if ((*at_low <= target && *at_high >= target) || (*at_low >= target && *at_high <= target)) break;
        high = high * Number(2);
        at_high = tariff_at(high);
    }
    if (!at_low || !at_high || *at_low == *at_high) {
        solution.in_range = false;
        return solution;
    }
    const bool rising = *at_high > *at_low;
    const auto reached = [&](const Number& x, bool past) {  // along rising x: has the tariff reached (or passed) the target?
        const auto t = tariff_at(x);
        if (!t) return false;
        return rising ? (past ? *t > target : *t >= target) : (past ? *t < target : *t <= target);
    };
    const auto bisect = [&](bool past) {
        Number a = low, b = high;
        if (reached(a, past)) return a;
        if (!reached(b, past)) return b;
        while (b - a > *solution.precision) {
            const Number middle = (a + b) / Number(2);
            (reached(middle, past) ? b : a) = middle;
        }
        return b;
    };
    const Number from = bisect(false), to = bisect(true);
    const auto at_from = tariff_at(from);
    if (!at_from || !reached(from, false)) {
        solution.in_range = false;  // no value in the range reaches the target
        const bool low_closed = !(range && range->low && range->low_open);
        const bool high_closed = !(range && range->high && range->high_open);
        if (at_low && low_closed) solution.range_ends.push_back({low, *at_low});
        if (at_high && high_closed) solution.range_ends.push_back({high, *at_high});
        return solution;
    }
    solution.from = Bound{from, true};
    solution.to = Bound{to, false};
    if (*at_from != target)
        solution.step = std::pair{*tariff_at(from - *solution.precision), *at_from};
    return solution;
}

}  // namespace tariffs
