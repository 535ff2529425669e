// The reports of the checks (bid review, index check, build-up) written from
// hand-made results covering every status, in every format.
#include "tariffs/reports/text/check_reports.hpp"

#include "cli_runner.hpp"
#include "numbers.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <set>
#include <sstream>
#include <string>
#include <vector>

namespace {

using engine::Number;
using tariffs::ReportFormat;
using test::num;

tariffs::Model test_model() {
    tariffs::Model model;
    model.name = "Test";
    return model;
}

engine::SourcePos at(const std::string& file, int line) { return {engine::make_file_name(file), line, 1}; }

// A known product's line, judged as review_bids would.
tariffs::BidLine bid_line(int line, const std::string& provider, const std::string& code, const char* bid,
                          const char* reference, tariffs::BidStatus status, const std::string& unit = "") {
    tariffs::BidLine result;
    result.line = line;
    result.provider = provider;
    result.code = code;
    result.unit = unit;
    result.bid = num(bid);
    result.status = status;
    result.name = code + " product";
    result.product_unit = "day";
    result.reference = num(reference);
    result.floor = result.reference * Number::fraction(9, 10);
    result.ceiling = result.reference * Number::fraction(11, 10);
    result.ceiling_basis = engine::msg("ceiling {percent}% of the reference", {engine::arg("percent", "110")});
    result.difference = result.bid - result.reference;
    result.percentage = result.difference / result.reference;
    return result;
}

tariffs::BidReview bid_review() {
    using tariffs::BidStatus;
    tariffs::BidReview review;
    review.file = "bids.csv";
    review.dialect = {.separator = ';', .decimal_mark = ','};
    review.year = 2026;
    review.lines.push_back(bid_line(2, "Horizon", "VBL", "300.00", "295.99", BidStatus::within));
    review.lines.push_back(bid_line(3, "Horizon", "AMB", "70.00", "86.11", BidStatus::below_floor));
    review.lines.push_back(bid_line(4, "Kompas", "VBL", "340.00", "295.99", BidStatus::above_ceiling));
    tariffs::BidLine unknown;
    unknown.line = 5;
    unknown.provider = "Kompas";
    unknown.code = "XYZ";
    unknown.bid = num("12.50");
    unknown.status = BidStatus::unknown_product;
    review.lines.push_back(unknown);
    review.lines.push_back(bid_line(6, "Kompas", "AMB", "1.44", "86.11", BidStatus::unit_mismatch, "minuut"));
    review.lines.back().ceiling = num("90.00");
    review.lines.back().ceiling_basis = engine::msg("maximum tariff ({at})", {engine::arg("at", "model.yaml:40:12")});
    review.lines.back().from_maximum = true;

    tariffs::ProviderSummary horizon{"Horizon", 2, {{BidStatus::within, 1}, {BidStatus::below_floor, 1}}};
    tariffs::ProviderSummary kompas{
        "Kompas", 3, {{BidStatus::above_ceiling, 1}, {BidStatus::unknown_product, 1}, {BidStatus::unit_mismatch, 1}}};
    review.providers = {horizon, kompas};

    tariffs::LotRanking lot;
    lot.lot = "Noord";
    lot.volumes = {{"VBL", num("10950")}, {"AMB", num("8240.5")}};
    lot.reference = num("295.99") * num("10950") + num("86.11") * num("8240.5");
    tariffs::LotBid complete{"Horizon", num("300.00") * num("10950") + num("70.00") * num("8240.5"), {}, {}, 1};
    complete.difference = complete.amount - lot.reference;
    tariffs::LotBid incomplete{"Kompas", num("340.00") * num("10950"), {}, {"AMB"}, 0};
    incomplete.difference = incomplete.amount - lot.reference;
    lot.bids = {complete, incomplete};
    review.lots.push_back(lot);

    review.unreadable.add(at("bids.csv", 7), engine::verbatim("line 7: the tariff `abc` is not a number"));
    return review;
}

tariffs::IndexCheck index_check() {
    using tariffs::IndexCheckStatus;
    tariffs::IndexCheck check;
    check.file = "list.csv";
    check.dialect = {.separator = ',', .decimal_mark = '.'};
    auto line = [&](int number, const std::string& code, int year, const char* listed, const char* expected,
                    IndexCheckStatus status, std::vector<tariffs::IndexCause> causes = {}) {
        tariffs::IndexCheckLine result;
        result.line = number;
        result.provider = "Horizon";
        result.code = code;
        result.year = year;
        result.listed = num(listed);
        if (expected) {
            result.expected = num(expected);
            result.difference = result.listed - result.expected;
        }
        result.status = status;
        result.causes = std::move(causes);
        check.lines.push_back(result);
    };
    line(2, "VBL", 2026, "307.39", "307.39", IndexCheckStatus::exact);
    line(3, "VBL", 2027, "316.93", "316.92", IndexCheckStatus::differs,
         {{.kind = tariffs::IndexCause::Kind::rounding,
           .mode = engine::RoundingMode::up,
           .instead_of = engine::RoundingMode::half_up},
          {.kind = tariffs::IndexCause::Kind::without_correction, .year = 2026}});
    line(4, "AMB", 2027, "89.00", "89.01", IndexCheckStatus::differs);
    line(5, "XYZ", 2026, "10.00", nullptr, IndexCheckStatus::unknown_product);
    line(6, "VBL", 2040, "400.00", nullptr, IndexCheckStatus::unknown_year);
    check.unreadable.add(at("list.csv", 8), engine::verbatim("line 8: `20x6` is not a year"));
    return check;
}

tariffs::BuildUpReview buildup_review() {
    tariffs::BuildUpReview review;
    review.provider = "Horizon";
    review.file = "horizon-buildup.yaml";

    tariffs::BuildUpResult consistent;
    consistent.code = "VBL";
    consistent.name = "Verblijf";
    consistent.reference = num("295.99");
    consistent.computed = num("301.23");
    consistent.stated = num("301.23");
    consistent.consistent = true;
    consistent.parts = {{"overhead_surcharge", "12%", "14%", num("4.01")},
                        {"gedragswetenschapper: monthly_salary", "5200", "5300", num("1.23")}};
    consistent.difference = num("5.24");
    review.products.push_back(consistent);

    tariffs::BuildUpResult inconsistent;
    inconsistent.code = "AMB";
    inconsistent.name = "Ambulant";
    inconsistent.reference = num("86.11");
    inconsistent.computed = num("84.50");
    inconsistent.stated = num("90.00");
    inconsistent.consistent = false;
    inconsistent.parts = {{"productivity", "0.75", "0.78", num("-1.61")}, {"stated tariff", "84.50", "90.00", num("5.50")}};
    inconsistent.difference = num("3.89");
    review.products.push_back(inconsistent);

    tariffs::BuildUpResult unstated;
    unstated.code = "DAG";
    unstated.name = "Dagbesteding";
    unstated.reference = num("60.00");
    unstated.computed = num("60.00");
    unstated.consistent = true;
    unstated.difference = num("0");
    review.products.push_back(unstated);
    return review;
}

std::string bids(ReportFormat format) {
    std::ostringstream out;
    tariffs::write_bid_review(test_model(), bid_review(), format, out);
    return out.str();
}

std::string index(ReportFormat format) {
    std::ostringstream out;
    tariffs::write_index_check(test_model(), index_check(), format, out);
    return out.str();
}

std::string buildup(ReportFormat format) {
    std::ostringstream out;
    tariffs::write_buildup_review(test_model(), buildup_review(), format, out);
    return out.str();
}

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

std::vector<std::string> lines_of(const std::string& text) {
    std::vector<std::string> lines;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) lines.push_back(line);
    return lines;
}

