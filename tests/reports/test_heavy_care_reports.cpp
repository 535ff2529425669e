// The reports of indexation, budgets and allocation (METHOD.md §5–8), written
// from the worked example in every format: the figures of §8 as strings.
#include "tariffs/reports/text/heavy_care_reports.hpp"

#include "tariffs/pricing/cost_model.hpp"
#include "tariffs/model/model_loader.hpp"

#include "cli_runner.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>
#include <stdexcept>

namespace {

using tariffs::ReportFormat;

const std::regex decimal_text(R"(-?\d+(\.\d+)?)");

// The worked example, computed in-process as the CLI would.
struct Example {
    explicit Example(const std::string& path = test::source_dir() + "/models/examples/worked-example.yaml")
        : model(tariffs::load_model(path)),
          cost(model),
          indexed(tariffs::index_tariffs(cost, model.until)),
          budgets(tariffs::compute_budgets(model, indexed)) {}

    tariffs::Model model;
    tariffs::CostModel cost;
    tariffs::IndexedTariffs indexed;
    tariffs::Budgets budgets;

    std::string index(ReportFormat format) {
        std::ostringstream out;
        tariffs::write_index(model, indexed, model.year, model.until, format, out);
        return out.str();
    }
    std::string budget(ReportFormat format, std::optional<int> year = std::nullopt) {
        std::ostringstream out;
        tariffs::write_budgets(model, budgets, year, format, out);
        return out.str();
    }
    tariffs::Allocation allocation(tariffs::AllocationKey key) {
        return tariffs::allocate(model.municipalities, model.allocation, key, 2026, *budgets.amount_of("total", 2026));
    }
    std::string allocation(tariffs::AllocationKey key, ReportFormat format) {
        std::ostringstream out;
        tariffs::write_allocation(model, allocation(key), format, out);
        return out.str();
    }
};

// The path of a JSON number anywhere in the document whose key is not one of
// the year keys (`year`, `from`, `to`); empty when there is none.
std::string find_json_number(const nlohmann::json& node, const std::string& path = "", const std::string& key = "") {
    if (node.is_number()) return key == "year" || key == "from" || key == "to" ? "" : path;
    if (node.is_object())
        for (const auto& [name, value] : node.items())
            if (auto found = find_json_number(value, path + "." + name, name); !found.empty()) return found;
    if (node.is_array())
        for (std::size_t i = 0; i < node.size(); ++i)
            if (auto found = find_json_number(node[i], path + "[" + std::to_string(i) + "]", ""); !found.empty())
                return found;
    return "";
}

std::vector<std::string> lines_of(const std::string& text) {
    std::vector<std::string> lines;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) lines.push_back(line);
    return lines;
}

std::vector<std::string> lines_containing(const std::string& text, const std::string& part) {
    std::vector<std::string> found;
    for (const auto& line : lines_of(text))
        if (line.find(part) != std::string::npos) found.push_back(line);
    return found;
}

const nlohmann::json& by_field(const nlohmann::json& array, const char* field, const nlohmann::json& value) {
    for (const auto& item : array)
        if (item.at(field) == value) return item;
    FAIL("no element with " << field << " = " << value.dump());
    throw std::logic_error("unreachable");
}

}  // namespace

// --- Budgets --------------------------------------------------------------------

