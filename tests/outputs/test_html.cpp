// The HTML report (tariffs/html_report.hpp): one self-contained page with the
// price sheet, each product's waterfall and derivation, the budgets and an
// allocation. Checked in-process for its amounts and its independence from
// anything outside the file, and, where Chromium is installed, rendered in a
// real browser: the screenshot is not blank and the amounts in the rendered DOM
// are the engine's.
#include "engine/decimal.hpp"
#include "tariffs/pricing/allocation.hpp"
#include "tariffs/pricing/cost_model.hpp"
#include "tariffs/reports/html/html_report.hpp"
#include "tariffs/pricing/indexation.hpp"
#include "tariffs/model/model_loader.hpp"
#include "tariffs/reports/report_data.hpp"

#include "cli_runner.hpp"

#include "skip.hpp"

#include <cctype>
#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include <sys/wait.h>

namespace {

using engine::Number;

// A model's report data, computed in-process as `tariff report` would.
struct Report {
    explicit Report(const std::string& file)
        : model(tariffs::load_model(test::source_dir() + "/" + file)),
          cost(model),
          data(tariffs::collect_report_data(model, cost)) {}

    // The allocation of all providers' budget in `year`, as `tariff allocate --key insurance` makes it.
    void allocate(int year) {
        data.allocation = tariffs::allocate(model.municipalities, model.allocation, tariffs::AllocationKey::insurance,
                                            year, *data.budgets->amount_of("total", year));
    }

    std::string html(const tariffs::Locale& locale = tariffs::Locale{}) const {
        std::ostringstream out;
        tariffs::write_html(data, locale, out);
        return out.str();
    }

    tariffs::Model model;
    tariffs::CostModel cost;
    tariffs::ReportData data;
};

std::string cents(const Number& value) { return engine::format_decimal(value, 2); }
// As the page shows an amount: to the cent, `≈ ` where that hides digits.
std::string shown_cents(const Number& value) {
    const std::string text = cents(value);
    return (Number::parse(text) == value ? "" : "≈ ") + text;
}
std::string shown_tariff(const Number& value) {
    const auto shown = engine::display_amount(value);
    return (shown.approximate ? "≈ " : "") + shown.text;
}

std::size_t count(const std::string& text, const std::string& what) {
    std::size_t n = 0;
    for (std::size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + what.size())) ++n;
    return n;
}

std::string decode(const std::string& text) {
    static const std::pair<const char*, const char*> entities[] = {
        {"&lt;", "<"}, {"&gt;", ">"}, {"&quot;", "\""}, {"&#39;", "'"}, {"&nbsp;", " "}, {"&amp;", "&"}};
    std::string out = text;
    for (const auto& [from, to] : entities) {
        const std::string f = from;
        for (std::size_t at = out.find(f); at != std::string::npos; at = out.find(f, at + 1)) out.replace(at, f.size(), to);
    }
    return out;
}

// Every element with a `data-field`: its key (`field=tariff code=VBL year=…`)
// and the text it shows, tags stripped. A minimal scanner for the markup the
// report writes (and Chromium serialises back): the element's content holds no
// element of its own name.
std::multimap<std::string, std::string> data_fields(const std::string& html) {
    std::multimap<std::string, std::string> fields;
    const std::string marker = "data-field=\"";
    for (std::size_t at = html.find(marker); at != std::string::npos; at = html.find(marker, at + 1)) {
        const std::size_t open = html.rfind('<', at);
        const std::size_t close = html.find('>', at);
        REQUIRE(open != std::string::npos);
        REQUIRE(close != std::string::npos);
        const std::string tag = html.substr(open + 1, close - open - 1);
        const std::string name = tag.substr(0, tag.find_first_of(" \n\t"));
        std::map<std::string, std::string> attributes;
        for (std::size_t a = tag.find("=\""); a != std::string::npos; a = tag.find("=\"", a + 2)) {
            const std::size_t begin = tag.rfind(' ', a) + 1;
            const std::size_t end = tag.find('"', a + 2);
            attributes[tag.substr(begin, a - begin)] = decode(tag.substr(a + 2, end - a - 2));
            a = end;
        }
        std::string key = "field=" + attributes["data-field"];
        for (const char* part : {"code", "provider", "municipality", "year"})
            if (attributes.count(std::string("data-") + part)) key += std::string(" ") + part + "=" + attributes["data-" + std::string(part)];
        const std::size_t end = html.find("</" + name + ">", close);
        REQUIRE(end != std::string::npos);
        std::string text;
        bool in_tag = false;
        for (char c : html.substr(close + 1, end - close - 1)) {
            if (c == '<') in_tag = true;
            else if (c == '>') in_tag = false;
            else if (!in_tag) text += c;
        }
        fields.emplace(key, decode(text));
    }
    return fields;
}