// The path of a JSON number anywhere in the document whose key is not one of
// `allowed`; empty when there is none.
std::string find_json_number(const nlohmann::json& node, const std::set<std::string>& allowed,
                             const std::string& path = "", const std::string& key = "") {
    if (node.is_number()) return allowed.count(key) ? "" : path;
    if (node.is_object())
        for (const auto& [name, value] : node.items())
            if (auto found = find_json_number(value, allowed, path + "." + name, name); !found.empty()) return found;
    if (node.is_array())
        for (std::size_t i = 0; i < node.size(); ++i)
            if (auto found = find_json_number(node[i], allowed, path + "[" + std::to_string(i) + "]", key);
                !found.empty())
                return found;
    return "";
}

const nlohmann::json& line_number(const nlohmann::json& lines, int number) {
    for (const auto& line : lines)
        if (line.at("line") == number) return line;
    FAIL("no line " << number);
    return lines;
}

}  // namespace

// --- Bid review -----------------------------------------------------------------

TEST_CASE("bid review JSON parses and has every amount as a string", "[report]") {
    const auto json = nlohmann::json::parse(bids(ReportFormat::json));
    CHECK(find_json_number(json, {"year", "line", "lines", "rank", "within", "below_floor", "above_ceiling",
                                  "unknown_product", "unit_mismatch"})
              .empty());
    CHECK(json.at("model") == "Test");
    CHECK(json.at("file") == "bids.csv");
    CHECK(json.at("dialect") == "semicolon-separated, decimal comma");
    CHECK(json.at("year") == 2026);
    REQUIRE(json.at("lines").size() == 5);

    const auto& within = line_number(json.at("lines"), 2);
    CHECK(within.at("status") == "within");
    CHECK(within.at("bid") == "300.00");
    CHECK(within.at("reference") == "295.99");
    CHECK(within.at("difference") == "4.01");
    CHECK(within.at("percentage") == "1.35");
    CHECK(within.at("floor") == "266.391");
    CHECK(within.at("ceiling") == "325.589");
    CHECK(within.at("ceiling_basis") == "ceiling 110% of the reference");

    CHECK(line_number(json.at("lines"), 3).at("status") == "below_floor");
    CHECK(line_number(json.at("lines"), 3).at("difference") == "-16.11");
    CHECK(line_number(json.at("lines"), 4).at("status") == "above_ceiling");

    const auto& unknown = line_number(json.at("lines"), 5);
    CHECK(unknown.at("status") == "unknown_product");
    CHECK(unknown.at("bid") == "12.50");
    for (const char* field : {"reference", "floor", "ceiling", "difference", "percentage"})
        CHECK(unknown.at(field).is_null());

    const auto& mismatch = line_number(json.at("lines"), 6);
    CHECK(mismatch.at("status") == "unit_mismatch");
    CHECK(mismatch.at("unit") == "minuut");
    CHECK(mismatch.at("ceiling") == "90.00");

    REQUIRE(json.at("providers").size() == 2);
    const auto& kompas = json.at("providers").at(1);
    CHECK(kompas.at("provider") == "Kompas");
    CHECK(kompas.at("lines") == 3);
    CHECK(kompas.at("within") == 0);
    CHECK(kompas.at("above_ceiling") == 1);
    CHECK(kompas.at("unknown_product") == 1);
    CHECK(kompas.at("unit_mismatch") == 1);

    REQUIRE(json.at("lots").size() == 1);
    const auto& lot = json.at("lots").at(0);
    CHECK(lot.at("lot") == "Noord");
    CHECK(lot.at("reference") == "3950679.955");
    CHECK(lot.at("volumes").at(1).at("volume") == "8240.5");
    REQUIRE(lot.at("bids").size() == 2);
    CHECK(lot.at("bids").at(0).at("rank") == 1);
    CHECK(lot.at("bids").at(0).at("amount") == "3861835.00");
    CHECK(lot.at("bids").at(1).at("rank").is_null());
    CHECK(lot.at("bids").at(1).at("missing") == nlohmann::json::array({"AMB"}));

    REQUIRE(json.at("unreadable").size() == 1);
    CHECK(json.at("unreadable").at(0).at("at") == "bids.csv:7:1");
}

