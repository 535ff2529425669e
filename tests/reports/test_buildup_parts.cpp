// The build-up shows the parts a product's tariff depends on: a product priced
// by rules of its own shows what they compute, and a part its tariff does not
// read is no figure in any output (an empty cell, a key or column left out, no
// element in an explanation), while a standard product keeps every part.
#include "engine/decimal.hpp"
#include "tariffs/model/model_loader.hpp"
#include "tariffs/pricing/cost_model.hpp"
#include "tariffs/pricing/explanation.hpp"
#include "tariffs/pricing/indexed_tariffs.hpp"
#include "tariffs/pricing/price_sheet.hpp"
#include "tariffs/reports/text/explain_report.hpp"
#include "tariffs/reports/html/html_report.hpp"
#include "tariffs/reports/text/price_report.hpp"
#include "tariffs/reports/report_data.hpp"
#include "tariffs/reports/xlsx/xlsx_report.hpp"

#include "cli_runner.hpp"
#include "numbers.hpp"
#include "workbook_tools.hpp"

#include "skip.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <sstream>
#include <string>
#include <vector>

using test::exact;

namespace {

std::string practice(const std::string& file) { return test::source_dir() + "/models/examples/practice/" + file; }

// A model, priced as the CLI prices it.
struct Priced {
    explicit Priced(tariffs::Model loaded) : model(std::move(loaded)), cost(model), prices(cost.price_all()) {}
    explicit Priced(const std::string& path) : Priced(tariffs::load_model(path)) {}

    const tariffs::ProductPrice& price(const std::string& code) const {
        for (const auto& price : prices)
            if (price.product->code == code) return price;
        FAIL("no product " << code);
        return prices.front();
    }

    std::string sheet(tariffs::ReportFormat format) const {
        std::ostringstream out;
        tariffs::write_price_sheet(tariffs::make_price_sheet(model, prices), format, out);
        return out.str();
    }

    std::string explained(const std::string& code, tariffs::ExplainFormat format) {
        std::ostringstream out;
        tariffs::write_explanation(tariffs::explain(cost, price(code)), format, out);
        return out.str();
    }

    tariffs::Model model;
    tariffs::CostModel cost;
    std::vector<tariffs::ProductPrice> prices;
};

// The first line of `text` that starts with `start`.
std::string line_starting(const std::string& text, const std::string& start) {
    std::istringstream lines(text);
    for (std::string line; std::getline(lines, line);)
        if (line.rfind(start, 0) == 0) return line;
    return "no line starts with `" + start + "`";
}

// The worked example beside a product of the municipal table's kind.
tariffs::Model mixed_model() {
    const std::string text = test::read_text(test::source_dir() + "/models/examples/worked-example.yaml");
    const std::string own = "  - code: BGL-U\n"
                            "    name: Begeleiding (tabel)\n"
                            "    kind: individual\n"
                            "    unit: hour\n"
                            "    inputs: {hourly_wage: 24.68, productivity: 62%}\n"
                            "    rules: {tariff: {formula: hourly_wage / productivity, round: {places: 2}}}\n\n";
    std::string changed = text;
    const auto indexation = changed.find("# --- Heavy care");
    REQUIRE(indexation != std::string::npos);
    return tariffs::parse_model(changed.insert(indexation, own), "mixed.yaml");
}

}  // namespace

TEST_CASE("a product priced by rules of its own has the parts of the build-up its tariff reads, and no others",
          "[buildup]") {
    const Priced table(practice("municipal-table.yaml"));
    const tariffs::ProductPrice& price = table.price("BGL-U");
    REQUIRE(price.staff_cost);
    CHECK(exact(price.staff_cost->value) == "1234/31");  // 24.68 / 0.62
    REQUIRE(price.overhead);
    CHECK(exact(price.overhead->value) == "9.5");
    CHECK_FALSE(price.client_cost);
    CHECK_FALSE(price.risk);
    CHECK_FALSE(price.tariff_exact);
    CHECK_FALSE(price.personnel_share);
    // The exact tariff is the tariff before its rule rounds it: 1234/31 + 19/2.
    CHECK(exact(price.exact_tariff()) == "3057/62");
    CHECK(exact(price.tariff.value) == "50");
}