// What the page must show for each key: the engine's values, formatted.
std::map<std::string, std::string> expected_plain_fields(const tariffs::ReportData& data);

// An English amount as a reader sees it in the document: `4054450.50` as
// `4,054,450.50` (a leading `≈ ` or `-` kept).
std::string grouped(const std::string& text) {
    std::size_t start = 0;
    while (start < text.size() && !std::isdigit(static_cast<unsigned char>(text[start]))) ++start;
    const std::size_t point = std::min(text.find('.', start), text.find('%', start));
    const std::size_t whole_end = point == std::string::npos ? text.size() : point;
    std::string out = text.substr(0, start);
    for (std::size_t i = start; i < whole_end; ++i) {
        if (i > start && (whole_end - i) % 3 == 0) out += ',';
        out += text[i];
    }
    return out + text.substr(whole_end);
}

std::map<std::string, std::string> expected_fields(const tariffs::ReportData& data) {
    std::map<std::string, std::string> expected = expected_plain_fields(data);
    for (auto& [_, text] : expected) text = grouped(text);
    return expected;
}

std::map<std::string, std::string> expected_plain_fields(const tariffs::ReportData& data) {
    std::map<std::string, std::string> expected;
    for (const auto& line : data.sheet.lines) {
        const std::string code = " code=" + line.code;
        expected["field=tariff" + code] = shown_tariff(line.tariff);
        expected["field=staff_cost" + code] = shown_cents(line.staff_cost.value());
        expected["field=client_cost" + code] = shown_cents(line.client_cost.value());
        expected["field=overhead" + code] = shown_cents(line.overhead.value());
        expected["field=risk" + code] = shown_cents(line.risk.value());
    }
    for (const auto& price : data.prices) {
        const std::string code = " code=" + price.product->code;
        expected["field=base_tariff" + code] = shown_tariff(price.tariff.value);
        expected["field=tariff_exact" + code] = shown_cents(price.tariff_exact->value);
    }
    for (const auto& price : data.sheet.trajectories) {
        const std::string code = " code=" + price.trajectory->code;
        expected["field=trajectory_price" + code] = shown_tariff(price.price);
        expected["field=expected_cost" + code] = engine::display_value(price.expected_cost).text;
    }
    if (data.indexed) {
        for (const auto& trajectory : data.indexed->trajectories)
            for (const auto& year : trajectory.years)
                expected["field=price code=" + trajectory.trajectory->code + " year=" + std::to_string(year.year)] =
                    shown_tariff(year.price);
        for (int year = data.indexed->base_year + 1; year <= data.indexed->last_year; ++year)
            expected["field=index year=" + std::to_string(year)] =
                tariffs::percentage_text(data.indexed->index_of(year)->index) + "%";
        for (const auto& product : data.indexed->products)
            for (const auto& year : product.years)
                expected["field=price code=" + product.product->code + " year=" + std::to_string(year.year)] =
                    shown_tariff(year.price);
    }
    if (data.budgets) {
        for (const auto& check : data.budgets->frames) {
            const std::string year = " year=" + std::to_string(check.year);
            expected["field=total" + year] = cents(check.total);
            if (check.frame) expected["field=frame" + year] = cents(*check.frame);
            if (check.headroom) expected["field=headroom" + year] = cents(*check.headroom);
            if (check.over()) expected["field=over" + year] = cents(-*check.headroom);
        }
        for (const auto& provider : data.budgets->providers) {
            for (const auto& year : provider.years) {
                const std::string who = " provider=" + provider.provider->name + " year=" + std::to_string(year.year);
                expected["field=budget" + who] = cents(year.total);
                expected["field=availability" + who] = cents(year.availability);
                for (const auto& line : year.lines)
                    expected["field=line code=" + line.code + " provider=" + provider.provider->name +
                             " year=" + std::to_string(year.year)] = cents(line.amount);
            }
        }
    }
    if (data.allocation) {
        for (const auto& share : data.allocation->shares) {
            expected["field=amount municipality=" + share.name] = cents(share.amount);
            if (data.allocation->key == tariffs::AllocationKey::insurance)
                expected["field=refund municipality=" + share.name] = cents(share.refund);
        }
    }
    return expected;
}

