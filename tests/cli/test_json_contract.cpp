// The JSON contract for other tools: `tariff price MODEL --format json` gives
// model, year and products, every amount a decimal string, never a JSON number.
#include "cli_runner.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <regex>
#include <set>
#include <string>

namespace {

const std::regex decimal_text(R"(-?\d+(\.\d+)?)");

// Every number anywhere in the document must be a string, but a year: the path
// of the first number in `node` that is not at one of the `allowed` paths.
std::string find_json_number(const nlohmann::json& node, const std::string& path,
                             const std::set<std::string>& allowed) {
    if (node.is_number()) return allowed.count(path) ? "" : path;
    if (node.is_object())
        for (const auto& [key, value] : node.items())
            if (auto found = find_json_number(value, path + "." + key, allowed); !found.empty()) return found;
    if (node.is_array())
        for (std::size_t i = 0; i < node.size(); ++i)
            if (auto found = find_json_number(node[i], path + "[" + std::to_string(i) + "]", allowed); !found.empty())
                return found;
    return "";
}

nlohmann::json price_json(const std::string& model) {
    const auto result = test::run_tariff({"price", model, "--format", "json"});
    REQUIRE(result.exit_code == 0);
    return nlohmann::json::parse(result.out);
}

}  // namespace

TEST_CASE("price JSON has model, year and products with code, name, kind, unit and tariff", "[json][cli]") {
    const auto sheet = price_json("models/examples/worked-example.yaml");
    CHECK(sheet.at("model") == "Worked example (METHOD.md §8)");
    CHECK(sheet.at("year") == 2025);
    REQUIRE(sheet.at("products").size() == 4);
    const auto& vbl = sheet.at("products").at(3);
    CHECK(vbl.at("code") == "VBL");
    CHECK(vbl.at("name") == "Verblijf licht");
    CHECK(vbl.at("kind") == "residential");
    CHECK(vbl.at("unit") == "etmaal");
    CHECK(vbl.at("ijw_unit") == "14");
    CHECK(vbl.at("tariff") == "295.99");
}

TEST_CASE("every amount in the price JSON is a decimal string", "[json][cli]") {
    for (const char* model : {"models/examples/worked-example.yaml", "models/examples/region.yaml"}) {
        const auto sheet = price_json(model);
        CHECK(find_json_number(sheet, "", {".year"}).empty());
        for (const auto& product : sheet.at("products")) {
            REQUIRE(product.at("tariff").is_string());
            CHECK(std::regex_match(product.at("tariff").get<std::string>(), decimal_text));
            for (const char* part : {"staff_cost", "client_cost", "overhead", "risk"})
                CHECK(std::regex_match(product.at("build_up").at(part).get<std::string>(), decimal_text));
        }
    }
}

TEST_CASE("the exact build-up in the JSON is the engine's fraction", "[json][cli]") {
    const auto sheet = price_json("models/examples/worked-example.yaml");
    const auto& amb = sheet.at("products").at(0);
    CHECK(amb.at("build_up").at("client_cost") == "2.5");
    CHECK(amb.at("build_up").at("exact").at("client_cost") == "5/2");
    CHECK(amb.at("build_up").at("staff_cost") == "65.247770");
}

TEST_CASE("explain JSON carries every value with its rule and position", "[json][cli]") {
    const auto result = test::run_tariff({"explain", "models/examples/worked-example.yaml", "VBL", "--format", "json"});
    REQUIRE(result.exit_code == 0);
    const auto explanation = nlohmann::json::parse(result.out);
    CHECK(explanation.at("tariff") == "295.99");
    CHECK(find_json_number(explanation, "", {".year", ".base_year"}).empty());
    CHECK(explanation.at("base_year") == 2025);
    // fte_per_place 0.85 is found in the derivation with its place in the model.
    std::function<const nlohmann::json*(const nlohmann::json&)> find = [&](const nlohmann::json& node) -> const nlohmann::json* {
        if (node.at("name") == "fte_per_place") return &node;
        if (node.contains("inputs"))
            for (const auto& input : node.at("inputs"))
                if (auto found = find(input)) return found;
        return nullptr;
    };
    const nlohmann::json* fte = find(explanation.at("derivation"));
    REQUIRE(fte != nullptr);
    CHECK(fte->at("value") == "0.85");
    CHECK(fte->at("at") == "models/examples/worked-example.yaml:58:20");
    CHECK(fte->at("scope") == "product VBL");
}
