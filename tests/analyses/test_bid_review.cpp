// Bid review: each bid line against the reference tariff, between a floor and a
// ceiling from the model; per provider a summary; per lot a ranking on the lot's
// reference volumes.
#include "engine/decimal.hpp"
#include "tariffs/checks/bid_review.hpp"
#include "tariffs/pricing/budgets.hpp"
#include "tariffs/pricing/cost_model.hpp"
#include "tariffs/checks/csv_reader.hpp"
#include "tariffs/pricing/indexed_tariffs.hpp"
#include "tariffs/model/model_loader.hpp"

#include "cli_runner.hpp"

#include <catch2/catch.hpp>

namespace {

// The worked example, its provider in lot `Verblijf`, a maximum tariff for DAG.
std::string model_text() {
    std::string text = test::read_text(test::source_dir() + "/models/examples/worked-example.yaml");
    text.replace(text.find("    - name: Horizon Jeugdzorg\n"), 29, "    - name: Horizon Jeugdzorg\n      lot: Verblijf\n");
    return text + "\nbid_review:\n  floor: 90%\n  ceiling: 110%\n  maximum: {DAG: 85.00}\n";
}

struct Reviewed {
    explicit Reviewed(const std::string& csv, int year = 2025)
        : model(tariffs::parse_model(model_text(), "region.yaml")),
          cost(model),
          tariffs(tariffs::index_tariffs(cost, model.until)),
          budgets(tariffs::compute_budgets(model, tariffs)),
          review(tariffs::review_bids(model, tariffs, &budgets, tariffs::parse_csv(csv, "bids.csv"), year)) {}

    tariffs::Model model;
    tariffs::CostModel cost;
    tariffs::IndexedTariffs tariffs;
    tariffs::Budgets budgets;
    tariffs::BidReview review;
};

std::string cents(const engine::Number& value) { return engine::format_decimal(value, 2); }

// Every status once, semicolons and decimal commas as a Dutch spreadsheet exports them.
const std::string dutch_bids =
    "\xEF\xBB\xBF"
    "aanbieder;product;tarief;eenheid\n"
    "A;AMB-U;82,92;uur\n"
    "A;VBL;250,00;etmaal\n"
    "A;DAG;86,00;dagdeel\n"
    "\n"
    "\"A; de eerste\";XYZ;10,00;uur\n"
    "A;AMB-M;1,38;uur\n";

}  // namespace

TEST_CASE("each bid gets a status: within, below_floor, above_ceiling, unknown_product, unit_mismatch", "[bids]") {
    Reviewed reviewed(dutch_bids);
    const auto& lines = reviewed.review.lines;
    REQUIRE(lines.size() == 5);
    CHECK(lines[0].status == tariffs::BidStatus::within);          // 82.92 = the reference
    CHECK(lines[1].status == tariffs::BidStatus::below_floor);     // 250.00 < 0.9 × 295.99 = 266.391
    CHECK(lines[2].status == tariffs::BidStatus::above_ceiling);   // 86.00 > the maximum 85.00
    CHECK(lines[3].status == tariffs::BidStatus::unknown_product);
    CHECK(lines[3].provider == "A; de eerste");
    CHECK(lines[4].status == tariffs::BidStatus::unit_mismatch);   // AMB-M is per minute
    CHECK(reviewed.review.has_findings());
}

TEST_CASE("the difference is given in euros and as a percentage of the reference", "[bids]") {
    Reviewed reviewed(dutch_bids);
    const auto& vbl = reviewed.review.lines[1];
    CHECK(cents(vbl.reference) == "295.99");
    CHECK(cents(vbl.difference) == "-45.99");
    // −45.99 / 295.99 = −0.155377... → −15.54%
    CHECK(engine::format_decimal(vbl.percentage * engine::Number(100), 2) == "-15.54");
    CHECK(engine::format_decimal(vbl.floor, 3) == "266.391");
}

TEST_CASE("the dialect of the bids file is detected and said", "[bids]") {
    Reviewed dutch(dutch_bids);
    CHECK(dutch.review.dialect == tariffs::CsvDialect{.separator = ';', .decimal_mark = ',', .byte_order_mark = true});
    Reviewed plain("provider,product,tariff\nA,AMB-U,82.92\n");
    CHECK(plain.review.dialect == tariffs::CsvDialect{.separator = ',', .decimal_mark = '.'});
    CHECK(plain.review.lines.at(0).status == tariffs::BidStatus::within);
}

TEST_CASE("the reference of another year is the indexed tariff", "[bids]") {
    Reviewed reviewed("provider,product,tariff\nA,VBL,307.39\n", 2026);
    CHECK(cents(reviewed.review.lines.at(0).reference) == "307.39");
    CHECK(reviewed.review.lines.at(0).status == tariffs::BidStatus::within);
}

TEST_CASE("a bid line that cannot be read is reported with its line number, the others still checked", "[bids]") {
    Reviewed reviewed("provider,product,tariff\nA,AMB-U,82.92\nA,VBL,about three hundred\nA,DAG,\"81.35\"\nA,VBL\n");
    CHECK(reviewed.review.lines.size() == 2);
    const auto problems = reviewed.review.unreadable.sorted();
    REQUIRE(problems.size() == 2);
    CHECK(problems[0].pos.to_string() == "bids.csv:3:1");
    CHECK(problems[1].pos.to_string() == "bids.csv:5:1");
}