TEST_CASE("bid review table shows the checked file, every status and signed differences", "[report]") {
    for (auto format : {ReportFormat::table, ReportFormat::markdown}) {
        const std::string text = bids(format);
        CHECK(contains(text, "Test: bid review 2026"));
        CHECK(contains(text, "bids.csv (read as semicolon-separated, decimal comma)"));
        for (const char* status : {"within", "below_floor", "above_ceiling", "unknown_product", "unit_mismatch"})
            CHECK(contains(text, status));
        CHECK(contains(text, "+4.01"));
        CHECK(contains(text, "+1.35"));
        CHECK(contains(text, "-16.11"));
        CHECK(contains(text, "266.40–325.58"));  // bids within, in whole cents: 266.391–325.589
        CHECK(contains(text, "maximum tariff (model.yaml:40:12)"));
        CHECK(contains(text, "Lot Noord"));
        CHECK(contains(text, "bids.csv:7:1: line 7: the tariff `abc` is not a number"));
    }
}

TEST_CASE("bid review CSV has a header and one row per line", "[report]") {
    const auto rows = lines_of(bids(ReportFormat::csv));
    REQUIRE(rows.size() == 6);
    CHECK(rows[0] == "line,provider,code,unit,bid,reference,floor,ceiling,difference,percentage,status");
    CHECK(rows[1] == "2,Horizon,VBL,,300.00,295.99,266.391,325.589,4.01,1.35,within");
    CHECK(rows[4] == "5,Kompas,XYZ,,12.50,,,,,,unknown_product");
}

