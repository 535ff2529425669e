#include "tariffs/analyses/model_comparison.hpp"

#include "engine/shapley.hpp"
#include "tariffs/analyses/variant.hpp"

#include <algorithm>
#include <map>
#include <memory>
#include <numeric>

namespace tariffs {

namespace {

using engine::Number;

// A player in the attribution: one input, or every input of a section.
struct Player {
    std::string name;
    std::vector<std::size_t> changes;  // indexes into the comparison's changes
};

bool reaches(const InputChange& change, const Product* old_product, const Product& product, int year, int base_year) {
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

// The old model with any set of the changes applied, computed once per set.
// `start` holds only the product compared: each variant then prices one
// product, and the work grows with the products, not with their square.
class Variants {
public:
    Variants(Model start, const std::vector<InputChange>& changes) : start_(std::move(start)), changes_(changes) {}

    Number price(const std::vector<std::size_t>& applied, const std::string& code, int year) {
        auto it = cache_.find(applied);
        if (it == cache_.end()) {
            Model model = start_;
            for (std::size_t index : applied) changes_[index].apply(model);
            it = cache_.emplace(applied, std::make_unique<Variant>(std::move(model), Variant::Check::lazily)).first;
        }
        return it->second->price(code, year);
    }

private:
    const Model start_;
    const std::vector<InputChange>& changes_;
    std::map<std::vector<std::size_t>, std::unique_ptr<Variant>> cache_;
};

// The old model without its products and what only budgets and allocation
// need: a variant of it with one product added prices that product alone.
Model skeleton_of(const Model& model) {
    Model skeleton = model;
    skeleton.products.clear();
    skeleton.product_positions.clear();
    skeleton.budgets = {};
    skeleton.municipalities.clear();
    skeleton.scenarios.clear();
    skeleton.trajectories.clear();  // priced from products the skeleton lacks
    return skeleton;
}

Model with_product(const Model& skeleton, const Product& product) {
    Model model = skeleton;
    model.add_product(product);
    return model;
}

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

void attribute(ProductComparison& line, const std::vector<InputChange>& changes, const std::vector<Player>& players,
               Variants& variants, int year) {
    const auto coalition_price = [&](unsigned coalition) {
        std::vector<std::size_t> applied;
        for (std::size_t p = 0; p < players.size(); ++p)
            if (coalition & (1u << p)) applied.insert(applied.end(), players[p].changes.begin(), players[p].changes.end());
        std::sort(applied.begin(), applied.end());
        return variants.price(applied, line.code, year);
    };
    std::vector<Number> values;
    try {
        values = engine::shapley_values(static_cast<int>(players.size()), coalition_price);
    } catch (const engine::InputError& error) {
        // Some inputs only work together (a new rule that needs a new parameter).
        line.note = "the changed inputs cannot be varied one by one here: with only some of them, " +
                    error.diagnostics().sorted().front().message;
        return;
    }
    const Number all = std::accumulate(values.begin(), values.end(), Number());
    if (all != line.difference()) {
        line.note = "the inputs compared do not account for the whole difference";
        return;
    }
    const std::vector<Number> cents = engine::cents_keeping_sum(values);
    for (std::size_t p = 0; p < players.size(); ++p) {
        ChangePart part{players[p].name, "", "", values[p], cents[p]};
        if (players[p].changes.size() == 1) {
            part.old_text = changes[players[p].changes[0]].old_text;
            part.new_text = changes[players[p].changes[0]].new_text;
        }
        line.parts.push_back(std::move(part));
    }
    std::stable_sort(line.parts.begin(), line.parts.end(), [](const ChangePart& a, const ChangePart& b) {
        return a.exact.magnitude() > b.exact.magnitude();
    });
}

}  // namespace

Number ProductComparison::difference() const { return new_price.value_or(Number()) - old_price.value_or(Number()); }

ModelComparison compare_models(const Model& old_model, const Model& new_model, int year) {
    ModelComparison comparison;
    comparison.year = year;
    comparison.old_file = old_model.file;
    comparison.new_file = new_model.file;
    const Model start = with_new_parts(old_model, new_model);
    comparison.changes = diff_models(start, new_model);
    Variant old_variant(start), new_variant(new_model);
    const Model skeleton = skeleton_of(start);

    for (const auto& product : new_model.products) {
        const Product* old_product = old_model.find_product(product.code);
        ProductComparison line{product.code, product.name, product.unit, std::nullopt,
                               new_variant.price(product.code, year), {}, false, ""};
        if (!old_product) {
            line.parts.push_back({"product added", "", "", line.difference(), line.difference()});
            comparison.products.push_back(std::move(line));
            continue;
        }
        line.old_price = old_variant.price(product.code, year);
        if (*line.old_price == *line.new_price) {
            ++comparison.unchanged;
            continue;
        }
        std::vector<std::size_t> reaching;
        for (std::size_t i = 0; i < comparison.changes.size(); ++i)
            if (reaches(comparison.changes[i], old_product, product, year, new_model.year)) reaching.push_back(i);
        Variants variants(with_product(skeleton, *start.find_product(product.code)), comparison.changes);
        line.grouped = reaching.size() > static_cast<std::size_t>(max_attributed_inputs);
        attribute(line, comparison.changes, players_for(comparison.changes, reaching, line.grouped), variants, year);
        if (!line.note.empty() && !line.grouped) {
            // Inputs that only work together (a new rule and the units that name it) often share a section.
            ProductComparison grouped = line;
            grouped.note.clear();
            grouped.grouped = true;
            attribute(grouped, comparison.changes, players_for(comparison.changes, reaching, true), variants, year);
            if (grouped.note.empty()) line = std::move(grouped);
        }
        comparison.products.push_back(std::move(line));
    }
    for (const auto& product : old_model.products)
        if (!new_model.find_product(product.code)) {
            ProductComparison line{product.code, product.name, product.unit, old_variant.price(product.code, year),
                                   std::nullopt, {}, false, ""};
            line.parts.push_back({"product removed", "", "", line.difference(), line.difference()});
            comparison.products.push_back(std::move(line));
        }
    comparison.budgets = compare_budgets(start, new_model, comparison.changes);
    return comparison;
}

}  // namespace tariffs