// Every amount the page marks is the engine's, and every amount the engine has is on the page.
void check_fields(const std::string& html, const tariffs::ReportData& data) {
    const auto found = data_fields(html);
    const auto expected = expected_fields(data);
    for (const auto& [key, text] : found) {
        INFO(key);
        auto want = expected.find(key);
        REQUIRE(want != expected.end());
        CHECK(text == want->second);
    }
    for (const auto& [key, text] : expected) {
        INFO(key);
        CHECK(found.count(key) > 0);
    }
}

void write_file(const std::string& path, const std::string& text) {
    std::ofstream out(path, std::ios::binary);
    out << text;
    REQUIRE(out.good());
}

}  // namespace

TEST_CASE("the HTML report of the worked example shows the engine's amounts", "[html]") {
    Report report("models/examples/worked-example.yaml");
    report.allocate(2026);
    const std::string html = report.html();

    CHECK(html.starts_with("<!DOCTYPE html>"));
    CHECK(html.find("<svg") != std::string::npos);
    // the tariffs of METHOD.md §8
    const auto fields = data_fields(html);
    auto all = [&](const std::string& key, const std::string& text) {
        INFO(key);
        REQUIRE(fields.count(key) > 0);
        for (auto [it, end] = fields.equal_range(key); it != end; ++it) CHECK(it->second == text);
    };
    all("field=tariff code=AMB-U", "82.92");
    all("field=tariff code=AMB-M", "1.38");
    all("field=base_tariff code=AMB-M", "82.92");
    all("field=tariff code=DAG", "81.35");
    all("field=tariff code=VBL", "295.99");
    all("field=staff_cost code=VBL", "≈ 165.03");
    all("field=client_cost code=VBL", "≈ 76.79");
    // the budgets and the frame
    all("field=budget provider=Horizon Jeugdzorg year=2025", "4,054,450.50");
    all("field=budget provider=Horizon Jeugdzorg year=2026", "4,062,945.88");
    all("field=budget provider=Horizon Jeugdzorg year=2027", "4,046,019.94");
    all("field=line code=VBL provider=Horizon Jeugdzorg year=2026", "3,197,624.48");
    all("field=availability provider=Horizon Jeugdzorg year=2027", "160,604.03");
    all("field=frame year=2027", "4,000,000.00");
    all("field=headroom year=2026", "137,054.12");
    all("field=headroom year=2027", "-46,019.94");
    all("field=over year=2027", "46,019.94");
    CHECK(fields.count("field=over year=2026") == 0);
    // the indexed tariffs
    all("field=index year=2026", "3.85%");
    all("field=price code=VBL year=2026", "307.39");
    all("field=price code=VBL year=2027", "316.92");
    // the trajectory of METHOD.md §9, priced again in each year
    all("field=trajectory_price code=TRJ", "3,745.47");
    all("field=expected_cost code=TRJ", "3,567.114");
    all("field=price code=TRJ year=2026", "3,889.59");
    // the insurance allocation of 2026
    all("field=refund municipality=Noordmeer", "84,365.31");
    all("field=refund municipality=Westerhaven", "53,290.79");
    check_fields(html, report.data);

    // the derivation: each value with its rule, scope and place in the model
    CHECK(html.find("fte_per_place * staff_cost_per_fte / (days_per_year * occupancy)") != std::string::npos);
    CHECK(html.find("product VBL, models/standard.yaml:120") != std::string::npos);
    CHECK(html.find("staff level gedragswetenschapper, ") != std::string::npos);
    CHECK(html.find("models/examples/worked-example.yaml:20</span>") != std::string::npos);
    CHECK(html.find("Besluit Jeugdwet art. 2.3") != std::string::npos);
    // folded on screen, written out for print
    CHECK(count(html, "<details class=\"derivation screen-only\"") == 4);
    CHECK(count(html, "<div class=\"print-only\">") == 4);
    CHECK(html.find("@media print") != std::string::npos);
}