TEST_CASE("budget JSON has the worked example's lines, totals and frames as strings", "[heavy-care][json]") {
    Example example;
    const auto json = nlohmann::json::parse(example.budget(ReportFormat::json));
    CHECK(json.at("model") == "Worked example (METHOD.md §8)");
    CHECK(find_json_number(json).empty());
    REQUIRE(json.at("providers").size() == 1);
    const auto& horizon = json.at("providers").at(0);
    CHECK(horizon.at("name") == "Horizon Jeugdzorg");
    CHECK(horizon.at("lot") == "");
    REQUIRE(horizon.at("years").size() == 3);

    const auto& y2025 = by_field(horizon.at("years"), "year", 2025);
    CHECK(y2025.at("total") == "4054450.50");
    CHECK(y2025.at("availability") == "150000.00");
    const auto& vbl2025 = by_field(y2025.at("lines"), "code", "VBL");
    CHECK(vbl2025.at("tariff") == "295.99");
    CHECK(vbl2025.at("volume") == "10950");
    CHECK(vbl2025.at("amount") == "3241090.50");

    const auto& y2026 = by_field(horizon.at("years"), "year", 2026);
    CHECK(y2026.at("total") == "4062945.88");
    CHECK(y2026.at("availability") == "155775.00");
    const auto& vbl2026 = by_field(y2026.at("lines"), "code", "VBL");
    CHECK(vbl2026.at("tariff") == "307.39");
    CHECK(vbl2026.at("volume") == "10402.5");
    CHECK(vbl2026.at("amount") == "3197624.48");
    const auto& amb2026 = by_field(y2026.at("lines"), "code", "AMB-U");
    CHECK(amb2026.at("tariff") == "86.11");
    CHECK(amb2026.at("volume") == "8240");
    CHECK(amb2026.at("amount") == "709546.40");

    const auto& y2027 = by_field(horizon.at("years"), "year", 2027);
    CHECK(y2027.at("total") == "4046019.94");
    CHECK(y2027.at("availability") == "160604.03");
    const auto& vbl2027 = by_field(y2027.at("lines"), "code", "VBL");
    CHECK(vbl2027.at("tariff") == "316.92");
    CHECK(vbl2027.at("volume") == "9882.375");
    CHECK(vbl2027.at("amount") == "3131922.29");
    CHECK(by_field(y2027.at("lines"), "code", "AMB-U").at("volume") == "8487.2");
}

TEST_CASE("budget JSON checks each year against its frame, null where there is none", "[heavy-care][json]") {
    Example example;
    const auto json = nlohmann::json::parse(example.budget(ReportFormat::json));
    const auto& frames = json.at("frames");
    REQUIRE(frames.size() == 3);
    const auto& f2025 = by_field(frames, "year", 2025);
    CHECK(f2025.at("frame").is_null());
    CHECK(f2025.at("headroom").is_null());
    CHECK(f2025.at("total") == "4054450.50");
    CHECK(f2025.at("over") == false);
    const auto& f2026 = by_field(frames, "year", 2026);
    CHECK(f2026.at("frame") == "4200000.00");
    CHECK(f2026.at("total") == "4062945.88");
    CHECK(f2026.at("headroom") == "137054.12");
    CHECK(f2026.at("over") == false);
    const auto& f2027 = by_field(frames, "year", 2027);
    CHECK(f2027.at("frame") == "4000000.00");
    CHECK(f2027.at("total") == "4046019.94");
    CHECK(f2027.at("headroom") == "-46019.94");
    CHECK(f2027.at("over") == true);
    for (const auto& frame : frames)
        for (const char* field : {"total", "frame", "headroom"})
            if (frame.at(field).is_string())
                CHECK(std::regex_match(frame.at(field).get<std::string>(), decimal_text));
}

TEST_CASE("budget table flags 2027 alone as over its frame", "[heavy-care][table]") {
    Example example;
    const std::string text = example.budget(ReportFormat::table);
    const auto flagged = lines_containing(text, "OVER FRAME");
    REQUIRE(flagged.size() == 1);
    CHECK(flagged[0].rfind("2027", 0) == 0);
    CHECK(flagged[0].find("-46019.94") != std::string::npos);
    CHECK(lines_containing(text, "2026  4062945.88  4200000.00  137054.12").size() == 1);
}

