// METHOD.md §6: a provider's budget is Σ round(tariff × volume, 2) plus
// availability, per year; the providers together are checked against the frame.
#include "engine/decimal.hpp"
#include "tariffs/pricing/budgets.hpp"
#include "tariffs/pricing/cost_model.hpp"
#include "tariffs/pricing/indexed_tariffs.hpp"
#include "tariffs/model/model_loader.hpp"

#include "cli_runner.hpp"

#include <catch2/catch.hpp>

#include <fstream>
#include <string>
#include <unordered_set>

namespace {

std::string worked_example_text() {
    return test::read_text(test::source_dir() + "/models/examples/worked-example.yaml");
}

tariffs::Budgets budgets_of(const tariffs::Model& model) {
    tariffs::CostModel cost(model);
    return tariffs::compute_budgets(model, tariffs::index_tariffs(cost, model.until));
}

std::string cents(const engine::Number& value) { return engine::format_decimal(value, 2); }

// The worked example with one text replaced.
std::string changed(const std::string& from, const std::string& to) {
    std::string text = worked_example_text();
    text.replace(text.find(from), from.size(), to);
    return text;
}

std::vector<engine::Diagnostic> problems_of(const std::string& text) {
    try {
        const tariffs::Model model = tariffs::parse_model(text, "budget.yaml");
        budgets_of(model);
    } catch (const engine::InputError& e) {
        return e.diagnostics().sorted();
    }
    return {};
}

}  // namespace

TEST_CASE("the worked example's budgets are 4054450.50, 4062945.88 and 4046019.94", "[budget][worked]") {
    const tariffs::Model model = tariffs::load_model(test::source_dir() + "/models/examples/worked-example.yaml");
    const tariffs::Budgets budgets = budgets_of(model);
    REQUIRE(budgets.providers.size() == 1);
    const auto& horizon = budgets.providers.front();
    // 2025: 295.99 × 10950 = 3241090.50; 82.92 × 8000 = 663360.00; + 150000.00
    CHECK(cents(horizon.find(2025)->total) == "4054450.50");
    // 2026: 307.39 × 10402.5 = 3197624.475 → 3197624.48; 86.11 × 8240 = 709546.40; + 155775.00
    CHECK(cents(horizon.find(2026)->lines[0].amount) == "3197624.48");
    CHECK(cents(horizon.find(2026)->availability) == "155775.00");
    CHECK(cents(horizon.find(2026)->total) == "4062945.88");
    // 2027: 316.92 × 9882.375 = 3131922.285 → 3131922.29; 88.78 × 8487.2 = 753493.616 → 753493.62;
    // availability 155775.00 × 1.031 = 160604.025 → 160604.03
    CHECK(cents(horizon.find(2027)->lines[1].amount) == "753493.62");
    CHECK(cents(horizon.find(2027)->availability) == "160604.03");
    CHECK(cents(horizon.find(2027)->total) == "4046019.94");
}

TEST_CASE("volumes are exact: the average of the history, changed by each year's target", "[budget][worked]") {
    const tariffs::Model model = tariffs::load_model(test::source_dir() + "/models/examples/worked-example.yaml");
    const tariffs::Budgets budgets = budgets_of(model);
    const auto& horizon = budgets.providers.front();
    // (10950 + 11315 + 10585) / 3 = 10950; × 0.95 = 10402.5; × 0.95 = 9882.375
    CHECK(*horizon.find(2025)->lines[0].volume.to_exact_decimal() == "10950");
    CHECK(*horizon.find(2026)->lines[0].volume.to_exact_decimal() == "10402.5");
    CHECK(*horizon.find(2027)->lines[0].volume.to_exact_decimal() == "9882.375");
    // 8000 × 1.03 × 1.03 = 8487.2
    CHECK(*horizon.find(2027)->lines[1].volume.to_exact_decimal() == "8487.2");
}

TEST_CASE("a year over its frame is flagged with the amount it is over", "[budget][worked]") {
    const tariffs::Model model = tariffs::load_model(test::source_dir() + "/models/examples/worked-example.yaml");
    const tariffs::Budgets budgets = budgets_of(model);
    CHECK_FALSE(budgets.frame(2025)->frame.has_value());
    CHECK(cents(*budgets.frame(2026)->headroom) == "137054.12");
    CHECK_FALSE(budgets.frame(2026)->over());
    CHECK(cents(*budgets.frame(2027)->headroom) == "-46019.94");
    CHECK(budgets.frame(2027)->over());
}

