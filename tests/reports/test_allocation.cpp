#include "tariffs/pricing/allocation.hpp"
#include "tariffs/reports/allocation_wording.hpp"

#include "engine/diagnostic.hpp"
#include "numbers.hpp"

#include <catch2/catch.hpp>

#include <initializer_list>
#include <string>
#include <utility>
#include <vector>

using engine::Number;
using tariffs::AllocationKey;
using tariffs::AllocationSettings;
using tariffs::ByYear;
using tariffs::Municipality;

using test::exact;
using test::num;

namespace {

const auto region_file = engine::make_file_name("region.yaml");

engine::SourcePos at_line(int line) {
    return engine::SourcePos{region_file, line, 3};
}

ByYear by_year(std::initializer_list<std::pair<int, const char*>> values) {
    ByYear out;
    for (const auto& [year, text] : values) {
        out[year] = {num(text), at_line(year)};
    }
    return out;
}

Municipality municipality(const std::string& name, int line) {
    Municipality m;
    m.name = name;
    m.pos = at_line(line);
    return m;
}

// METHOD.md §8: young people in care 2023–2025, objective amounts and the
// actual use in 2026.
std::vector<Municipality> worked_example_region() {
    struct Row {
        const char* name;
        const char* young_people[3];
        const char* objective;
        const char* usage;
    };
    const Row rows[] = {
        {"Noordmeer", {"41", "38", "44"}, "14200000", "1710000.00"},
        {"Oostwold", {"12", "15", "11"}, "4100000", "420000.00"},
        {"Zuiderveen", {"27", "25", "29"}, "9300000", "1150000.00"},
        {"Westerhaven", {"7", "9", "8"}, "2600000", "260000.00"},
    };
    std::vector<Municipality> region;
    int line = 10;
    for (const Row& row : rows) {
        Municipality m = municipality(row.name, line);
        line += 10;
        m.metrics["young_people"] = by_year({{2023, row.young_people[0]},
                                             {2024, row.young_people[1]},
                                             {2025, row.young_people[2]}});
        m.objective = by_year({{2026, row.objective}});
        m.usage = by_year({{2026, row.usage}});
        region.push_back(std::move(m));
    }
    return region;
}

const char* const budget_2026 = "4062945.88";

AllocationSettings insurance_settings(const char* no_claim_share) {
    AllocationSettings settings;
    settings.premium_key = AllocationKey::moving_average;
    settings.no_claim_share = num(no_claim_share);
    settings.pos = at_line(2);
    return settings;
}

std::vector<std::string> amounts(const tariffs::Allocation& allocation) {
    std::vector<std::string> out;
    for (const auto& share : allocation.shares) {
        out.push_back(exact(share.amount));
    }
    return out;
}

template <typename Field>
std::vector<std::string> column(const tariffs::Allocation& allocation, Field field) {
    std::vector<std::string> out;
    for (const auto& share : allocation.shares) {
        out.push_back(exact(share.*field));
    }
    return out;
}

Number sum_of_amounts(const tariffs::Allocation& allocation) {
    Number sum;
    for (const auto& share : allocation.shares) {
        sum += share.amount;
    }
    return sum;
}

// The messages of an InputError that `allocate` throws, in the order found.
template <typename Call>
std::vector<engine::Diagnostic> diagnostics_of(Call call) {
    try {
        call();
    } catch (const engine::InputError& error) {
        return error.diagnostics().items();
    }
    FAIL("no InputError was thrown");
    return {};
}

}  // namespace

TEST_CASE("allocation keys are named as in the model and unknown names are refused",
          "[allocation]") {
    for (AllocationKey key : {AllocationKey::moving_average, AllocationKey::objective,
                              AllocationKey::usage, AllocationKey::insurance}) {
        CHECK(tariffs::parse_allocation_key(tariffs::to_string(key)) == key);
    }
    CHECK(tariffs::to_string(AllocationKey::moving_average) == "moving_average");
    CHECK_FALSE(tariffs::parse_allocation_key("moving average").has_value());
    CHECK_FALSE(tariffs::parse_allocation_key("").has_value());
}

