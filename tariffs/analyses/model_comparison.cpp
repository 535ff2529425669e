#include "tariffs/analyses/model_comparison.hpp"

#include "engine/shapley.hpp"
#include "tariffs/analyses/coalition_prices.hpp"
#include "tariffs/analyses/variant.hpp"
#include "tariffs/pricing/trajectory_price.hpp"

#include <algorithm>
#include <map>
#include <memory>
#include <numeric>
#include <unordered_map>
#include <unordered_set>

namespace tariffs {

namespace {

using engine::Number;

// One player per change, or per section when `grouped`.
std::vector<Player> players_for(const std::vector<InputChange>& changes, const std::vector<std::size_t>& reaching,
                                bool grouped) {
    std::vector<Player> players;
    for (std::size_t index : reaching) {
        if (!grouped) {
            players.push_back({changes[index].name, {index}});
            continue;
        }
        const std::string& section = changes[index].section;
        auto it = std::find_if(players.begin(), players.end(), [&](const Player& p) { return p.name == section; });
        if (it == players.end()) players.push_back({section, {index}});
        else it->changes.push_back(index);
    }
    return players;
}

// A change that is not a value reaches what the model structure says it does.
bool reaches_by_place(const InputChange& change, const Product* old_product, const Product& product, int year,
                      int base_year) {
    switch (change.reach) {
        case InputChange::Reach::every_product: return true;
        case InputChange::Reach::product: return change.owner == product.code;
        case InputChange::Reach::indexed_years: return year > base_year && (change.owner.empty() || change.owner == product.code);
        case InputChange::Reach::kind:
            return product.kind == change.owner || (old_product && old_product->kind == change.owner);
        case InputChange::Reach::staff_level: break;
    }
    const auto in_mix = [&](const Product* p) {
        return p && std::any_of(p->staff_mix.begin(), p->staff_mix.end(),
                                [&](const StaffShare& share) { return share.role == change.owner; });
    };
    return in_mix(old_product) || in_mix(&product);
}

// Which items (products, then trajectories, by code) each change reaches.
class Reach {
public:
    Reach(CostModel& start, CostModel& new_model, const std::vector<InputChange>& changes, int year)
        : start_(start), new_(new_model), changes_(changes), year_(year) {
        for (const auto& change : changes) is_value_.push_back(change_slots(start, change).has_value());
    }

    std::vector<std::size_t> of_product(const Product& product) {
        const Product* old_product = start_.model().find_product(product.code);
        std::vector<std::size_t> reaching;
        for (std::size_t i = 0; i < changes_.size(); ++i) {
            const bool reached = is_value_[i] ? read_by(start_, i, product.code) || read_by(new_, i, product.code)
                                              : reaches_by_place(changes_[i], old_product, product, year_, start_.model().year);
            if (reached) reaching.push_back(i);
        }
        return reaching;
    }

    // A trajectory is reached by whatever reaches one of its components, at any depth.
    std::vector<std::size_t> of_trajectory(const Trajectory& trajectory) {
        std::vector<std::size_t> reaching;
        for (const auto& code : component_codes(trajectory)) {
            std::vector<std::size_t> more;
            if (const Product* product = new_.model().find_product(code)) more = of_product(*product);
            else if (const Trajectory* inner = new_.model().find_trajectory(code)) more = of_trajectory(*inner);
            reaching.insert(reaching.end(), more.begin(), more.end());
        }
        std::sort(reaching.begin(), reaching.end());
        reaching.erase(std::unique(reaching.begin(), reaching.end()), reaching.end());
        return reaching;
    }

private:
    // Whether the compiled `model` reads change `index`'s value on the way to the product `code`'s price.
    bool read_by(CostModel& model, std::size_t index, const std::string& code) {
        auto [reached, added] = reached_.try_emplace({&model, index});
        if (added)
            if (const auto slots = change_slots(model, changes_[index])) {
                const std::unordered_map<engine::NodeId, std::string>& owners = product_nodes(model);
                for (engine::NodeId node : model.graph().reach(*slots))
                    if (auto owner = owners.find(node); owner != owners.end()) reached->second.insert(owner->second);
            }
        return reached->second.count(code) > 0;
    }