// --- Index check ----------------------------------------------------------------

TEST_CASE("index check JSON parses, amounts are strings, statuses and causes appear", "[report]") {
    const auto json = nlohmann::json::parse(index(ReportFormat::json));
    CHECK(find_json_number(json, {"year", "line"}).empty());
    CHECK(json.at("model") == "Test");
    CHECK(json.at("file") == "list.csv");
    CHECK(json.at("dialect") == "comma-separated, decimal point");
    REQUIRE(json.at("lines").size() == 5);

    const auto& exact = line_number(json.at("lines"), 2);
    CHECK(exact.at("status") == "exact");
    CHECK(exact.at("difference") == "0.00");
    CHECK(exact.at("causes").empty());

    const auto& explained = line_number(json.at("lines"), 3);
    CHECK(explained.at("status") == "differs");
    CHECK(explained.at("listed") == "316.93");
    CHECK(explained.at("expected") == "316.92");
    CHECK(explained.at("difference") == "0.01");
    CHECK(explained.at("difference_cents") == "1");
    CHECK(explained.at("causes") ==
          nlohmann::json::array({"rounded up instead of half_up", "without the correction for 2026"}));

    CHECK(line_number(json.at("lines"), 4).at("difference_cents") == "-1");
    CHECK(line_number(json.at("lines"), 5).at("status") == "unknown_product");
    CHECK(line_number(json.at("lines"), 5).at("expected").is_null());
    CHECK(line_number(json.at("lines"), 6).at("status") == "unknown_year");
    CHECK(line_number(json.at("lines"), 6).at("year") == 2040);

    REQUIRE(json.at("unreadable").size() == 1);
    CHECK(json.at("unreadable").at(0).at("at") == "list.csv:8:1");
}

TEST_CASE("index check table shows cents and likely causes", "[report]") {
    for (auto format : {ReportFormat::table, ReportFormat::markdown}) {
        const std::string text = index(format);
        CHECK(contains(text, "Test: index check"));
        CHECK(contains(text, "list.csv (read as comma-separated, decimal point)"));
        for (const char* status : {"exact", "differs", "unknown_product", "unknown_year"}) CHECK(contains(text, status));
        CHECK(contains(text, "rounded up instead of half_up; without the correction for 2026"));
        CHECK(contains(text, "no single alternative explains it"));
        CHECK(contains(text, "+1"));
        CHECK(contains(text, "list.csv:8:1: line 8: `20x6` is not a year"));
    }
    const auto rows = lines_of(index(ReportFormat::table));
    bool found = false;
    for (const auto& row : rows)
        if (contains(row, "316.93")) {
            found = true;
            CHECK(contains(row, "316.92"));
            CHECK(contains(row, "+1"));
        }
    CHECK(found);
}