TEST_CASE("each provider gets a summary of its statuses", "[bids]") {
    Reviewed reviewed("provider,product,tariff\nA,AMB-U,82.92\nA,VBL,250\nB,AMB-U,100\n");
    REQUIRE(reviewed.review.providers.size() == 2);
    CHECK(reviewed.review.providers[0].provider == "A");
    CHECK(reviewed.review.providers[0].lines == 2);
    CHECK(reviewed.review.providers[0].by_status.at(tariffs::BidStatus::below_floor) == 1);
    CHECK(reviewed.review.providers[1].by_status.at(tariffs::BidStatus::above_ceiling) == 1);
}

TEST_CASE("bids on a lot are priced on its reference volumes and ranked", "[bids]") {
    // Lot Verblijf 2025: VBL 10950 days, AMB-U 8000 hours; reference 3241090.50 + 663360.00 = 3904450.50.
    // A: 290 × 10950 + 80 × 8000 = 3815500; B: 300 × 10950 + 79 × 8000 = 3917000; C bids VBL only.
    Reviewed reviewed("provider,product,tariff\nB,VBL,300\nB,AMB-U,79\nA,VBL,290\nA,AMB-U,80\nC,VBL,250\n");
    REQUIRE(reviewed.review.lots.size() == 1);
    const auto& lot = reviewed.review.lots[0];
    CHECK(lot.lot == "Verblijf");
    CHECK(cents(lot.reference) == "3904450.50");
    REQUIRE(lot.bids.size() == 3);
    CHECK(lot.bids[0].provider == "A");
    CHECK(lot.bids[0].rank == 1);
    CHECK(cents(lot.bids[0].amount) == "3815500.00");
    CHECK(cents(lot.bids[0].difference) == "-88950.50");
    CHECK(lot.bids[1].provider == "B");
    CHECK(lot.bids[1].rank == 2);
    CHECK(lot.bids[2].provider == "C");
    CHECK(lot.bids[2].rank == 0);
    CHECK(lot.bids[2].missing == std::vector<std::string>{"AMB-U"});
}

TEST_CASE("a bids file without a tariff column is refused as a whole", "[bids]") {
    // (`price_per_unit` was the example here; it is now a name of the tariff column)
    CHECK_THROWS_AS(Reviewed("provider,product,discount\nA,AMB-U,82.92\n"), engine::InputError);
}

TEST_CASE("a trajectory bid per trajectory, `traject`, is in the trajectory's unit (iJw 82, output)", "[bids]") {
    // TRJ's price in 2025 is 3745.47 per trajectory
    Reviewed reviewed("aanbieder;product;tarief;eenheid\n"
                      "A;TRJ;3745,47;traject\n"
                      "B;TRJ;3745,47;per traject\n"
                      "C;TRJ;3745,47;Trajectory\n"
                      "D;TRJ;3745,47;82\n"
                      "E;TRJ;3745,47;output\n"
                      "F;TRJ;3745,47;uur\n");
    const auto& lines = reviewed.review.lines;
    REQUIRE(lines.size() == 6);
    for (std::size_t i = 0; i < 5; ++i) {
        INFO(lines[i].unit);
        CHECK(lines[i].status == tariffs::BidStatus::within);
    }
    CHECK(lines[5].status == tariffs::BidStatus::unit_mismatch);
}

TEST_CASE("a unit may be written with `per`, in the plural, in any case", "[bids]") {
    Reviewed reviewed("aanbieder;product;tarief;eenheid\n"
                      "A;AMB-U;82,92;per uur\n"
                      "B;AMB-U;82,92;Uren\n"
                      "C;AMB-U;82,92;hours\n"
                      "D;VBL;295,99;per etmaal\n"
                      "E;AMB-U;82,92;traject\n"
                      "F;AMB-U;82,92;per minuut\n");
    const auto& lines = reviewed.review.lines;
    REQUIRE(lines.size() == 6);
    for (std::size_t i = 0; i < 4; ++i) {
        INFO(lines[i].unit);
        CHECK(lines[i].status == tariffs::BidStatus::within);
    }
    CHECK(lines[4].status == tariffs::BidStatus::unit_mismatch);  // a trajectory's unit, not an hour product's
    CHECK(lines[5].status == tariffs::BidStatus::unit_mismatch);
}

TEST_CASE("a bid in Dutch Excel's default CSV, Windows-1252, is reviewed as any other", "[bids]") {
    Reviewed reviewed("Naam aanbieder;Productcode;Tarief (\x80);Eenheid\r\n"
                      "Zorggroep \xC9\xE9n;AMB-U;\x80 82,92;uur\r\n"
                      "\"\x93" "De Linde\x94; Thuis\";VBL;\x80 295,99;etmaal\r\n");
    CHECK(reviewed.review.unreadable.empty());
    CHECK(reviewed.review.dialect.encoding == tariffs::CsvEncoding::windows_1252);
    REQUIRE(reviewed.review.lines.size() == 2);
    CHECK(reviewed.review.lines[0].provider == "Zorggroep \xC3\x89\xC3\xA9n");
    CHECK(reviewed.review.lines[0].status == tariffs::BidStatus::within);
    CHECK(reviewed.review.lines[1].provider == "\xE2\x80\x9C" "De Linde\xE2\x80\x9D; Thuis");
    CHECK(reviewed.review.lines[1].status == tariffs::BidStatus::within);
}