    std::unordered_map<engine::NodeId, std::string>& product_nodes(CostModel& model) {
        auto& nodes = products_[&model];
        if (nodes.empty())
            for (const auto& product : model.model().products) {
                const ProductNodes& of = model.nodes(product);
                for (const auto& node : {std::optional(of.price), std::optional(of.tariff), of.tariff_exact, of.personnel_share})
                    if (node) nodes.emplace(*node, product.code);
            }
        return nodes;
    }

    CostModel& start_;
    CostModel& new_;
    const std::vector<InputChange>& changes_;
    int year_;
    std::vector<bool> is_value_;  // each change: a new value for nodes of the start model
    std::map<std::pair<CostModel*, std::size_t>, std::unordered_set<std::string>> reached_;  // the products each change reaches
    std::map<CostModel*, std::unordered_map<engine::NodeId, std::string>> products_;
};

// The split of each difference over the changes that reach it. Items reached
// by the same changes are priced together, coalition by coalition.
class Attribution {
public:
    Attribution(CostModel& start, const std::vector<InputChange>& changes, int year)
        : changes_(changes), prices_(start, changes, year) {}

    void add(ProductComparison line, std::vector<std::size_t> reaching) {
        groups_[reaching].push_back(std::move(line));
    }

    // Each line split (in the order added), or with a note where it cannot be.
    std::vector<ProductComparison> run() {
        std::vector<ProductComparison> done;
        for (auto& [reaching, lines] : groups_) {
            const bool grouped = reaching.size() > static_cast<std::size_t>(max_attributed_inputs);
            const std::vector<Player> players = players_for(changes_, reaching, grouped);
            // A few items at a time, so the table of their prices stays small at any size of model.
            for (std::size_t first = 0; first < lines.size(); first += items_at_once) {
                const std::size_t last = std::min(lines.size(), first + items_at_once);
                std::vector<std::string> codes;
                for (std::size_t item = first; item < last; ++item) codes.push_back(lines[item].code);
                const CoalitionTable table = prices_.prices(codes, players);
                for (std::size_t item = first; item < last; ++item) {
                    ProductComparison& line = lines[item];
                    line.grouped = grouped;
                    split(line, players, table, item - first);
                    if (!line.note.empty() && !grouped) retry_by_section(line, reaching);
                    done.push_back(std::move(line));
                }
            }
        }
        return done;
    }

private:
    static constexpr std::size_t items_at_once = 64;

    void split(ProductComparison& line, const std::vector<Player>& players, const CoalitionTable& table,
               std::size_t item) {
        line.parts.clear();
        if (!table.problems[item].empty()) {
            // Some inputs only work together (a new rule that needs a new parameter).
            line.note = engine::msg("the changed inputs cannot be varied one by one here: with only some of them, {problem}",
                                    {engine::arg("problem", table.problems[item])});
            return;
        }
        const std::vector<Number> values = engine::shapley_values(
            static_cast<int>(players.size()), [&](unsigned coalition) { return table.prices[item][coalition]; });
        const Number all = std::accumulate(values.begin(), values.end(), Number());
        if (all != line.difference()) {
            line.note = engine::msg("the inputs compared do not account for the whole difference");
            return;
        }
        const std::vector<Number> cents = engine::cents_keeping_sum(values);
        for (std::size_t p = 0; p < players.size(); ++p) {
            ChangePart part{players[p].name, "", "", values[p], cents[p]};
            if (players[p].changes.size() == 1) {
                part.old_text = changes_[players[p].changes[0]].old_text;
                part.new_text = changes_[players[p].changes[0]].new_text;
            }
            line.parts.push_back(std::move(part));
        }
        std::stable_sort(line.parts.begin(), line.parts.end(), [](const ChangePart& a, const ChangePart& b) {
            return a.exact.magnitude() > b.exact.magnitude();
        });
    }

    // Inputs that only work together (a new rule and the units that name it) often share a section.
    void retry_by_section(ProductComparison& line, const std::vector<std::size_t>& reaching) {
        ProductComparison grouped = line;
        grouped.note = engine::Message();
        grouped.grouped = true;
        const std::vector<Player> players = players_for(changes_, reaching, true);
        split(grouped, players, prices_.prices({line.code}, players), 0);
        if (grouped.note.empty()) line = std::move(grouped);
    }