TEST_CASE("budget table shows each line as tariff times exact volume, aligned, under a titled header",
          "[heavy-care][table]") {
    Example example;
    const std::string expected = "Worked example (METHOD.md §8): budgets 2025–2027\n" + example.model.file +
                                 "\n\n"
                                 "Horizon Jeugdzorg\n"
                                 "  2025  VBL:          295.99 × 10950     = 3241090.50\n"
                                 "        AMB-U:         82.92 ×  8000     =  663360.00\n"
                                 "        availability                        150000.00\n"
                                 "        total                              4054450.50\n"
                                 "  2026  VBL:          307.39 × 10402.5   = 3197624.48\n"
                                 "        AMB-U:         86.11 ×  8240     =  709546.40\n"
                                 "        availability                        155775.00\n"
                                 "        total                              4062945.88\n"
                                 "  2027  VBL:          316.92 ×  9882.375 = 3131922.29\n"
                                 "        AMB-U:         88.78 ×  8487.2   =  753493.62\n"
                                 "        availability                        160604.03\n"
                                 "        total                              4046019.94\n"
                                 "\n"
                                 "All providers against the frame\n"
                                 "\n"
                                 "year       total       frame   headroom\n"
                                 "----  ----------  ----------  ---------\n"
                                 "2025  4054450.50\n"
                                 "2026  4062945.88  4200000.00  137054.12\n"
                                 "2027  4046019.94  4000000.00  -46019.94  OVER FRAME\n"
                                 "\n"
                                 "Each line is round(tariff × volume, 2); the volume is exact (≈ marks one shown to six\n"
                                 "decimals). Availability is indexed like a tariff. Headroom is frame − total.\n";
    CHECK(example.budget(ReportFormat::table) == expected);
}

TEST_CASE("budgets for one year show only that year", "[heavy-care]") {
    Example example;
    const std::string text = example.budget(ReportFormat::table, 2026);
    CHECK(text.find("2026  VBL:") != std::string::npos);
    CHECK(text.find("2025") == std::string::npos);
    CHECK(text.find("2027") == std::string::npos);
    CHECK(text.find("OVER FRAME") == std::string::npos);

    const auto json = nlohmann::json::parse(example.budget(ReportFormat::json, 2027));
    REQUIRE(json.at("providers").at(0).at("years").size() == 1);
    CHECK(json.at("providers").at(0).at("years").at(0).at("year") == 2027);
    REQUIRE(json.at("frames").size() == 1);
    CHECK(json.at("frames").at(0).at("over") == true);

    CHECK_THROWS_AS(example.budget(ReportFormat::table, 2030), std::out_of_range);
}

TEST_CASE("budget CSV is one flat table with a kind column", "[heavy-care][csv]") {
    Example example;
    const auto lines = lines_of(example.budget(ReportFormat::csv));
    REQUIRE(lines.size() == 1 + 3 * 4 + 3);
    CHECK(lines[0] == "kind,provider,lot,year,code,tariff,volume,amount,frame,headroom,over");
    CHECK(lines[1] == "line,Horizon Jeugdzorg,,2025,VBL,295.99,10950,3241090.50,,,");
    CHECK(lines[5] == "line,Horizon Jeugdzorg,,2026,VBL,307.39,10402.5,3197624.48,,,");
    CHECK(lines[7] == "availability,Horizon Jeugdzorg,,2026,,,,155775.00,,,");
    CHECK(lines[8] == "total,Horizon Jeugdzorg,,2026,,,,4062945.88,,,");
    CHECK(lines[13] == "frame,,,2025,,,,4054450.50,,,false");
    CHECK(lines[15] == "frame,,,2027,,,,4046019.94,4000000.00,-46019.94,true");
}

TEST_CASE("budget Markdown has a table per provider and flags 2027 alone", "[heavy-care][markdown]") {
    Example example;
    const std::string text = example.budget(ReportFormat::markdown);
    CHECK(text.rfind("# Worked example (METHOD.md §8): budgets 2025–2027\n", 0) == 0);
    CHECK(text.find("## Horizon Jeugdzorg\n") != std::string::npos);
    CHECK(text.find("| 2026 | VBL | 307.39 | 10402.5 | 3197624.48 |") != std::string::npos);
    const auto flagged = lines_containing(text, "OVER FRAME");
    REQUIRE(flagged.size() == 1);
    CHECK(flagged[0].rfind("| 2027 |", 0) == 0);
}