TEST_CASE("a standard product keeps every part of its build-up", "[buildup]") {
    const Priced worked(test::source_dir() + "/models/examples/worked-example.yaml");
    for (const auto& price : worked.prices) {
        INFO(price.product->code);
        CHECK(price.staff_cost);
        CHECK(price.client_cost);
        CHECK(price.overhead);
        CHECK(price.risk);
        CHECK(price.tariff_exact);
        CHECK(price.personnel_share);
        CHECK(price.exact_tariff() == price.tariff_exact->value);
    }
}

TEST_CASE("a product's personnel share given as a constant rule is part of its build-up", "[buildup]") {
    std::string text = test::read_text(practice("esf-hourly-rate.yaml"));
    const std::string rules = "      tariff: staff_cost\n";
    text.insert(text.find(rules) + rules.size(), "      personnel_share: 100%\n");
    const Priced esf(tariffs::parse_model(text, "esf.yaml"));
    REQUIRE(esf.price("TRJ-U").personnel_share);
    CHECK(exact(esf.price("TRJ-U").personnel_share->value) == "1");
    CHECK_FALSE(esf.price("GDW-U").personnel_share);
}

TEST_CASE("a product indexed by its personnel share without a staff cost is refused at the product", "[buildup]") {
    std::string text = test::read_text(practice("esf-hourly-rate.yaml"));
    text.replace(text.find("year: 2025\n"), 11, "year: 2025\nuntil: 2026\n");
    text += "indexation:\n  applied: {2026: 3%}\n  weights_by_kind: {individual: personnel_share}\n";
    Priced esf(tariffs::parse_model(text, "esf.yaml"));
    try {
        tariffs::index_tariffs(esf.cost, 2026);
        FAIL("indexed by a personnel share it does not have");
    } catch (const engine::InputError& error) {
        REQUIRE(error.diagnostics().size() == 1);
        CHECK(error.diagnostics().items().front().pos.to_string() == "esf.yaml:11:5");
        CHECK(error.diagnostics().items().front().message.english() ==
              "product `TRJ-U` is indexed by its personnel share, but its tariff has no staff cost to take the "
              "share from: give it its own `index_weights`, e.g. {OVA: 90%, PPC: 10%}");
    }
}

TEST_CASE("the price sheet in JSON leaves out a part the tariff does not depend on", "[buildup]") {
    const Priced table(practice("municipal-table.yaml"));
    const auto json = nlohmann::json::parse(table.sheet(tariffs::ReportFormat::json));
    const auto& build_up = json.at("products").at(0).at("build_up");
    CHECK(build_up.at("staff_cost") == "39.806452");
    CHECK(build_up.at("overhead") == "9.5");
    CHECK(build_up.at("exact").at("staff_cost") == "1234/31");
    for (const char* absent : {"client_cost", "risk", "personnel_share"}) {
        INFO(absent);
        CHECK_FALSE(build_up.contains(absent));
        CHECK_FALSE(build_up.at("exact").contains(absent));
    }
}

TEST_CASE("the price sheet in CSV keeps its columns and leaves a part the tariff does not depend on empty",
          "[buildup]") {
    const Priced table(practice("municipal-table.yaml"));
    const std::string csv = table.sheet(tariffs::ReportFormat::csv);
    CHECK(csv.find("code,name,kind,unit,ijw_unit,category,tariff,build_up_per,staff_cost,client_cost,overhead,risk,"
                   "personnel_share\n") != std::string::npos);
    CHECK(csv.find("BGL-U,Begeleiding individueel (uur),individual,hour,04,45,50.00,hour,39.806452,,9.5,,\n") !=
          std::string::npos);
}