TEST_CASE("the HTML report is self-contained and well nested", "[html]") {
    for (const char* file : {"models/examples/worked-example.yaml", "models/examples/region.yaml"}) {
        INFO(file);
        Report report(file);
        const std::string html = report.html();
        // nothing from outside the file: no links, images, scripts, fonts or imports
        CHECK(html.find("http://") == std::string::npos);
        CHECK(html.find("https://") == std::string::npos);
        CHECK(html.find("src=") == std::string::npos);
        CHECK(html.find("<link") == std::string::npos);
        CHECK(html.find("<script") == std::string::npos);
        CHECK(html.find("url(") == std::string::npos);
        CHECK(html.find("@import") == std::string::npos);
        // every link stays in the page and finds its target
        for (std::size_t at = html.find("href=\""); at != std::string::npos; at = html.find("href=\"", at + 1)) {
            const std::string target = html.substr(at + 6, html.find('"', at + 6) - at - 6);
            INFO(target);
            REQUIRE(target.starts_with("#"));
            CHECK(html.find("id=\"" + target.substr(1) + "\"") != std::string::npos);
        }
        for (const char* tag : {"section", "details", "summary", "table", "svg", "ul", "div", "text"})
            CHECK(count(html, std::string("<") + tag + (std::string(tag) == "text" ? " " : "")) ==
                  count(html, std::string("</") + tag + ">"));
        // one waterfall per product, and a chart for all providers and for each
        CHECK(count(html, "class=\"chart waterfall\"") == report.data.prices.size());
        CHECK(count(html, "class=\"chart years\"") == report.data.budgets->providers.size() + 1);
        // chart geometry is decimal text with one decimal, and no rectangle is negative
        for (const char* attribute : {" x=\"", " y=\"", " width=\"", " height=\"", " x1=\"", " y2=\""}) {
            const std::string a = attribute;
            for (std::size_t at = html.find(a); at != std::string::npos; at = html.find(a, at + 1)) {
                const std::string value = html.substr(at + a.size(), html.find('"', at + a.size()) - at - a.size());
                INFO(a << value);
                CHECK(value.find_first_not_of("0123456789.") == std::string::npos);
                CHECK(value.find('e') == std::string::npos);
            }
        }
        check_fields(html, report.data);
    }
}

TEST_CASE("the HTML report in Dutch writes euros and Dutch headers", "[html]") {
    Report report("models/examples/worked-example.yaml");
    const std::string html = report.html(tariffs::Locale{true});
    CHECK(html.find("<html lang=\"nl\">") != std::string::npos);
    CHECK(html.find("€ 295,99") != std::string::npos);
    CHECK(html.find("€ 82,92") != std::string::npos);
    CHECK(html.find("€ 4.054.450,50") != std::string::npos);
    CHECK(html.find("€ -46.019,94") != std::string::npos);
    CHECK(html.find("tarievenlijst") != std::string::npos);
    CHECK(html.find("personeelskosten") != std::string::npos);
    CHECK(html.find("BOVEN KADER") != std::string::npos);
    CHECK(html.find("295.99") == std::string::npos);
}

