#include "tariffs/pricing/trajectory_price.hpp"

#include "engine/diagnostic.hpp"
#include "engine/interpreter.hpp"
#include "engine/rounding.hpp"
#include "engine/text_check.hpp"

#include <algorithm>
#include <map>

namespace tariffs {

namespace {

using engine::Number;

class TrajectoryPricer {
public:
    TrajectoryPricer(const Model& model, int year, const ProductTariff& tariff_of)
        : model_(model), year_(year), tariff_of_(tariff_of) {}

    // The loader refuses a trajectory that contains itself, so this ends.
    const TrajectoryPrice& price(const Trajectory& trajectory) {
        if (auto it = done_.find(&trajectory); it != done_.end()) return it->second;
        TrajectoryPrice result = price_trajectory(trajectory, year_, [&](const std::string& code) {
            if (const Product* product = model_.find_product(code)) return tariff_of_(*product);
            return price(*model_.find_trajectory(code)).price;
        });
        return done_.emplace(&trajectory, std::move(result)).first->second;
    }

private:
    const Model& model_;
    int year_;
    const ProductTariff& tariff_of_;
    std::map<const Trajectory*, TrajectoryPrice> done_;
};

}  // namespace

namespace {

// A trajectory's cost is held to the bound of every derived value: volumes
// taken through trajectories nested in one another multiply.
// `what` says which value, when it has to.
template <typename What>
void check_size(const Number& value, const Trajectory& trajectory, const engine::SourcePos& pos, const What& what) {
    if (value.digits() > engine::max_value_digits)
        throw engine::InputError(pos, engine::msg("{what} of trajectory `{code}` grows beyond {digits} digits; a value "
                                                  "that runs away is refused",
                                                  {engine::arg("what", what()), engine::arg("code", trajectory.code),
                                                   engine::arg("digits", static_cast<long long>(engine::max_value_digits))}));
}

}  // namespace

TrajectoryPrice price_trajectory(const Trajectory& trajectory, int year, const ComponentPrice& price_of) {
    TrajectoryPrice result;
    result.trajectory = &trajectory;
    result.year = year;
    for (const auto& phase : trajectory.phases) {
        PhaseCost cost;
        cost.phase = &phase;
        for (const auto& component : phase.components) {
            const Number tariff = price_of(component.code);
            cost.components.push_back({&component, tariff, component.volume * tariff});
            check_size(cost.components.back().cost, trajectory, component.volume_pos, [&] {
                return engine::msg("the cost of `{code}` in phase {phase}",
                                   {engine::arg("code", component.code), engine::arg("phase", engine::quote(phase.name))});
            });
            cost.cost += cost.components.back().cost;
        }
        check_size(cost.cost, trajectory, phase.pos, [&] {
            return engine::msg("the cost of phase {phase}", {engine::arg("phase", engine::quote(phase.name))});
        });
        result.phases.push_back(std::move(cost));
    }
    for (const auto& path : trajectory.paths) {
        PathCost cost{&path, Number(0)};
        for (std::size_t phase : path.phases) cost.cost += result.phases[phase].cost;
        check_size(cost.cost, trajectory, path.pos, [&] {
            return engine::msg("the cost of path {path}", {engine::arg("path", engine::quote(path.name))});
        });
        result.expected_cost += path.share * cost.cost;
        result.paths.push_back(std::move(cost));
    }
    check_size(result.expected_cost, trajectory, trajectory.pos, [] { return engine::msg("the expected cost"); });
    result.surcharge = result.expected_cost * trajectory.coordination_surcharge;
    result.price = engine::round_places(result.expected_cost + result.surcharge, 2, engine::RoundingMode::half_up);
    check_size(result.price, trajectory, trajectory.pos, [] { return engine::msg("the price"); });
    return result;
}

std::vector<std::string> component_codes(const Trajectory& trajectory) {
    std::vector<std::string> codes;
    for (const auto& phase : trajectory.phases)
        for (const auto& component : phase.components)
            if (std::find(codes.begin(), codes.end(), component.code) == codes.end()) codes.push_back(component.code);
    return codes;
}

std::vector<TrajectoryPrice> price_trajectories(const Model& model, int year, const ProductTariff& tariff_of,
                                                const std::unordered_set<std::string>* only) {
    TrajectoryPricer pricer(model, year, tariff_of);
    std::vector<TrajectoryPrice> prices;
    prices.reserve(model.trajectories.size());
    for (const auto& trajectory : model.trajectories)
        if (!only || only->count(trajectory.code)) prices.push_back(pricer.price(trajectory));
    return prices;
}

std::unordered_set<std::string> with_components(const Model& model, std::unordered_set<std::string> codes) {
    std::vector<std::string> pending(codes.begin(), codes.end());
    while (!pending.empty()) {
        const Trajectory* trajectory = model.find_trajectory(pending.back());
        pending.pop_back();
        if (!trajectory) continue;
        for (const auto& phase : trajectory->phases)
            for (const auto& component : phase.components)
                if (codes.insert(component.code).second) pending.push_back(component.code);
    }
    return codes;
}

}  // namespace tariffs