TEST_CASE("index check CSV has a header and one row per line", "[report]") {
    const auto rows = lines_of(index(ReportFormat::csv));
    REQUIRE(rows.size() == 6);
    CHECK(rows[0] == "line,provider,code,year,listed,expected,difference,status,causes");
    CHECK(rows[2] ==
          "3,Horizon,VBL,2027,316.93,316.92,0.01,differs,rounded up instead of half_up; without the correction for 2026");
    CHECK(rows[3] == "4,Horizon,AMB,2027,89.00,89.01,-0.01,differs,");
    CHECK(rows[5] == "6,Horizon,VBL,2040,400.00,,,unknown_year,");
}

// --- Build-up -------------------------------------------------------------------

TEST_CASE("build-up table flags a stated tariff that does not follow from its inputs", "[report]") {
    for (auto format : {ReportFormat::table, ReportFormat::markdown}) {
        const std::string text = buildup(format);
        CHECK(contains(text, "Test: build-up of Horizon"));
        CHECK(contains(text, "horizon-buildup.yaml"));
        CHECK(contains(text, "does not follow from its own inputs: should be 84.50"));
        CHECK(contains(text, "overhead_surcharge"));
        CHECK(contains(text, "+4.01"));
        CHECK(contains(text, "-1.61"));
    }
    // Only the inconsistent product is flagged.
    int flagged = 0;
    for (const auto& row : lines_of(buildup(ReportFormat::table)))
        if (contains(row, "does not follow")) {
            ++flagged;
            CHECK(!contains(row, "VBL"));
        }
    CHECK(flagged >= 1);
}

TEST_CASE("build-up table has a total row equal to the difference", "[report]") {
    const auto rows = lines_of(buildup(ReportFormat::table));
    std::vector<std::string> totals;
    for (const auto& row : rows)
        if (row.rfind("total", 0) == 0) totals.push_back(row);
    REQUIRE(totals.size() == 3);
    CHECK(contains(totals[0], "295.99"));
    CHECK(contains(totals[0], "301.23"));
    CHECK(contains(totals[0], "+5.24"));
    CHECK(contains(totals[1], "+3.89"));
    CHECK(contains(totals[2], "0.00"));
    CHECK(!contains(totals[2], "+"));
    CHECK(contains(buildup(ReportFormat::markdown), "**+5.24**"));
}

TEST_CASE("build-up JSON parses with every amount a string", "[report]") {
    const auto json = nlohmann::json::parse(buildup(ReportFormat::json));
    CHECK(find_json_number(json, {}).empty());
    CHECK(json.at("model") == "Test");
    CHECK(json.at("provider") == "Horizon");
    CHECK(json.at("file") == "horizon-buildup.yaml");
    REQUIRE(json.at("products").size() == 3);

    const auto& vbl = json.at("products").at(0);
    CHECK(vbl.at("consistent") == true);
    CHECK(!vbl.contains("should_be"));
    CHECK(vbl.at("stated") == "301.23");
    CHECK(vbl.at("difference") == "5.24");
    REQUIRE(vbl.at("parts").size() == 2);
    CHECK(vbl.at("parts").at(0).at("input") == "overhead_surcharge");
    CHECK(vbl.at("parts").at(0).at("reference") == "12%");
    CHECK(vbl.at("parts").at(0).at("bid") == "14%");
    CHECK(vbl.at("parts").at(0).at("effect") == "4.01");

    const auto& amb = json.at("products").at(1);
    CHECK(amb.at("consistent") == false);
    CHECK(amb.at("should_be") == "84.50");
    CHECK(amb.at("computed") == "84.50");
    CHECK(amb.at("parts").at(0).at("effect") == "-1.61");

    CHECK(json.at("products").at(2).at("stated").is_null());
}