TEST_CASE("the price sheet for people leaves out a column no product has, and leaves a cell empty otherwise",
          "[buildup]") {
    const Priced table(practice("municipal-table.yaml"));
    CHECK(line_starting(table.sheet(tariffs::ReportFormat::table), "code ") ==
          "code   name                              kind        iJw  category  tariff  per     build-up per  staff cost  overhead");
    CHECK(line_starting(table.sheet(tariffs::ReportFormat::markdown), "| code ") ==
          "| code | name | kind | iJw | category | tariff | per | build-up per | staff cost | overhead |");

    const Priced mixed(mixed_model());
    const std::string both = mixed.sheet(tariffs::ReportFormat::table);
    CHECK(line_starting(both, "code ").ends_with("per      build-up per  staff cost  client cost  overhead   risk"));
    // BGL-U's tariff reads none of the standard build-up: its row ends at its tariff's unit.
    CHECK(line_starting(both, "BGL-U ") == "BGL-U  Begeleiding (tabel)             individual   04              39.81  hour");
}

TEST_CASE("an explanation leaves out the elements the tariff does not depend on", "[buildup]") {
    Priced table(practice("municipal-table.yaml"));
    const std::string text = table.explained("BGL-U", tariffs::ExplainFormat::text);
    CHECK(text.find("(a) Cost of professionals\n") != std::string::npos);
    CHECK(text.find("(b)") == std::string::npos);
    CHECK(text.find("(c) Overhead\n") != std::string::npos);
    CHECK(text.find("(risk)") == std::string::npos);
    CHECK(text.find("(d) Indexation\n") != std::string::npos);

    const auto json = nlohmann::json::parse(table.explained("BGL-U", tariffs::ExplainFormat::json));
    std::vector<std::string> ids;
    for (const auto& element : json.at("elements")) ids.push_back(element.at("id"));
    CHECK(ids == std::vector<std::string>{"a", "c", "d"});
}

TEST_CASE("the HTML page shows the parts the tariff depends on, as steps and rows", "[buildup]") {
    tariffs::Model model = tariffs::load_model(practice("municipal-table.yaml"));
    tariffs::CostModel cost(model);
    const tariffs::ReportData data = tariffs::collect_report_data(model, cost);
    std::ostringstream out;
    tariffs::write_html(data, tariffs::Locale{}, out);
    const std::string html = out.str();
    CHECK(html.find("(a) staff cost</td>") != std::string::npos);
    CHECK(html.find("(c) overhead</td>") != std::string::npos);
    CHECK(html.find("(b) client cost</td>") == std::string::npos);
    CHECK(html.find("risk</td>") == std::string::npos);
    CHECK(html.find("data-code=\"BGL-U\" data-field=\"client_cost\"></td>") != std::string::npos);  // an empty cell
}

TEST_CASE("the workbook leaves a part the tariff does not depend on empty and recalculates to the engine's tariffs",
          "[buildup][xlsx][libreoffice]") {
    if (!test::has_libreoffice()) {
        TARIFF_SKIP("LibreOffice is not installed: the workbook is not recalculated");
    }
    const test::TempDir dir;
    tariffs::Model model = tariffs::load_model(practice("municipal-table.yaml"));
    tariffs::CostModel cost(model);
    const tariffs::ReportData data = tariffs::collect_report_data(model, cost);
    const std::string book = dir.path + "/table.xlsx";
    tariffs::write_xlsx(data, book);
    test::export_csv(dir.path + "/csv", {book});
    const test::Rows rows = test::parse_csv(test::read_text(dir.path + "/csv/table-Price sheet.csv"));
    REQUIRE(rows.size() > 3);
    const std::vector<std::string> header = rows[0];
    const auto column = [&](const std::string& name) {
        for (std::size_t c = 0; c < header.size(); ++c)
            if (header[c] == name) return c;
        FAIL("no column " << name);
        return std::size_t{0};
    };
    const std::vector<std::string>& first = rows[1];
    CHECK(first[column("Code")] == "BGL-U");
    CHECK(test::cell_number(first[column("Tariff")]) == test::num("50"));
    CHECK(test::cell_number(first[column("Overhead")]) == test::num("9.5"));
    CHECK(first[column("Client cost")].empty());
    CHECK(first[column("Risk")].empty());
    CHECK(first[column("Personnel share")].empty());
    CHECK(test::cell_number(rows[2][column("Tariff")]) == test::num("0.83"));  // BGL-M: 50 / 60
}
