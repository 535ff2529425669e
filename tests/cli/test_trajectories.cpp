// METHOD.md §9: a trajectory's price is the expected cost of its paths, from its
// components' rounded tariffs, plus the coordination surcharge, rounded to cents;
// it is never indexed itself but priced again from each year's tariffs.
#include "engine/decimal.hpp"
#include "tariffs/checks/bid_review.hpp"
#include "tariffs/checks/csv_reader.hpp"
#include "tariffs/model/model_loader.hpp"
#include "tariffs/pricing/budgets.hpp"
#include "tariffs/pricing/cost_model.hpp"
#include "tariffs/pricing/indexed_tariffs.hpp"
#include "tariffs/pricing/price_sheet.hpp"

#include "cli_runner.hpp"

#include <catch2/catch.hpp>

#include <fstream>
#include <string>
#include <vector>

namespace {

std::string exact(const engine::Number& value) { return value.to_exact_decimal().value_or(value.to_fraction_string()); }
std::string cents(const engine::Number& value) { return engine::format_decimal(value, 2); }

std::string worked_example_text() {
    return test::read_text(test::source_dir() + "/models/examples/worked-example.yaml");
}

// The worked example with one text replaced (which must be there).
std::string changed(const std::string& from, const std::string& to) {
    std::string text = worked_example_text();
    const auto at = text.find(from);
    REQUIRE(at != std::string::npos);
    text.replace(at, from.size(), to);
    return text;
}

struct Indexed {
    explicit Indexed(const std::string& text)
        : model(tariffs::parse_model(text, "trajectory.yaml")),
          cost(model),
          tariffs(tariffs::index_tariffs(cost, model.until)) {}
    tariffs::Model model;
    tariffs::CostModel cost;
    tariffs::IndexedTariffs tariffs;

    const tariffs::TrajectoryPrice& price(const std::string& code, int year) const {
        const tariffs::IndexedTrajectory* trajectory = tariffs.find_trajectory(code);
        REQUIRE(trajectory);
        const tariffs::TrajectoryPrice* in_year = trajectory->find(year);
        REQUIRE(in_year);
        return *in_year;
    }
};

// The messages a model's problems give, each with its place.
std::vector<std::string> problems_of(const std::string& text) {
    std::vector<std::string> messages;
    try {
        Indexed indexed(text);
    } catch (const engine::InputError& e) {
        for (const auto& d : e.diagnostics().sorted()) messages.push_back(d.pos.to_string() + ": " + d.message.english());
    }
    return messages;
}

bool any_contains(const std::vector<std::string>& messages, const std::string& part) {
    for (const auto& message : messages)
        if (message.find(part) != std::string::npos) return true;
    return false;
}

}  // namespace

TEST_CASE("the worked trajectory costs 3745.47 in 2025: phases, paths, expected cost and surcharge", "[trajectory][worked]") {
    const Indexed indexed(worked_example_text());
    const tariffs::TrajectoryPrice& trj = indexed.price("TRJ", 2025);
    REQUIRE(trj.phases.size() == 3);
    // start = 12 × 82.92 + 20 × 81.35; follow_up = 8 × 82.92; residential = 14 × 295.99
    CHECK(exact(trj.phases[0].cost) == "2622.04");
    CHECK(exact(trj.phases[1].cost) == "663.36");
    CHECK(exact(trj.phases[2].cost) == "4143.86");
    REQUIRE(trj.paths.size() == 3);
    CHECK(exact(trj.paths[0].cost) == "3285.4");
    CHECK(exact(trj.paths[1].cost) == "2622.04");
    CHECK(exact(trj.paths[2].cost) == "7429.26");
    // 0.7 × 3285.40 + 0.2 × 2622.04 + 0.1 × 7429.26
    CHECK(exact(trj.expected_cost) == "3567.114");
    CHECK(exact(trj.surcharge) == "178.3557");
    CHECK(cents(trj.price) == "3745.47");
}