TEST_CASE("the HTML report renders in Chromium with the engine's amounts", "[html][chromium]") {
    const std::string chromium = "/usr/bin/chromium";
    if (!std::filesystem::exists(chromium)) {
        TARIFF_SKIP("Chromium is not installed: the browser test is skipped");
    }
    const std::string dir = test::make_temp_dir();
    int run = 0;
    // Runs Chromium headless on a page with `what` (`--screenshot=…` or `--dump-dom`); returns its exit code.
    auto chromium_on = [&](const std::string& page, const std::string& what, const std::string& out) {
        const std::string profile = dir + "/profile-" + std::to_string(++run);
        const std::string command = "timeout 60 " + chromium +
                                    " --headless --no-sandbox --disable-gpu --disable-quic --no-first-run"
                                    " --disable-background-networking --disable-component-update --disable-sync"
                                    " --hide-scrollbars --user-data-dir=" + profile + " " + what +
                                    " --window-size=1280,2000 file://" + page + " >" + out + " 2>" + dir + "/log-" +
                                    std::to_string(run) + " </dev/null";
        const int status = std::system(command.c_str());
        return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    };

    Report region("models/examples/region.yaml");
    region.allocate(2026);
    Report worked("models/examples/worked-example.yaml");
    worked.allocate(2026);
    write_file(dir + "/blank.html", "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"></head><body></body></html>\n");
    write_file(dir + "/region.html", region.html());
    write_file(dir + "/worked.html", worked.html());

    SECTION("a screenshot of the page is far from blank") {
        REQUIRE(chromium_on(dir + "/blank.html", "--screenshot=" + dir + "/blank.png", dir + "/out-blank") == 0);
        REQUIRE(chromium_on(dir + "/region.html", "--screenshot=" + dir + "/region.png", dir + "/out-region") == 0);
        REQUIRE(std::filesystem::exists(dir + "/region.png"));
        const std::string png = test::read_text(dir + "/region.png");
        CHECK(png.starts_with("\x89PNG\r\n\x1a\n"));
        const auto blank = std::filesystem::file_size(dir + "/blank.png");
        const auto page = std::filesystem::file_size(dir + "/region.png");
        INFO("blank " << blank << " bytes, report " << page << " bytes");
        CHECK(page > 2 * blank);
    }
    SECTION("the rendered DOM shows the engine's amounts") {
        for (const Report* report : {&worked, &region}) {
            const std::string name = report == &worked ? "worked" : "region";
            INFO(name);
            REQUIRE(chromium_on(dir + "/" + name + ".html", "--dump-dom", dir + "/" + name + ".dom") == 0);
            const std::string dom = test::read_text(dir + "/" + name + ".dom");
            REQUIRE(dom.find("</html>") != std::string::npos);
            // the browser kept every marked amount, and each is the engine's
            CHECK(data_fields(dom).size() == data_fields(test::read_text(dir + "/" + name + ".html")).size());
            check_fields(dom, report->data);
        }
    }
    std::filesystem::remove_all(dir);
}

TEST_CASE("the annex opens with its assumptions: every input with its value, unit, meaning and line", "[html]") {
    const auto result = test::run_tariff({"price", "models/examples/worked-example.yaml", "--format", "html"});
    REQUIRE(result.exit_code == 0);
    const std::string& html = result.out;
    const auto assumptions = html.find("<section id=\"assumptions\">");
    REQUIRE(assumptions != std::string::npos);
    CHECK(assumptions < html.find("<section id=\"price-sheet\">"));
    const std::string section = html.substr(assumptions, html.find("</section>", assumptions) - assumptions);
    CHECK(section.find("<td><code>overhead_surcharge</code></td><td class=\"num\">20%</td><td></td><td>overhead over "
                       "direct cost</td><td><code>worked-example.yaml:14</code></td>") != std::string::npos);
    CHECK(section.find("<td class=\"code\">jeugdzorgwerker</td><td><code>monthly_salary</code></td><td class=\"num\">"
                       "3,650.00</td><td>EUR/month</td>") != std::string::npos);
    CHECK(section.find("<td><code>holiday_allowance</code></td><td class=\"num\">8%</td>") != std::string::npos);
    CHECK(section.find("the method&#39;s default") != std::string::npos);
    CHECK(section.find("<td class=\"code\">VBL</td><td><code>fte_per_place</code></td><td class=\"num\">0.85</td>"
                       "<td>FTE/place</td>") != std::string::npos);
    CHECK(section.find("<td class=\"code\">DAG</td><td><code>staff_mix</code></td>") != std::string::npos);
    // No path of the machine that ran it: a file's name and line.
    CHECK(section.find(test::source_dir()) == std::string::npos);
    const auto dutch = test::run_tariff({"price", "models/examples/worked-example.yaml", "--format", "html", "--locale", "nl"});
    CHECK(dutch.out.find("<h2>uitgangspunten</h2>") != std::string::npos);
    CHECK(dutch.out.find("<td class=\"num\">3.650,00</td><td>EUR/maand</td>") != std::string::npos);
}

TEST_CASE("council tables show volumes and weights to two decimals and exact shares to the cent, marked ≈ where rounded",
          "[html]") {
    const auto result = test::run_tariff({"allocate", "models/examples/worked-example.yaml", "--key", "moving_average",
                                          "--year", "2026", "--format", "html"});
    REQUIRE(result.exit_code == 0);
    // VBL in 2027: 10950 × 0.95 × 0.95 = 9882.375 days, shown ≈ 9,882.38, not to six decimals.
    CHECK(result.out.find("316.92 × ≈ 9,882.38<") != std::string::npos);
    CHECK(result.out.find("9882.375000") == std::string::npos);
    // Noordmeer's exact share of 4062945.88 × 123/266 is not a whole cent: ≈ to the cent.
    CHECK(result.out.find("Noordmeer</td><td class=\"num\">123</td><td class=\"num\">≈ 1,878,730.61</td>") !=
          std::string::npos);
}

TEST_CASE("the Dutch annex says its notes and where each value was evaluated in Dutch", "[html][locale]") {
    const auto dutch = test::run_tariff({"budget", "models/examples/worked-example.yaml", "--format", "html", "--locale", "nl"});
    REQUIRE(dutch.exit_code == 0);
    for (const char* text : {"Het tarief is per eenheid, afgerond zoals zijn regel zegt.",
                             "De opbouw is per uur; het tarief per minuut volgt uit het afgeronde tarief per uur.",
                             "Het budget van elke aanbieder per jaar is", "personeelsmix van AMB-U: jeugdzorgwerker",
                             "functieniveau jeugdzorgwerker"}) {
        INFO(text);
        CHECK(dutch.out.find(text) != std::string::npos);
    }
    for (const char* english : {"staff mix of", "staff level ", "The tariff is per unit", "Each provider&#39;s budget"}) {
        INFO(english);
        CHECK(dutch.out.find(english) == std::string::npos);
    }
}