TEST_CASE("moving_average splits the 2026 budget of METHOD 8 by young people in care "
          "2023 to 2025",
          "[allocation]") {
    // Weights are the sums over 2023–2025: Noordmeer 41+38+44 = 123, Oostwold
    // 12+15+11 = 38, Zuiderveen 27+25+29 = 81, Westerhaven 7+9+8 = 24; Σ 266.
    // In cents, 406294588 × w / 266:
    //   Noordmeer   3569588166/19 = 187873061 + 7/19
    //   Oostwold    58042084 exactly
    //   Zuiderveen  2350704402/19 = 123721284 + 6/19
    //   Westerhaven  696505008/19 =  36658158 + 6/19
    // Rounded down they add up to 406294587: the one cent left goes to the
    // largest remainder, 7/19, Noordmeer's.
    const auto result = tariffs::allocate(worked_example_region(), AllocationSettings{},
                                          AllocationKey::moving_average, 2026, num(budget_2026));
    CHECK(amounts(result) ==
          std::vector<std::string>{"1878730.62", "580420.84", "1237212.84", "366581.58"});
    CHECK(column(result, &tariffs::AllocationShare::weight) ==
          std::vector<std::string>{"123", "38", "81", "24"});
    CHECK(result.shares[0].extra_cent);
    CHECK_FALSE(result.shares[2].extra_cent);
    CHECK(result.shares[0].exact == Number::fraction(3569588166, 1900));
    CHECK(result.basis.to_string() == "young_people 2023–2025");
    CHECK(result.shares[1].name == "Oostwold");
    CHECK(exact(result.total) == budget_2026);
    CHECK(exact(sum_of_amounts(result)) == budget_2026);
}

TEST_CASE("objective splits the 2026 budget of METHOD 8 by the objective distribution "
          "model's amounts",
          "[allocation]") {
    // Weights 14.2 M, 4.1 M, 9.3 M and 2.6 M; Σ 30.2 M. In cents,
    // 406294588 × w / 30200000:
    //   Noordmeer   28846915748/151 = 191039177 + 21/151
    //   Oostwold     8329039054/151 =  55159199 +  5/151
    //   Zuiderveen  18892698342/151 = 125117207 + 85/151
    //   Westerhaven  5281829644/151 =  34979004 + 40/151
    // Rounded down they add up to 406294587: the cent left goes to Zuiderveen.
    const auto result = tariffs::allocate(worked_example_region(), AllocationSettings{},
                                          AllocationKey::objective, 2026, num(budget_2026));
    CHECK(amounts(result) ==
          std::vector<std::string>{"1910391.77", "551591.99", "1251172.08", "349790.04"});
    CHECK(result.shares[2].extra_cent);
    CHECK(result.basis.to_string() == "objective 2026");
}

TEST_CASE("usage makes each municipality pay its own actual use when the actual spending "
          "is settled",
          "[allocation]") {
    // Settlement splits what was actually spent in 2026, Σ use = 1710000 +
    // 420000 + 1150000 + 260000 = 3540000.00, by each one's use: each share is
    // exactly its own use.
    const auto result = tariffs::allocate(worked_example_region(), AllocationSettings{},
                                          AllocationKey::usage, 2026, num("3540000.00"));
    CHECK(amounts(result) ==
          std::vector<std::string>{"1710000", "420000", "1150000", "260000"});
    CHECK(result.basis.to_string() == "usage 2026");
}