TEST_CASE("a trajectory is priced again from each year's indexed tariffs: 3889.59 in 2026", "[trajectory][worked]") {
    const Indexed indexed(worked_example_text());
    const tariffs::TrajectoryPrice& trj = indexed.price("TRJ", 2026);
    // AMB-U 86.11, DAG 84.48, VBL 307.39
    CHECK(cents(trj.phases[0].components[0].tariff) == "86.11");
    CHECK(exact(trj.phases[0].cost) == "2722.92");
    CHECK(exact(trj.phases[1].cost) == "688.88");
    CHECK(exact(trj.phases[2].cost) == "4303.46");
    CHECK(exact(trj.paths[0].cost) == "3411.8");
    CHECK(exact(trj.paths[2].cost) == "7715.26");
    CHECK(exact(trj.expected_cost) == "3704.37");
    CHECK(cents(trj.price) == "3889.59");
    // Not 3745.47 × 1.0385 = 3889.67: the trajectory itself is never indexed.
    CHECK(cents(indexed.price("TRJ", 2025).price * engine::Number::parse("1.0385").value()) != cents(trj.price));
}

TEST_CASE("the price sheet lists each trajectory priced from the base year's tariffs", "[trajectory]") {
    const tariffs::Model model = tariffs::parse_model(worked_example_text(), "trajectory.yaml");
    tariffs::CostModel cost(model);
    const tariffs::PriceSheet sheet = tariffs::make_price_sheet(model, cost.price_all());
    REQUIRE(sheet.trajectories.size() == 1);
    CHECK(sheet.trajectories[0].trajectory->code == "TRJ");
    CHECK(cents(sheet.trajectories[0].price) == "3745.47");
}

TEST_CASE("a minute product in a trajectory counts its volume in minutes at the minute tariff", "[trajectory]") {
    const Indexed indexed(changed("follow_up:   {AMB-U: 8 hour}", "follow_up:   {AMB-M: 480}"));
    const tariffs::TrajectoryPrice& trj = indexed.price("TRJ", 2025);
    // 480 × 1.38 = 662.40, not 8 × 82.92 = 663.36
    CHECK(cents(trj.phases[1].components[0].tariff) == "1.38");
    CHECK(exact(trj.phases[1].cost) == "662.4");
}

TEST_CASE("a trajectory may take another trajectory at that trajectory's rounded price", "[trajectory]") {
    const std::string inner = "\n  - code: TRJ2\n    name: Twee trajecten\n"
                              "    phases: {twice: {TRJ: 2 output}}\n"
                              "    paths: {all: {share: 1, phases: [twice]}}\n";
    const Indexed indexed(worked_example_text() + inner);
    CHECK(cents(indexed.price("TRJ2", 2025).price) == "7490.94");
    CHECK(cents(indexed.price("TRJ2", 2026).price) == "7779.18");
}

TEST_CASE("a budget line of trajectories costs round(number × price, 2) in each year", "[trajectory][budget]") {
    const Indexed indexed(changed("        - product: AMB-U\n", "        - product: TRJ\n          volume: 10\n"
                                                                 "        - product: AMB-U\n"));
    const tariffs::Budgets budgets = tariffs::compute_budgets(indexed.model, indexed.tariffs);
    const auto& lines = budgets.providers.front().find(2026)->lines;
    REQUIRE(lines.size() == 3);
    CHECK(lines[1].code == "TRJ");
    CHECK(cents(lines[1].tariff) == "3889.59");
    CHECK(cents(lines[1].amount) == "38895.90");
}

TEST_CASE("budget and check-bids index only what their lines need, a trajectory's components included", "[trajectory][budget]") {
    const tariffs::Model model = tariffs::parse_model(worked_example_text(), "trajectory.yaml");
    tariffs::CostModel cost(model);
    const std::unordered_set<std::string> only{"TRJ"};
    const tariffs::IndexedTariffs indexed = tariffs::index_tariffs(cost, model.until, &only);
    CHECK(indexed.find("AMB-U"));
    CHECK(indexed.find("DAG"));
    CHECK(indexed.find("VBL"));
    CHECK_FALSE(indexed.find("AMB-M"));
    REQUIRE(indexed.price_of("TRJ", 2026));
    CHECK(cents(*indexed.price_of("TRJ", 2026)) == "3889.59");
}