TEST_CASE("build-up CSV has a row per part and a total per product", "[report]") {
    const auto rows = lines_of(buildup(ReportFormat::csv));
    REQUIRE(rows.size() == 1 + 3 + 3 + 1);
    CHECK(rows[0] == "code,input,reference,bid,effect");
    CHECK(rows[1] == "VBL,overhead_surcharge,12%,14%,4.01");
    CHECK(rows[3] == "VBL,total,295.99,301.23,5.24");
    CHECK(rows[6] == "AMB,total,86.11,90.00,3.89");
    CHECK(rows[7] == "DAG,total,60.00,60.00,0.00");
}

TEST_CASE("the bid table gives the lowest and highest bid in whole cents between floor and ceiling", "[bids]") {
    // VBL-Z: reference 403.68, floor 90% = 363.312 and ceiling 110% = 444.048: bids of 363.32 to 444.04.
    const auto result = test::run_tariff({"check-bids", "models/examples/region.yaml", "models/examples/region-bids.csv"});
    CHECK(result.out.find("within                          363.32–444.04\n") != std::string::npos);
    CHECK(result.out.find("363.312") == std::string::npos);
    const auto json = test::run_tariff(
        {"check-bids", "models/examples/region.yaml", "models/examples/region-bids.csv", "--format", "json"});
    CHECK(json.out.find("\"floor\": \"363.312\"") != std::string::npos);  // exact where tools read it
}

// --- The dialect as data, the alternatives and the provider summary (issue 26) ----

namespace {

tariffs::Locale dutch() {
    tariffs::Locale locale;
    locale.dutch = true;
    return locale;
}

tariffs::IndexCheck windows_check() {
    tariffs::IndexCheck check = index_check();
    check.dialect = {.separator = ';', .decimal_mark = ',', .encoding = tariffs::CsvEncoding::windows_1252};
    tariffs::ProviderIndexCheck horizon{"Horizon", 4, 2, {}};
    horizon.explains_all.push_back({.kind = tariffs::IndexCause::Kind::index_rounded, .places = 2, .every_step = true});
    check.providers.push_back(horizon);
    return check;
}

std::string written(const tariffs::IndexCheck& check, ReportFormat format, const tariffs::Locale& locale = {}) {
    std::ostringstream out;
    tariffs::write_index_check(test_model(), check, format, out, locale);
    return out.str();
}

}  // namespace

TEST_CASE("the dialect line says a Windows-1252 file, in English and in Dutch", "[report]") {
    CHECK(contains(written(windows_check(), ReportFormat::table),
                   "list.csv (read as semicolon-separated, decimal comma, Windows-1252 (not UTF-8))"));
    CHECK(contains(written(windows_check(), ReportFormat::table, dutch()),
                   "list.csv (gelezen als gescheiden door puntkomma's, decimaalkomma, Windows-1252 (geen UTF-8))"));
    const auto json = nlohmann::json::parse(written(windows_check(), ReportFormat::json));
    CHECK(json.at("dialect") == "semicolon-separated, decimal comma, Windows-1252 (not UTF-8)");
    CHECK(json.at("encoding") == "Windows-1252");
    CHECK(nlohmann::json::parse(index(ReportFormat::json)).at("encoding") == "UTF-8");
}