// --- Index ----------------------------------------------------------------------

TEST_CASE("index JSON gives each year's index as a percentage string and the tariffs", "[heavy-care][json]") {
    Example example;
    const auto json = nlohmann::json::parse(example.index(ReportFormat::json));
    CHECK(find_json_number(json).empty());
    CHECK(json.at("model") == "Worked example (METHOD.md §8)");
    CHECK(json.at("from") == 2025);
    CHECK(json.at("to") == 2027);
    const auto& years = json.at("years");
    REQUIRE(years.size() == 3);

    const auto& y2025 = by_field(years, "year", 2025);
    CHECK(y2025.at("index").is_null());
    CHECK(by_field(y2025.at("products"), "code", "VBL").at("tariff") == "295.99");

    const auto& y2026 = by_field(years, "year", 2026);
    CHECK(y2026.at("index") == "3.85");
    CHECK(y2026.at("how").get<std::string>().rfind("3.85% applied (", 0) == 0);
    const auto& vbl = by_field(y2026.at("products"), "code", "VBL");
    CHECK(vbl.at("tariff") == "307.39");
    CHECK(vbl.at("index") == "3.85");
    CHECK_FALSE(vbl.contains("how"));  // indexed like the year
    CHECK(by_field(y2026.at("products"), "code", "AMB-U").at("tariff") == "86.11");

    const auto& y2027 = by_field(years, "year", 2027);
    CHECK(y2027.at("index") == "3.10");
    CHECK(by_field(y2027.at("products"), "code", "VBL").at("tariff") == "316.92");
    CHECK(by_field(y2027.at("products"), "code", "AMB-U").at("tariff") == "88.78");
}

TEST_CASE("index table gives a line per year on how its index was found, then the tariffs by year",
          "[heavy-care][table]") {
    Example example;
    const std::string text = example.index(ReportFormat::table);
    CHECK(text.rfind("Worked example (METHOD.md §8): indexed tariffs 2025–2027\n", 0) == 0);
    CHECK(lines_containing(text, "2026: 3.85% applied (").size() == 1);
    CHECK(lines_containing(text, "2027: 3.10% applied (").size() == 1);
    CHECK(lines_containing(text, "2025: base year").size() == 1);
    const auto vbl = lines_containing(text, "Verblijf licht");
    REQUIRE(vbl.size() == 1);
    CHECK(vbl[0].find("295.99   307.39   316.92") != std::string::npos);
    // The trajectory is priced again each year, not indexed: 3745.47, 3889.59, 4010.20.
    const auto trj = lines_containing(text, "TRJ ");
    REQUIRE(trj.size() == 1);
    CHECK(trj[0].find("3745.47  3889.59  4010.20") != std::string::npos);
    CHECK(lines_containing(text, "never indexed itself").size() == 1);
}

TEST_CASE("index CSV has a row per year and product", "[heavy-care][csv]") {
    Example example;
    const auto lines = lines_of(example.index(ReportFormat::csv));
    REQUIRE(lines.size() == 1 + 3 * 5);
    CHECK(lines[0] == "year,code,name,unit,index,tariff");
    CHECK(lines[4] == "2025,VBL,Verblijf licht,etmaal,,295.99");
    CHECK(lines[5] == "2025,TRJ,Traject ambulant met op- en afschaling,output,,3745.47");
    CHECK(lines[9] == "2026,VBL,Verblijf licht,etmaal,3.85,307.39");
    CHECK(lines[10] == "2026,TRJ,Traject ambulant met op- en afschaling,output,,3889.59");
    CHECK(lines[12] == "2027,AMB-M,Ambulante begeleiding (minuut),minute,3.10,1.48");
}

