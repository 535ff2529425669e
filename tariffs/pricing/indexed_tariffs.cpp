#include "tariffs/pricing/indexed_tariffs.hpp"

namespace tariffs {

using engine::Number;

const YearTariff* IndexedProduct::find(int year) const {
    for (const auto& y : years)
        if (y.year == year) return &y;
    return nullptr;
}

const IndexedProduct* IndexedTariffs::find(const std::string& code) const {
    auto it = positions.find(code);
    return it == positions.end() ? nullptr : &products[it->second];
}

const TrajectoryPrice* IndexedTrajectory::find(int year) const {
    for (const auto& y : years)
        if (y.year == year) return &y;
    return nullptr;
}

const IndexedTrajectory* IndexedTariffs::find_trajectory(const std::string& code) const {
    for (const auto& trajectory : trajectories)
        if (trajectory.trajectory->code == code) return &trajectory;
    return nullptr;
}

const engine::Number* IndexedTariffs::price_of(const std::string& code, int year) const {
    if (const IndexedProduct* product = find(code)) {
        const YearTariff* in_year = product->find(year);
        return in_year ? &in_year->price : nullptr;
    }
    if (const IndexedTrajectory* trajectory = find_trajectory(code)) {
        const TrajectoryPrice* in_year = trajectory->find(year);
        return in_year ? &in_year->price : nullptr;
    }
    return nullptr;
}

const IndexStep* IndexedTariffs::index_of(int year) const {
    for (const auto& step : default_index)
        if (step.year == year) return &step;
    return nullptr;
}

void require_indexation(const Model& model, int last_year) {
    if (last_year > model.year && !model.indexation.present)
        throw engine::InputError(SourcePos{engine::make_file_name(model.file), 1, 1},
                                 engine::msg("indexing to {year} needs an `indexation` section in the model",
                                             {engine::arg("year", static_cast<long long>(last_year))}));
}

IndexSteps::IndexSteps(int base_year, int last_year)
    : first_year_(base_year + 1), last_year_(last_year), steps_(std::make_shared<Steps>()) {}

const std::vector<IndexStep>& IndexSteps::steps(const IndexPolicy& policy, const ResolvedWeights& weights) {
    std::string key = policy.name + '|';
    for (const auto& [component, weight] : weights) key += component + '=' + weight.to_fraction_string() + ';';
    auto [it, added] = steps_->try_emplace(std::move(key));
    if (added)
        for (int year = first_year_; year <= last_year_; ++year) it->second.push_back(compute_index(policy, weights, year));
    return it->second;
}

namespace {

// The share that weighs the wage index, where the product's weights follow it.
// A product whose tariff has no staff cost has none: it gives its own weights.
Number personnel_share_of(const ProductPrice& base, const IndexPolicy& policy) {
    const Product& product = *base.product;
    if (!chosen_weights(policy, product.index_weights, product.kind).by_personnel_share) return Number(0);
    if (!base.personnel_share)
        throw engine::InputError(product.pos,
                                 engine::msg("product `{code}` is indexed by its personnel share, but its tariff has no "
                                             "staff cost to take the share from: give it its own `index_weights`, "
                                             "e.g. {example}",
                                             {engine::arg("code", product.code), engine::arg("example", "{OVA: 90%, PPC: 10%}")}));
    return base.personnel_share->value;
}

}  // namespace

IndexedProduct index_product(CostModel& cost_model, const ProductPrice& base, const IndexPolicy& indexation,
                             IndexSteps& cache, engine::Evaluation& values) {
    const Model& model = cost_model.model();
    const int last_year = cache.last_year();
    const IndexPolicy& policy = indexation.for_product(base.product->kind, base.product->group);
    IndexedProduct indexed;
    indexed.product = base.product;
    indexed.base = base;
    indexed.policy = &policy;
    indexed.weights = resolve_weights(policy, base.product->index_weights, base.product->kind,
                                      personnel_share_of(base, policy));
    indexed.years.push_back({model.year, nullptr, base.tariff.value, base.exact_tariff(), base.price.value});
    // Direct indexation multiplies the exact base-year tariff by every factor and rounds once.
    Number direct_factor = 1;
    const std::vector<IndexStep>& steps = cache.steps(policy, indexed.weights);
    for (int year = model.year + 1; year <= last_year; ++year) {
        YearTariff next;
        next.year = year;
        next.index = &steps[static_cast<std::size_t>(year - model.year - 1)];
        const Number factor = Number(1) + next.index->index;
        if (policy.method == IndexMethod::direct) {
            direct_factor = direct_factor * factor;
            next.unrounded = base.exact_tariff() * direct_factor;
        } else {
            next.unrounded = indexed.years.back().tariff * factor;
        }
        next.tariff = policy.round_tariff.apply(next.unrounded);
        next.price = cost_model.price_for_tariff(*base.product, next.tariff, values);
        indexed.years.push_back(std::move(next));
    }
    return indexed;
}

namespace {

void index_trajectories(const Model& model, const std::unordered_set<std::string>* only, IndexedTariffs& result) {
    for (const auto& trajectory : model.trajectories)
        if (!only || only->count(trajectory.code)) result.trajectories.push_back({&trajectory, {}});
    if (result.trajectories.empty()) return;
    for (int year = result.base_year; year <= result.last_year; ++year) {
        const auto tariff_of = [&](const Product& product) { return *result.price_of(product.code, year); };
        std::vector<TrajectoryPrice> prices = price_trajectories(model, year, tariff_of, only);
        for (std::size_t i = 0; i < prices.size(); ++i) result.trajectories[i].years.push_back(std::move(prices[i]));
    }
}

}  // namespace

IndexedTariffs index_tariffs(CostModel& cost_model, int last_year, const std::unordered_set<std::string>* only) {
    const engine::Diagnostics problems = cost_model.check();  // every problem of the model at once
    if (!problems.empty()) throw engine::InputError(problems);
    return index_tariffs(cost_model, cost_model.values(), cost_model.model().indexation, last_year, only);
}

IndexedTariffs index_tariffs(CostModel& cost_model, engine::Evaluation& values, const IndexPolicy& indexation,
                             int last_year, const std::unordered_set<std::string>* only) {
    const Model& model = cost_model.model();
    require_indexation(model, last_year);
    IndexedTariffs result;
    result.base_year = model.year;
    result.last_year = last_year;
    result.default_weights = resolve_weights(indexation, std::nullopt, "", Number(0));
    IndexSteps cache(model.year, last_year);
    result.default_index = cache.steps(indexation, result.default_weights);
    std::optional<std::unordered_set<std::string>> needed;
    if (only) needed = with_components(model, *only);
    result.products.reserve(model.products.size());
    // The model's own prices are those its check computed.
    const std::vector<ProductPrice>* priced = &values == &cost_model.values() ? &cost_model.price_all() : nullptr;
    for (std::size_t i = 0; i < model.products.size(); ++i) {
        const Product& product = model.products[i];
        if (needed && !needed->count(product.code)) continue;
        result.positions.emplace(product.code, result.products.size());
        result.products.push_back(index_product(cost_model, priced ? (*priced)[i] : cost_model.price(product, values),
                                                indexation, cache, values));
    }
    result.steps = cache.all();
    index_trajectories(model, needed ? &*needed : nullptr, result);
    return result;
}

}  // namespace tariffs