TEST_CASE("a bid for a trajectory is checked against the trajectory's price", "[trajectory][bids]") {
    const Indexed indexed(worked_example_text());
    const auto review = tariffs::review_bids(indexed.model, indexed.tariffs, nullptr,
                                             tariffs::parse_csv("provider,product,tariff,unit\nA,TRJ,3600.00,82\n"
                                                                "B,TRJ,4300.00,output\nC,TRJ,3700,hour\n",
                                                                "bids.csv"),
                                             2026);
    REQUIRE(review.lines.size() == 3);
    CHECK(cents(review.lines[0].reference) == "3889.59");
    CHECK(review.lines[0].status == tariffs::BidStatus::within);
    CHECK(review.lines[1].status == tariffs::BidStatus::above_ceiling);
    CHECK(review.lines[2].status == tariffs::BidStatus::unit_mismatch);
}

TEST_CASE("an unknown component is a located error with the nearest code", "[trajectory][validation]") {
    const auto problems = problems_of(changed("{AMB-U: 8 hour}", "{AMB-X: 8 hour}"));
    REQUIRE(problems.size() == 1);
    CHECK(any_contains(problems, "unknown product `AMB-X` in phase `follow_up` of trajectory `TRJ`"));
    CHECK(any_contains(problems, "did you mean `AMB-U`"));
    CHECK(problems[0].rfind("trajectory.yaml:", 0) == 0);
}

TEST_CASE("a share must be above 0", "[trajectory][validation]") {
    const auto problems = problems_of(changed("{share: 20%, phases: [start]}", "{share: -10%, phases: [start]}"));
    CHECK(any_contains(problems, "the share of path `scaled_down` of trajectory `TRJ` must be above 0, not -10%"));
}

TEST_CASE("shares that do not add up to exactly 1 are an error that says their sum", "[trajectory][validation]") {
    const auto problems = problems_of(changed("{share: 20%, phases: [start]}", "{share: 25%, phases: [start]}"));
    REQUIRE(problems.size() == 1);
    CHECK(any_contains(problems, "the shares of the paths of trajectory `TRJ` add up to 1.05, not exactly 1"));
}

TEST_CASE("an empty path is an error", "[trajectory][validation]") {
    const auto problems = problems_of(changed("{share: 20%, phases: [start]}", "{share: 20%, phases: []}"));
    CHECK(any_contains(problems, "path `scaled_down` of trajectory `TRJ` is empty: it takes no phase"));
}

TEST_CASE("an empty phase is an error", "[trajectory][validation]") {
    const auto problems = problems_of(changed("{AMB-U: 8 hour}", "{}"));
    CHECK(any_contains(problems, "phase `follow_up` of trajectory `TRJ` has no components"));
}

TEST_CASE("a volume in a unit the product does not have is an error", "[trajectory][validation]") {
    const auto problems = problems_of(changed("{AMB-U: 8 hour}", "{AMB-U: 8 daypart}"));
    REQUIRE(problems.size() == 1);
    CHECK(any_contains(problems, "the volume of `AMB-U` is in its own unit, hour, not in daypart"));
}

TEST_CASE("a volume must be above 0", "[trajectory][validation]") {
    const auto problems = problems_of(changed("{AMB-U: 8 hour}", "{AMB-U: -8 hour}"));
    CHECK(any_contains(problems, "the volume of `AMB-U` must be above 0, not -8"));
}

TEST_CASE("a trajectory that contains itself is an error that names the way round", "[trajectory][validation]") {
    const std::string inner = "\n  - code: TRJ2\n    name: Twee trajecten\n"
                              "    phases: {twice: {TRJ: 2}}\n"
                              "    paths: {all: {share: 1, phases: [twice]}}\n";
    std::string text = changed("follow_up:   {AMB-U: 8 hour}", "follow_up:   {AMB-U: 8 hour, TRJ2: 1}");
    text += inner;
    const auto cycle = problems_of(text);
    CHECK(any_contains(cycle, "trajectory `TRJ` contains itself: TRJ → TRJ2 → TRJ"));
    CHECK(any_contains(cycle, "trajectory `TRJ2` contains itself: TRJ2 → TRJ → TRJ2"));
}

TEST_CASE("a phase that no path takes is an error", "[trajectory][validation]") {
    const auto problems = problems_of(changed("{share: 10%, phases: [start, residential, follow_up]}",
                                              "{share: 10%, phases: [start, follow_up]}"));
    CHECK(any_contains(problems, "phase `residential` of trajectory `TRJ` is in no path"));
}