TEST_CASE("budget --strict exits 3 when a frame is exceeded, 0 without --strict", "[budget][cli]") {
    const auto strict = test::run_tariff({"budget", "models/examples/worked-example.yaml", "--strict"});
    CHECK(strict.exit_code == 3);
    CHECK_THAT(strict.out, Catch::Contains("OVER FRAME"));
    CHECK(test::run_tariff({"budget", "models/examples/worked-example.yaml"}).exit_code == 0);
    CHECK(test::run_tariff({"budget", "models/examples/worked-example.yaml", "--strict", "--year", "2026"}).exit_code == 0);
}

TEST_CASE("a volume history with a gap is a located error", "[budget][validation]") {
    const auto problems = problems_of(changed("{2022: 10950, 2023: 11315, 2024: 10585}", "{2022: 10950, 2024: 10585}"));
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].pos.to_string() == "budget.yaml:74:27");
    CHECK(problems[0].message.english() ==
          "the volume history of VBL has no figure for 2023: the average over 2022–2024 needs every year");
}

TEST_CASE("a negative volume is refused where it is written", "[budget][validation]") {
    const auto problems = problems_of(changed("volume: 8000", "volume: -8000"));
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].pos.to_string() == "budget.yaml:77:19");
    CHECK(problems[0].message.english() == "a volume cannot be negative: -8000");
}

TEST_CASE("a budget line must name a product of the model", "[budget][validation]") {
    const auto problems = problems_of(changed("- product: AMB-U", "- product: AMB-UX"));
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].message.english() == "unknown product `AMB-UX` (did you mean `AMB-U`?)");
}

TEST_CASE("a municipality without the metrics a key needs is a located error", "[allocation][cli]") {
    const std::string text = changed("{young_people: {2023: 12, 2024: 15, 2025: 11}}", "{young_people: {2023: 12, 2025: 11}}");
    const std::string dir = test::make_temp_dir();
    const std::string path = dir + "/gap.yaml";
    std::ofstream(path) << text;
    const auto result = test::run_tariff({"allocate", path, "--key", "moving_average", "--year", "2026"});
    CHECK(result.exit_code == 1);
    CHECK_THAT(result.err, Catch::Contains(path + ":87:5: error: Oostwold has no young_people for 2024"));
    CHECK(result.out.empty());
}

TEST_CASE("a budget needs only the products its lines use indexed, and gives the same amounts", "[budget]") {
    const tariffs::Model model = tariffs::load_model(test::source_dir() + "/models/examples/region.yaml");
    const std::unordered_set<std::string> codes = tariffs::budgeted_products(model);
    CHECK(codes.count("VBL-Z") == 1);
    CHECK(codes.count("GZH") == 1);
    CHECK(codes.size() < model.products.size());  // the region budgets some of its products

    tariffs::CostModel cost(model);
    const tariffs::IndexedTariffs all = tariffs::index_tariffs(cost, model.until);
    const tariffs::IndexedTariffs some = tariffs::index_tariffs(cost, model.until, &codes);
    CHECK(some.products.size() == codes.size());
    for (const auto& product : some.products) CHECK(codes.count(product.product->code) == 1);
    CHECK(some.find("VBL-Z") != nullptr);

    const tariffs::Budgets from_all = tariffs::compute_budgets(model, all);
    const tariffs::Budgets from_some = tariffs::compute_budgets(model, some);
    REQUIRE(from_all.frames.size() == from_some.frames.size());
    for (std::size_t i = 0; i < from_all.frames.size(); ++i) {
        CHECK(cents(from_all.frames[i].total) == cents(from_some.frames[i].total));
    }
}

TEST_CASE("products with the same weights share each year's index, step for step", "[budget][indexation]") {
    const tariffs::Model model = tariffs::load_model(test::source_dir() + "/models/examples/region.yaml");
    tariffs::CostModel cost(model);
    const tariffs::IndexedTariffs indexed = tariffs::index_tariffs(cost, model.until);
    for (const auto& product : indexed.products)
        for (const auto& year : product.years) {
            if (!year.index) continue;
            // The product's step is what its weights give for the year, computed on its own.
            const tariffs::IndexStep own = tariffs::compute_index(model.indexation, product.weights, year.year);
            CHECK(year.index->index == own.index);
            CHECK(year.index->correction == own.correction);
        }
}

TEST_CASE("a transformation target below -100% is refused: it would make the volume negative", "[budget]") {
    const auto problems = problems_of(changed("change: {2026: -5%, 2027: -5%}", "change: {2026: -150%, 2027: -5%}"));
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].pos.to_string() == "budget.yaml:75:26");
    CHECK(problems[0].message.english() == "a transformation target of -150% would make the volume negative; −100% ends the care");
    // −100% ends the care: a volume of 0 from that year on, no error.
    CHECK(problems_of(changed("change: {2026: -5%, 2027: -5%}", "change: {2026: -100%}")).empty());
}