TEST_CASE("insurance returns half the surplus of METHOD 8 to those who used less than their "
          "premium",
          "[allocation]") {
    // Premiums by moving_average are the amounts above (1878730.62, 580420.84,
    // 1237212.84, 366581.58). Use 3540000.00, so the surplus is 4062945.88 −
    // 3540000.00 = 522945.88 and the pool round(50% × 522945.88, 2) = 261472.94.
    // Under-use, premium − use: 168730.62, 160420.84, 87212.84, 106581.58, which
    // add up to the whole surplus, so each gets exactly half its under-use:
    // 84365.31, 80210.42, 43606.42, 53290.79 (no cents left over).
    const auto result = tariffs::allocate(worked_example_region(), insurance_settings("50%"),
                                          AllocationKey::insurance, 2026, num(budget_2026));
    CHECK(exact(result.use) == "3540000");
    CHECK(exact(result.surplus) == "522945.88");
    CHECK(exact(result.pool) == "261472.94");
    CHECK(result.deficit == Number(0));
    CHECK(column(result, &tariffs::AllocationShare::premium) ==
          std::vector<std::string>{"1878730.62", "580420.84", "1237212.84", "366581.58"});
    CHECK(column(result, &tariffs::AllocationShare::under_use) ==
          std::vector<std::string>{"168730.62", "160420.84", "87212.84", "106581.58"});
    CHECK(column(result, &tariffs::AllocationShare::refund) ==
          std::vector<std::string>{"84365.31", "80210.42", "43606.42", "53290.79"});
    // Net contribution: premium − refund; together the budget less the pool.
    CHECK(amounts(result) ==
          std::vector<std::string>{"1794365.31", "500210.42", "1193606.42", "313290.79"});
    CHECK(exact(sum_of_amounts(result)) == "3801472.94");
    CHECK(result.shares[0].extra_cent);  // from the premium split
    CHECK(tariffs::basis_text(result) == "premiums by young_people 2023–2025, settled against usage 2026");
}

TEST_CASE("insurance refunds nothing to a municipality that used more than its premium",
          "[allocation]") {
    // Premiums 500.00 each (young people 1 and 1). Use 600.00 and 100.00: Σ
    // 700.00, surplus 300.00, pool 150.00; under-use 0 and 400.00, so all of
    // the pool goes to Oost.
    std::vector<Municipality> region{municipality("West", 10), municipality("Oost", 20)};
    region[0].metrics["young_people"] = by_year({{2025, "1"}});
    region[1].metrics["young_people"] = by_year({{2025, "1"}});
    region[0].usage = by_year({{2026, "600.00"}});
    region[1].usage = by_year({{2026, "100.00"}});
    AllocationSettings settings = insurance_settings("50%");
    settings.years = 1;
    const auto result =
        tariffs::allocate(region, settings, AllocationKey::insurance, 2026, num("1000.00"));
    CHECK(column(result, &tariffs::AllocationShare::refund) == std::vector<std::string>{"0", "150"});
    CHECK(amounts(result) == std::vector<std::string>{"500", "350"});
}

TEST_CASE("insurance rounds the no-claim pool half up to a cent", "[allocation]") {
    // Premiums 500.01 and 500.00 (a tie, the extra cent to the first); use 500.00
    // each: surplus 0.01, pool round(50% × 0.01 = 0.005, 2, half_up) = 0.01,
    // all to the only one with under-use.
    std::vector<Municipality> region{municipality("West", 10), municipality("Oost", 20)};
    for (Municipality& m : region) {
        m.metrics["young_people"] = by_year({{2025, "3"}});
        m.usage = by_year({{2026, "500.00"}});
    }
    AllocationSettings settings = insurance_settings("50%");
    settings.years = 1;
    const auto result =
        tariffs::allocate(region, settings, AllocationKey::insurance, 2026, num("1000.01"));
    CHECK(exact(result.pool) == "0.01");
    CHECK(amounts(result) == std::vector<std::string>{"500", "500"});
}