TEST_CASE("a trajectory's code may not be a product's", "[trajectory][validation]") {
    const auto problems = problems_of(changed("  - code: TRJ\n", "  - code: DAG\n"));
    REQUIRE(problems.size() == 1);  // and the component DAG is the product, not the trajectory itself
    CHECK(any_contains(problems, "the code `DAG` is already a product's"));
}

TEST_CASE("a misspelt phase in a path is one error, not also a phase left out", "[trajectory][validation]") {
    const auto problems = problems_of(changed("{share: 20%, phases: [start]}", "{share: 20%, phases: [strat]}"));
    REQUIRE(problems.size() == 1);
    CHECK(any_contains(problems, "unknown phase `strat` in path `scaled_down` of trajectory `TRJ`"));
}

TEST_CASE("a trajectory's unknown key is an error", "[trajectory][validation]") {
    const auto problems = problems_of(changed("    coordination_surcharge: 5%", "    coordination_surchage: 5%"));
    CHECK(any_contains(problems, "coordination_surchage"));
}

namespace {

// The worked example's trajectories replaced by `levels + 1` trajectories, each
// taking `volume` of the one below; the lowest takes `volume` hours of AMB-U.
std::string nested(int levels, const std::string& volume) {
    const std::string base = worked_example_text();
    std::string text = base.substr(0, base.find("trajectories:")) + "trajectories:\n";
    text += "  - {code: L0, name: L0, phases: {a: {AMB-U: " + volume + " hour}}, paths: {all: {share: 1, phases: [a]}}}\n";
    for (int level = 1; level <= levels; ++level)
        text += "  - {code: L" + std::to_string(level) + ", name: L" + std::to_string(level) + ", phases: {a: {L" +
                std::to_string(level - 1) + ": " + volume + " output}}, paths: {all: {share: 1, phases: [a]}}}\n";
    return text;
}

}  // namespace

TEST_CASE("trajectories nest at most 64 deep: the 65th level is an error at the trajectory that makes it so",
          "[trajectory][validation][bounds]") {
    CHECK(problems_of(nested(64, "2")).empty());
    const auto problems = problems_of(nested(65, "2"));
    REQUIRE(problems.size() == 1);
    CHECK(problems[0] == "trajectory.yaml:175:5: trajectory `L65` takes trajectories 65 deep, one within the other; "
                         "they nest at most 64 deep");
}

TEST_CASE("1,000 trajectories nested with 990-digit volumes are refused at once, not computed",
          "[trajectory][validation][bounds]") {
    const auto problems = problems_of(nested(1000, std::string(990, '9')));
    REQUIRE(!problems.empty());
    CHECK(any_contains(problems, "the volume of `AMB-U` must be at most 1000000"));
    CHECK(any_contains(problems, "trajectory `L65` takes trajectories 65 deep"));
}

TEST_CASE("a component's volume is at most 1,000,000 in its own unit", "[trajectory][validation][bounds]") {
    CHECK(problems_of(changed("{AMB-U: 8 hour}", "{AMB-U: 1000000 hour}")).empty());
    const auto problems = problems_of(changed("{AMB-U: 8 hour}", "{AMB-U: 1000000.5 hour}"));
    REQUIRE(problems.size() == 1);
    CHECK(any_contains(problems, "the volume of `AMB-U` must be at most 1000000"));
}

TEST_CASE("a trajectory's cost that grows past 1,000 digits is an error at its component, not a price",
          "[trajectory][validation][bounds]") {
    // A tariff of 995 digits, allowed on its own, taken a million times.
    std::string text = changed("    material_per_hour: 2.50\n", "    material_per_hour: 2.50\n    rules: {tariff: " +
                                                                   std::string(995, '9') + " EUR/hour}\n");
    const auto at = text.find("{AMB-U: 8 hour}");
    text.replace(at, 15, "{AMB-U: 1000000 hour}");
    const auto problems = problems_of(text);
    REQUIRE(problems.size() == 1);
    CHECK(problems[0] == "trajectory.yaml:117:28: the cost of `AMB-U` in phase `follow_up` of trajectory `TRJ` grows "
                         "beyond 1000 digits; a value that runs away is refused");
    const test::TempDir dir;
    std::ofstream(dir.path + "/model.yaml") << text;
    const auto priced = test::run_tariff({"price", dir.path + "/model.yaml"});
    CHECK(priced.exit_code == 1);
    CHECK(priced.out.empty());
}
