// A variant of the compiled model recomputes only what its changed values
// reach: whatever it shares with the model's own evaluation, it must give
// exactly the figures of the model edited by hand and computed from scratch.
// Checked on random models (tests/random_model.hpp) with random changes, one
// variant serving many changes one after another.
#include "engine/coalitions.hpp"
#include "tariffs/analyses/variant.hpp"
#include "tariffs/model/model_loader.hpp"
#include "tariffs/model/overrides.hpp"
#include "tariffs/pricing/cost_model.hpp"

#include "compiled.hpp"
#include "random_model.hpp"

#include <catch2/catch.hpp>

#include <optional>
#include <random>
#include <string>
#include <vector>

namespace {

using engine::Number;

// Every figure of a product or trajectory, or that computing it fails.
struct Figures {
    bool failed = false;
    std::vector<std::optional<Number>> values;  // price, tariff, the build-up's parts, personnel share; then each year's price
    bool operator==(const Figures&) const = default;
};

std::vector<std::optional<Number>> parts(const tariffs::ProductPrice& price) {
    std::vector<std::optional<Number>> values{price.price.value, price.tariff.value, price.exact_tariff()};
    for (const auto* part : {&price.staff_cost, &price.client_cost, &price.overhead, &price.risk, &price.tariff_exact,
                             &price.personnel_share})
        values.push_back(*part ? std::optional((*part)->value) : std::nullopt);
    return values;
}

Figures figures_of(tariffs::Variant& variant, const std::string& code) {
    Figures figures;
    try {
        const tariffs::Model& model = variant.model();
        if (const tariffs::Product* product = model.find_product(code)) figures.values = parts(variant.price(*product));
        for (int year = model.year; year <= model.until; ++year) figures.values.push_back(variant.price(code, year));
    } catch (const engine::InputError&) {
        figures = {true, {}};
    }
    return figures;
}

tariffs::Model with(const tariffs::Model& model, const std::vector<tariffs::Override>& overrides) {
    tariffs::Model changed = model;
    tariffs::apply_overrides(changed, overrides);
    return changed;
}

std::string described(const std::vector<tariffs::Override>& overrides) {
    std::string text;
    for (const auto& o : overrides) text += o.target + "=" + o.value.text + " ";
    return text;
}

}  // namespace

TEST_CASE("a variant gives exactly the figures of the model edited by hand, for random models and changes",
          "[incremental][property]") {
    for (unsigned seed = 1; seed <= 40; ++seed) {
        const test::RandomModel random_model = test::random_model(seed);
        INFO("seed " << seed << "\n" << random_model.yaml);
        const tariffs::Model model = tariffs::parse_model(random_model.yaml, "random.yaml");
        test::Compiled base(model);
        tariffs::Variant variant(base.cost);  // one variant for every change, reset in between
        std::mt19937 random(seed);
        for (int round = 0; round < 6; ++round) {
            const auto overrides = test::random_overrides(random_model, random, 1 + round % 4);
            INFO("changes " << described(overrides));
            variant.reset();
            for (const auto& override : overrides) {
                const auto slots = base.cost.input_slots(override.target);
                REQUIRE(slots);
                variant.set(*slots, override.value.value);
            }
            test::FromScratch edited(with(model, overrides));
            tariffs::Variant scratch(edited.cost());
            for (const auto& code : random_model.codes) {
                INFO(code);
                CHECK(figures_of(variant, code) == figures_of(scratch, code));
            }
        }
    }
}

TEST_CASE("a variant's changes undone by a reset leave the model's own figures", "[incremental][property]") {
    const test::RandomModel random_model = test::random_model(7);
    const tariffs::Model model = tariffs::parse_model(random_model.yaml, "random.yaml");
    test::Compiled base(model);
    tariffs::Variant variant(base.cost), untouched(base.cost);
    std::mt19937 random(7);
    for (const auto& override : test::random_overrides(random_model, random, 5))
        variant.set(*base.cost.input_slots(override.target), override.value.value);
    for (const auto& code : random_model.codes) figures_of(variant, code);  // computed, then dropped
    variant.reset();
    for (const auto& code : random_model.codes) CHECK(figures_of(variant, code) == figures_of(untouched, code));
}

TEST_CASE("each coalition of changed values computed by the nodes they reach is the model edited by hand",
          "[incremental][property]") {
    for (unsigned seed = 100; seed < 115; ++seed) {
        const test::RandomModel random_model = test::random_model(seed);
        INFO("seed " << seed << "\n" << random_model.yaml);
        const tariffs::Model model = tariffs::parse_model(random_model.yaml, "random.yaml");
        test::Compiled base(model);
        std::mt19937 random(seed);
        const auto overrides = test::random_overrides(random_model, random, 4);
        std::vector<engine::Player> players;
        for (const auto& override : overrides) {
            engine::Player player;
            const auto slots = base.cost.input_slots(override.target);
            for (engine::NodeId slot : *slots) player.emplace_back(slot, override.value.value);
            players.push_back(player);
        }
        engine::Coalitions coalitions(base.cost.graph(), base.cost.values(), players);
        for (unsigned coalition = 0; coalition < (1u << overrides.size()); ++coalition) {
            std::vector<tariffs::Override> applied;
            for (std::size_t p = 0; p < overrides.size(); ++p)
                if (coalition & (1u << p)) applied.push_back(overrides[p]);
            INFO("changes " << described(applied));
            test::FromScratch edited(with(model, applied));
            tariffs::Variant scratch(edited.cost());
            for (const auto& product : base.model.products) {  // the compiled model's own
                INFO(product.code);
                std::optional<Number> by_nodes, from_scratch;
                try {
                    by_nodes = coalitions.value(base.cost.nodes(product).price, coalition);
                } catch (const engine::InputError&) {
                }
                try {
                    from_scratch = scratch.price(product.code, model.year);
                } catch (const engine::InputError&) {
                }
                CHECK(by_nodes == from_scratch);
            }
        }
    }
}