TEST_CASE("index report explains weighted provisional figures, the correction and the rounding",
          "[heavy-care]") {
    // The worked example with index series instead of applied indexes; residential care weighs 80/20.
    std::string yaml = test::read_text(test::source_dir() + "/models/examples/worked-example.yaml");
    const std::string applied = "  applied: {2026: 3.85%, 2027: 3.10%}";
    const auto at = yaml.find(applied);
    REQUIRE(at != std::string::npos);
    yaml.replace(at, applied.size(),
                 "  series:\n"
                 "    OVA: {2025: {provisional: 4.5%, definitive: 4.7%}, 2026: {provisional: 4.18%},"
                 " 2027: {provisional: 3.2%}}\n"
                 "    PPC: {2025: {provisional: 2.9%, definitive: 2.6%}, 2026: {provisional: 1.82%},"
                 " 2027: {provisional: 2.1%}}\n"
                 "  weights: {OVA: 90%, PPC: 10%}\n"
                 "  weights_by_kind: {residential: {OVA: 80%, PPC: 20%}}\n"
                 "  correction: points\n"
                 "  rounding: {index: {places: 2}}");
    const std::string dir = test::make_temp_dir();
    const std::string path = dir + "/series.yaml";
    std::ofstream(path) << yaml;
    Example example(path);
    std::filesystem::remove_all(dir);

    const std::string text = example.index(ReportFormat::table);
    CHECK(lines_containing(text, "2026: provisional 0.9 × OVA 4.18% + 0.1 × PPC 1.82% = 3.944%; "
                                 "correction (points) 2025 definitive − provisional = 4.49% − 4.34% = 0.15%; "
                                 "index 3.944% + 0.15% = 4.094%, rounded 4.09%")
              .size() == 1);
    CHECK(lines_containing(text, "2027: provisional 0.9 × OVA 3.20% + 0.1 × PPC 2.10% = 3.09%; no correction")
              .size() == 1);
    CHECK(lines_containing(text, "VBL (weights of kind residential: OVA 80%, PPC 20%) 2026: provisional 0.8 × OVA 4.18% + 0.2 × PPC 1.82%")
              .size() == 1);

    const auto json = nlohmann::json::parse(example.index(ReportFormat::json));
    CHECK(find_json_number(json).empty());
    const auto& y2026 = by_field(json.at("years"), "year", 2026);
    CHECK(y2026.at("index") == "4.09");
    const auto& vbl = by_field(y2026.at("products"), "code", "VBL");
    CHECK(vbl.at("index") == "3.81");
    CHECK(vbl.at("how").get<std::string>().find("rounded 3.81%") != std::string::npos);
    CHECK(by_field(y2026.at("products"), "code", "AMB-U").at("index") == "4.09");
}

TEST_CASE("index years outside the indexed tariffs are refused", "[heavy-care]") {
    Example example;
    std::ostringstream out;
    CHECK_THROWS_AS(tariffs::write_index(example.model, example.indexed, 2024, 2027, ReportFormat::table, out),
                    std::out_of_range);
    CHECK_THROWS_AS(tariffs::write_index(example.model, example.indexed, 2025, 2028, ReportFormat::json, out),
                    std::out_of_range);
}

// --- Allocation -----------------------------------------------------------------

TEST_CASE("allocation JSON by moving average gives each municipality's weight, exact share, amount and cent",
          "[heavy-care][json]") {
    Example example;
    const auto json =
        nlohmann::json::parse(example.allocation(tariffs::AllocationKey::moving_average, ReportFormat::json));
    CHECK(find_json_number(json).empty());
    CHECK(json.at("total") == "4062945.88");
    CHECK(json.at("key") == "moving_average");
    CHECK(json.at("year") == 2026);
    CHECK(json.at("basis") == "young_people 2023–2025");
    const auto& municipalities = json.at("municipalities");
    REQUIRE(municipalities.size() == 4);
    const auto& noordmeer = by_field(municipalities, "name", "Noordmeer");
    CHECK(noordmeer.at("weight") == "123");
    CHECK(noordmeer.at("exact") == "1878730.613684");
    CHECK(noordmeer.at("amount") == "1878730.62");
    CHECK(noordmeer.at("extra_cent") == true);
    CHECK(by_field(municipalities, "name", "Oostwold").at("amount") == "580420.84");
    CHECK(by_field(municipalities, "name", "Oostwold").at("exact") == "580420.84");
    CHECK(by_field(municipalities, "name", "Zuiderveen").at("amount") == "1237212.84");
    CHECK(by_field(municipalities, "name", "Westerhaven").at("amount") == "366581.58");
    CHECK(by_field(municipalities, "name", "Westerhaven").at("extra_cent") == false);
    CHECK_FALSE(json.contains("pool"));
}