    const std::vector<InputChange>& changes_;
    CoalitionPrices prices_;
    std::map<std::vector<std::size_t>, std::vector<ProductComparison>> groups_;
};

struct Item {
    std::string code, name, unit;
};

}  // namespace

Number ProductComparison::difference() const { return new_price.value_or(Number()) - old_price.value_or(Number()); }

ModelComparison compare_models(CostModel& old_cost, CostModel& new_cost, int year) {
    const Model& old_model = old_cost.model();
    const Model& new_model = new_cost.model();
    ModelComparison comparison;
    comparison.year = year;
    comparison.old_file = old_model.file;
    comparison.new_file = new_model.file;
    // The old model with the staff levels and kinds only the new one has, so that every change can be applied alone.
    std::unique_ptr<ChangedModel> with_parts;
    Model start_model = with_new_parts(old_model, new_model);
    if (start_model.roles.size() != old_model.roles.size() || start_model.method.kinds.size() != old_model.method.kinds.size())
        with_parts = std::make_unique<ChangedModel>(std::move(start_model));
    CostModel& start = with_parts ? *with_parts->cost : old_cost;
    comparison.changes = diff_models(start.model(), new_model);
    Variant old_prices(old_cost), new_prices(new_cost);
    Reach reach(start, new_cost, comparison.changes, year);
    Attribution attribution(start, comparison.changes, year);

    std::vector<Item> items;
    for (const auto& product : new_model.products) items.push_back({product.code, product.name, product.unit});
    for (const auto& trajectory : new_model.trajectories) items.push_back({trajectory.code, trajectory.name, trajectory_unit});
    std::vector<ProductComparison> added, removed;
    for (const auto& item : items) {
        ProductComparison line{item.code, item.name, item.unit, std::nullopt, new_prices.price(item.code, year), {}, false, {}};
        const bool in_old = old_model.find_product(item.code) || old_model.find_trajectory(item.code);
        if (!in_old) {
            line.parts.push_back({"product added", "", "", line.difference(), line.difference()});
            added.push_back(std::move(line));
            continue;
        }
        line.old_price = old_prices.price(item.code, year);
        const Product* product = new_model.find_product(item.code);
        std::vector<std::size_t> reaching =
            product ? reach.of_product(*product) : reach.of_trajectory(*new_model.find_trajectory(item.code));
        if (reaching.empty() && *line.old_price == *line.new_price) {
            ++comparison.unchanged;
            continue;
        }
        attribution.add(std::move(line), std::move(reaching));
    }
    std::vector<ProductComparison> split = attribution.run();
    std::map<std::string, std::size_t> order;  // the new model's order
    for (std::size_t i = 0; i < items.size(); ++i) order[items[i].code] = i;
    split.insert(split.end(), std::make_move_iterator(added.begin()), std::make_move_iterator(added.end()));
    std::stable_sort(split.begin(), split.end(), [&](const ProductComparison& a, const ProductComparison& b) {
        return order[a.code] < order[b.code];
    });
    for (auto& line : split) {
        if (line.difference().sign() != 0 || !line.old_price) comparison.products.push_back(std::move(line));
        else if (std::any_of(line.parts.begin(), line.parts.end(), [](const ChangePart& p) { return p.exact.sign() != 0; }))
            comparison.offsetting.push_back(std::move(line));
        else ++comparison.unchanged;
    }
    for (const auto& product : old_model.products)
        if (!new_model.find_product(product.code)) removed.push_back({product.code, product.name, product.unit,
                                                                       old_prices.price(product.code, year), std::nullopt, {}, false, {}});
    for (const auto& trajectory : old_model.trajectories)
        if (!new_model.find_trajectory(trajectory.code))
            removed.push_back({trajectory.code, trajectory.name, trajectory_unit, old_prices.price(trajectory.code, year),
                               std::nullopt, {}, false, {}});
    for (auto& line : removed) {
        line.parts.push_back({"product removed", "", "", line.difference(), line.difference()});
        comparison.products.push_back(std::move(line));
    }
    comparison.budgets = compare_budgets(start, new_cost, comparison.changes);
    return comparison;
}

}  // namespace tariffs