TEST_CASE("insurance splits a deficit by the premium key", "[allocation]") {
    // Young people 1 and 2 (Σ 3): premiums of 1000.00 are 333.33 and 666.67
    // (remainders 1/3 and 2/3 of a cent). Use 500.00 + 600.00 = 1100.00, a
    // deficit of 100.00, split 1 : 2 the same way: 33.33 and 66.67. Together the
    // contributions pay the whole use.
    std::vector<Municipality> region{municipality("West", 10), municipality("Oost", 20)};
    region[0].metrics["young_people"] = by_year({{2025, "1"}});
    region[1].metrics["young_people"] = by_year({{2025, "2"}});
    region[0].usage = by_year({{2026, "500.00"}});
    region[1].usage = by_year({{2026, "600.00"}});
    AllocationSettings settings = insurance_settings("50%");
    settings.years = 1;
    const auto result =
        tariffs::allocate(region, settings, AllocationKey::insurance, 2026, num("1000.00"));
    CHECK(exact(result.deficit) == "100");
    CHECK(result.surplus == Number(0));
    CHECK(result.pool == Number(0));
    CHECK(column(result, &tariffs::AllocationShare::premium) ==
          std::vector<std::string>{"333.33", "666.67"});
    CHECK(column(result, &tariffs::AllocationShare::deficit) ==
          std::vector<std::string>{"33.33", "66.67"});
    CHECK(column(result, &tariffs::AllocationShare::refund) == std::vector<std::string>{"0", "0"});
    CHECK(amounts(result) == std::vector<std::string>{"366.66", "733.34"});
    CHECK(exact(sum_of_amounts(result)) == "1100");
}

TEST_CASE("insurance with use equal to the premiums charges just the premiums", "[allocation]") {
    auto region = worked_example_region();
    const auto result = tariffs::allocate(region, insurance_settings("50%"),
                                          AllocationKey::insurance, 2026, num("3540000.00"));
    CHECK(result.surplus == Number(0));
    CHECK(result.deficit == Number(0));
    CHECK(amounts(result) == column(result, &tariffs::AllocationShare::premium));
}

TEST_CASE("a single municipality gets the whole amount", "[allocation]") {
    std::vector<Municipality> region{municipality("Noordmeer", 10)};
    region[0].metrics["young_people"] = by_year({{2023, "41"}, {2024, "38"}, {2025, "44"}});
    region[0].objective = by_year({{2026, "14200000"}});
    const auto by_average = tariffs::allocate(region, AllocationSettings{},
                                              AllocationKey::moving_average, 2026, num(budget_2026));
    CHECK(amounts(by_average) == std::vector<std::string>{budget_2026});
    const auto by_objective = tariffs::allocate(region, AllocationSettings{},
                                                AllocationKey::objective, 2026, num(budget_2026));
    CHECK(amounts(by_objective) == std::vector<std::string>{budget_2026});
}

TEST_CASE("a missing metric year is an error at the municipality naming it and the year",
          "[allocation]") {
    auto region = worked_example_region();
    region[1].metrics["young_people"].erase(2024);
    const auto problems = diagnostics_of([&] {
        tariffs::allocate(region, AllocationSettings{}, AllocationKey::moving_average, 2026,
                          num(budget_2026));
    });
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].pos.line == region[1].pos.line);
    CHECK(problems[0].message.english() ==
          "Oostwold has no young_people for 2024: moving_average for 2026 needs 2023–2025");
}

TEST_CASE("all missing figures are reported at once", "[allocation]") {
    auto region = worked_example_region();
    region[1].metrics["young_people"].erase(2024);
    region[3].metrics["young_people"].erase(2023);
    region[3].metrics["young_people"].erase(2025);
    region[2].usage.clear();
    const auto problems = diagnostics_of([&] {
        tariffs::allocate(region, insurance_settings("50%"), AllocationKey::insurance, 2026,
                          num(budget_2026));
    });
    REQUIRE(problems.size() == 3);
    CHECK(problems[0].pos.line == region[1].pos.line);
    CHECK(problems[1].pos.line == region[3].pos.line);
    CHECK(problems[1].message.english() == "Westerhaven has no young_people for 2023, 2025: insurance with "
                                 "premiums by moving_average for 2026 needs 2023–2025");
    CHECK(problems[2].pos.line == region[2].pos.line);
    CHECK_THAT(problems[2].message.english(), Catch::StartsWith("Zuiderveen has no usage for 2026: "));
}