TEST_CASE("allocation table marks approximate shares and the extra cent", "[heavy-care][table]") {
    Example example;
    const std::string text = example.allocation(tariffs::AllocationKey::moving_average, ReportFormat::table);
    CHECK(text.rfind("Worked example (METHOD.md §8): allocation 2026 by moving_average\n", 0) == 0);
    const auto noordmeer = lines_containing(text, "Noordmeer");
    REQUIRE(noordmeer.size() == 1);
    CHECK(noordmeer[0].find("≈1878730.613684") != std::string::npos);
    CHECK(noordmeer[0].find("1878730.62  +1 cent") != std::string::npos);
    const auto oostwold = lines_containing(text, "Oostwold");
    REQUIRE(oostwold.size() == 1);
    CHECK(oostwold[0].find("≈") == std::string::npos);
    CHECK(lines_containing(text, "+1 cent").size() == 2);  // Noordmeer and the footnote
}

TEST_CASE("allocation by objective gives the worked example's amounts", "[heavy-care][csv]") {
    Example example;
    const auto lines = lines_of(example.allocation(tariffs::AllocationKey::objective, ReportFormat::csv));
    REQUIRE(lines.size() == 5);
    CHECK(lines[0] == "key,year,municipality,weight,exact,amount,extra_cent,premium,use,under_use,refund,deficit");
    CHECK(lines[1].find(",1910391.77,") != std::string::npos);
    CHECK(lines[2].find(",551591.99,") != std::string::npos);
    CHECK(lines[3] == "objective,2026,Zuiderveen,9300000,1251172.075629,1251172.08,true,,,,,");
    CHECK(lines[4].find(",349790.04,") != std::string::npos);
}

TEST_CASE("insurance allocation gives premiums, use, under-use, refunds and the pool", "[heavy-care][json]") {
    Example example;
    const auto json = nlohmann::json::parse(example.allocation(tariffs::AllocationKey::insurance, ReportFormat::json));
    CHECK(find_json_number(json).empty());
    CHECK(json.at("key") == "insurance");
    CHECK(json.at("surplus") == "522945.88");
    CHECK(json.at("pool") == "261472.94");
    CHECK(json.at("deficit") == "0.00");
    const auto& municipalities = json.at("municipalities");
    const auto& noordmeer = by_field(municipalities, "name", "Noordmeer");
    CHECK(noordmeer.at("premium") == "1878730.62");
    CHECK(noordmeer.at("use") == "1710000.00");
    CHECK(noordmeer.at("under_use") == "168730.62");
    CHECK(noordmeer.at("refund") == "84365.31");
    CHECK(noordmeer.at("amount") == "1794365.31");
    CHECK(by_field(municipalities, "name", "Oostwold").at("refund") == "80210.42");
    CHECK(by_field(municipalities, "name", "Zuiderveen").at("refund") == "43606.42");
    CHECK(by_field(municipalities, "name", "Westerhaven").at("refund") == "53290.79");

    const std::string text = example.allocation(tariffs::AllocationKey::insurance, ReportFormat::markdown);
    CHECK(text.find("surplus 522945.88; no-claim pool 261472.94") != std::string::npos);
    CHECK(text.find("| Noordmeer | 123 | ≈1878730.613684 | 1878730.62 | +1 cent | 1710000.00 | 168730.62 | "
                    "84365.31 | 0.00 | 1794365.31 |") != std::string::npos);
}
