#include "tariffs/analyses/solve.hpp"

#include "engine/moebius.hpp"
#include "tariffs/analyses/input_variants.hpp"
#include "tariffs/model/overrides.hpp"

#include <algorithm>
#include <stdexcept>

namespace tariffs {

namespace {

using engine::Number;

Number exact_tariff(Variant& variant, const std::string& code) {
    return variant.cost().value(*variant.model().find_product(code), rule::tariff_exact).value;
}

// The tariff as a ratio of linear functions of the input, from points near its
// value that lie within its range.
engine::Moebius tariff_function(OneInputVariants& variants, const TariffInput& input, const std::string& code,
                                const Number& at) {
    if (!input.smooth)
        throw std::invalid_argument("a rule between `" + input.input + "` and the tariff of " + code +
                                    " rounds or chooses (round, min, max, if): the tariff is no ratio of linear "
                                    "functions of it, and solve needs that shape");
    std::vector<std::pair<Number, Number>> points{{input.value, at}};
    const Number base = input.value.sign() == 0 ? Number(1) : input.value;
    for (int times : {-1, 1, -2, 2, -3, 3}) {
        if (points.size() == 4) break;
        const Number x = input.value + base * Number(times) / Number(100);
        if (Variant* variant = variants.with(input.input, x)) {
            try {
                points.push_back({x, exact_tariff(*variant, code)});
            } catch (const engine::InputError&) {
            }
        }
    }
    if (points.size() < 4 || std::all_of(points.begin(), points.end(), [&](const auto& p) { return p.second == at; }))
        throw std::invalid_argument("changing `" + input.input + "` does not move the tariff of " + code);
    const auto fit = engine::fit_moebius(points);
    if (!fit)
        throw std::invalid_argument("the tariff of " + code + " is not a ratio of linear functions of `" + input.input +
                                    "` (a rule with min, max, if or a rounding in between): solve needs that shape");
    return *fit;
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

}  // namespace

Solution solve_tariff(const Model& model, const std::string& code, const std::string& input_name,
                      const Number& target) {
    Variant base(model);
    const Product* product = base.model().find_product(code);
    if (!product) throw std::invalid_argument("no product `" + code + "`");
    const std::vector<TariffInput> inputs = tariff_inputs(base.cost(), *product);
    const auto input = std::find_if(inputs.begin(), inputs.end(), [&](const TariffInput& i) { return i.input == input_name; });
    if (input == inputs.end()) {
        std::string names;
        for (const auto& i : inputs) names += (names.empty() ? "" : ", ") + i.input;
        throw std::invalid_argument("the tariff of " + code + " does not use `" + input_name + "`; it uses " + names);
    }
    const ProductPrice price = base.cost().price(*product);
    Solution solution;
    solution.code = code;
    solution.name = product->name;
    solution.unit = base.model().method.find_kind(product->kind)->units.front().unit;
    solution.input = input->input;
    solution.input_text = input->text;
    solution.input_value = input->value;
    solution.tariff = price.tariff->value;
    solution.target = target;
    const auto& rounding = price.tariff->definition->rounding;
    if (rounding) solution.rounding = rounding->describe();
    if (rounding && rounding->apply(target) != target)
        throw std::invalid_argument("no tariff is " + target.to_exact_decimal().value_or(target.to_fraction_string()) +
                                    ": the rule rounds it with " + rounding->describe());
    OneInputVariants variants(model);
    const engine::Moebius tariff = tariff_function(variants, *input, code, price.tariff_exact->value);
    solution.exact = tariff.inverse(target);
    const engine::Range* range = input_range(model, input_name);
    if (range) solution.range = range->text;
    if (solution.exact && range) solution.in_range = range->contains(*solution.exact);
    // The rounded tariff is the target for the inputs between the inverses of its bounds.
    const auto [low, high] = rounding_to(target, rounding);
    const auto x_low = tariff.inverse(low.value), x_high = tariff.inverse(high.value);
    // A rule that rounds in its formula (`round(tariff_exact, 2)`) gives no rounding to invert: the exact value only.
    const bool known_rounding = rounding || price.tariff->value == price.tariff_exact->value;
    if (solution.exact && x_low && x_high && known_rounding) {
        Bound a{*x_low, low.closed}, b{*x_high, high.closed};
        if (b.value < a.value) std::swap(a, b);
        solution.from = a;
        solution.to = b;
    }
    if (!solution.in_range && range)
        for (const auto& [end, closed] : {std::pair{range->low, !range->low_open}, std::pair{range->high, !range->high_open}})
            if (end && closed)
                if (Variant* variant = variants.with(input_name, *end)) {
                    try {
                        solution.range_ends.push_back({*end, variant->cost().price(*variant->model().find_product(code)).tariff->value});
                    } catch (const engine::InputError&) {
                    }
                }
    return solution;
}

}  // namespace tariffs