TEST_CASE("a missing objective amount or use names the municipality and the year",
          "[allocation]") {
    auto region = worked_example_region();
    region[0].objective.clear();
    region[3].usage.erase(2026);
    const auto objective = diagnostics_of([&] {
        tariffs::allocate(region, AllocationSettings{}, AllocationKey::objective, 2026,
                          num(budget_2026));
    });
    REQUIRE(objective.size() == 1);
    CHECK_THAT(objective[0].message.english(),
               Catch::StartsWith("Noordmeer has no objective amount for 2026: "));
    const auto usage = diagnostics_of([&] {
        tariffs::allocate(region, AllocationSettings{}, AllocationKey::usage, 2026,
                          num(budget_2026));
    });
    REQUIRE(usage.size() == 1);
    CHECK(usage[0].pos.line == region[3].pos.line);
    CHECK_THAT(usage[0].message.english(), Catch::StartsWith("Westerhaven has no usage for 2026: "));
}

TEST_CASE("an amount that is not whole cents or weights that are all zero are input errors",
          "[allocation]") {
    auto region = worked_example_region();
    const AllocationSettings settings = insurance_settings("50%");
    CHECK_THROWS_AS(tariffs::allocate(region, settings, AllocationKey::moving_average, 2026,
                                      num("100.001")),
                    engine::InputError);
    for (Municipality& m : region) {
        m.objective = by_year({{2026, "0"}});
    }
    const auto problems = diagnostics_of([&] {
        tariffs::allocate(region, settings, AllocationKey::objective, 2026, num(budget_2026));
    });
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].pos.line == settings.pos.line);
    CHECK_THAT(problems[0].message.english(), Catch::Contains("objective 2026"));
}

TEST_CASE("key data with a gap is a problem at the municipality that lacks the year, as allocate would refuse it",
          "[allocation][validation]") {
    std::vector<Municipality> region{municipality("West", 10), municipality("Oost", 20), municipality("Zuid", 30)};
    region[0].metrics["young_people"] = by_year({{2022, "10"}, {2023, "11"}, {2024, "12"}});
    region[1].metrics["young_people"] = by_year({{2022, "5"}, {2024, "6"}});   // a hole in 2023
    region[2].metrics["young_people"] = by_year({{2022, "7"}, {2023, "8"}});   // stops a year early
    region[0].objective = by_year({{2026, "100"}});
    region[1].objective = by_year({{2026, "200"}});                            // Zuid has none at all
    engine::Diagnostics problems;
    tariffs::check_key_data_gaps(region, problems);
    std::vector<std::string> said;
    for (const auto& problem : problems.sorted()) said.push_back(problem.pos.file_line() + " " + problem.message.english());
    CHECK(said == std::vector<std::string>{
                      "region.yaml:20 Oost has no young_people for 2023, which the key data gives for 2022–2024: "
                      "allocate refuses a year that reads it",
                      "region.yaml:30 Zuid has no objective amount for 2026, which the key data gives for 2026: "
                      "allocate refuses a year that reads it",
                      "region.yaml:30 Zuid has no young_people for 2024, which the key data gives for 2022–2024: "
                      "allocate refuses a year that reads it"});
    // West's figures are whole: nothing said of it; a region with no gap has no problem.
    std::vector<Municipality> whole{region[0]};
    engine::Diagnostics none;
    tariffs::check_key_data_gaps(whole, none);
    CHECK(none.empty());
}