TEST_CASE("the index check says per provider which alternative explains every difference", "[report]") {
    const std::string text = written(windows_check(), ReportFormat::table);
    CHECK(contains(text, "Per provider"));
    CHECK(contains(text, "Horizon       4          2  the index as published, each step rounded to 0.01%"));
    const std::string nl = written(windows_check(), ReportFormat::table, dutch());
    CHECK(contains(nl, "Per aanbieder"));
    CHECK(contains(nl, "de index zoals gepubliceerd, elke stap afgerond op 0,01%"));
    const auto json = nlohmann::json::parse(written(windows_check(), ReportFormat::json));
    CHECK(find_json_number(json, {"year", "line", "lines", "differing"}).empty());
    REQUIRE(json.at("providers").size() == 1);
    CHECK(json.at("providers").at(0).at("differing") == 2);
    CHECK(json.at("providers").at(0).at("explained_by") ==
          nlohmann::json::array({"the index as published, each step rounded to 0.01%"}));
    // none: said as such
    tariffs::IndexCheck unexplained = windows_check();
    unexplained.providers[0].explains_all.clear();
    CHECK(contains(written(unexplained, ReportFormat::table), "Horizon       4          2  no single alternative"));
}

TEST_CASE("each alternative of an index check is worded, with the line's index, in English and Dutch", "[report]") {
    using Kind = tariffs::IndexCause::Kind;
    using tariffs::Correction;
    const auto both = [](const tariffs::IndexCause& cause) {
        return std::pair{tariffs::index_cause_text(cause), tariffs::index_cause_text(cause, dutch())};
    };
    const tariffs::ResolvedWeights ninety{{"OVA", num("0.9")}, {"PPC", num("0.1")}};
    const tariffs::ResolvedWeights eighty{{"OVA", num("0.8")}, {"PPC", num("0.2")}};
    CHECK(both({.kind = Kind::index_rounded, .places = 2, .every_step = true, .index = num("0.0495"),
                .own_index = num("0.04957")}) ==
          std::pair<std::string, std::string>{
              "the index as published, each step rounded to 0.01% (4.95% instead of 4.957%)",
              "de index zoals gepubliceerd, elke stap afgerond op 0,01% (4,95% in plaats van 4,957%)"});
    CHECK(both({.kind = Kind::index_rounded, .places = 1}) ==
          std::pair<std::string, std::string>{"the index rounded to 0.1% only at the end",
                                              "de index pas aan het eind afgerond op 0,1%"});
    CHECK(both({.kind = Kind::index_unrounded}) ==
          std::pair<std::string, std::string>{"the index not rounded", "de index niet afgerond"});
    CHECK(both({.kind = Kind::weights, .weights = ninety, .own_weights = eighty}) ==
          std::pair<std::string, std::string>{"weights OVA 90%, PPC 10% instead of OVA 80%, PPC 20%",
                                              "gewichten OVA 90%, PPC 10% in plaats van OVA 80%, PPC 20%"});
    CHECK(both({.kind = Kind::correction, .correction = Correction::ratio, .own_correction = Correction::points}) ==
          std::pair<std::string, std::string>{"the correction as ratio instead of points",
                                              "de correctie als ratio in plaats van points"});
    CHECK(both({.kind = Kind::correction, .correction = Correction::none, .year = 2025}) ==
          std::pair<std::string, std::string>{"without the correction for 2025", "zonder de correctie over 2025"});
    CHECK(both({.kind = Kind::correction, .correction = Correction::none}) ==
          std::pair<std::string, std::string>{"without any correction for the year before",
                                              "zonder enige correctie over het jaar ervoor"});
    CHECK(both({.kind = Kind::base_year, .year = 2023, .own_year = 2024}) ==
          std::pair<std::string, std::string>{"indexed from 2023 instead of the base year 2024",
                                              "geïndexeerd vanaf 2023 in plaats van het basisjaar 2024"});
    CHECK(both({.kind = Kind::rounding, .mode = engine::RoundingMode::down}) ==
          std::pair<std::string, std::string>{"rounded down", "afgerond met down"});
    CHECK(both({.kind = Kind::other_index, .year = 2026, .own_year = 2027}) ==
          std::pair<std::string, std::string>{"the index of 2026 instead of 2027's",
                                              "de index van 2026 in plaats van die van 2027"});
}
