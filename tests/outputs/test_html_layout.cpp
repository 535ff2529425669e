// How the HTML report lays out in a browser: every table within the page, each
// table's header row on top of its data rows, and a trajectory's amounts in
// cents. Chromium renders the report with a script that measures each table.
#include "cli_runner.hpp"
#include "workbook_tools.hpp"

#include "skip.hpp"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <regex>
#include <string>
#include <vector>

#include <sys/wait.h>

namespace {

// Sets `data-layout` on the body: `ok`, or each table too wide for what holds
// it (`wide`), or whose header row is not right above its first data row (`apart`).
const char* const probe = R"(<script>
(function () {
  var out = [];
  document.querySelectorAll('table').forEach(function (table, i) {
    var holder = table.parentElement.getBoundingClientRect(), own = table.getBoundingClientRect();
    var where = ((table.closest('section[id]') || {}).id || '') + ' table ' + i + ' ' + table.className;
    if (own.right > holder.right + 1 || table.scrollWidth > table.clientWidth + 1)
      out.push('wide ' + where + ' ' + Math.round(own.width) + '>' + Math.round(holder.width));
    var head = table.tHead, body = table.tBodies[0];
    if (head && body && body.rows.length) {
      var h = head.getBoundingClientRect(), b = body.rows[0].getBoundingClientRect();
      if (Math.abs(h.bottom - b.top) > 1 || Math.abs(h.left - b.left) > 1) out.push('apart ' + where);
    }
  });
  document.body.setAttribute('data-layout', out.join('; ') || 'ok');
})();
</script>)";

// The report of `args` in HTML, rendered `width` pixels wide: what the probe found.
std::string layout(const test::TempDir& dir, const std::vector<std::string>& args, int width, const std::string& name) {
    std::vector<std::string> command = args;
    const std::string page = dir.path + "/" + name + ".html";
    command.insert(command.end(), {"--format", "html", "--output", page});
    const auto result = test::run_tariff(command);
    INFO(result.err);
    REQUIRE(result.exit_code == 0);
    std::string html = test::read_text(page);
    const auto end = html.rfind("</body>");
    REQUIRE(end != std::string::npos);
    html.insert(end, probe);
    std::ofstream(page, std::ios::trunc) << html;
    const std::string dom = dir.path + "/" + name + "-" + std::to_string(width) + ".dom";
    const std::string run = "timeout 60 /usr/bin/chromium --headless --no-sandbox --disable-gpu --disable-quic "
                            "--no-first-run --disable-background-networking --disable-component-update --disable-sync "
                            "--hide-scrollbars --user-data-dir=" + dir.path + "/profile-" + name + "-" +
                            std::to_string(width) + " --dump-dom --window-size=" + std::to_string(width) +
                            ",2000 file://" + page + " >" + dom + " 2>/dev/null </dev/null";
    const int status = std::system(run.c_str());
    REQUIRE(WIFEXITED(status));
    REQUIRE(WEXITSTATUS(status) == 0);
    std::smatch found;
    const std::string text = test::read_text(dom);
    REQUIRE(std::regex_search(text, found, std::regex("data-layout=\"([^\"]*)\"")));
    return found[1].str();
}

}  // namespace

TEST_CASE("every table of the HTML report stays within the page, its header row on its data rows",
          "[html][chromium][layout]") {
    if (!std::filesystem::exists("/usr/bin/chromium")) TARIFF_SKIP("Chromium is not installed: the page is not laid out");
    const test::TempDir dir;
    for (const auto& [name, args] : std::vector<std::pair<std::string, std::vector<std::string>>>{
             {"worked", {"budget", "models/examples/worked-example.yaml"}},
             {"region", {"budget", "models/examples/region.yaml"}},
             {"region-nl", {"budget", "models/examples/region.yaml", "--locale", "nl"}}}) {
        INFO(name);
        CHECK(layout(dir, args, 1280, name) == "ok");
        // Narrower, about as wide as A4 prints: the assumptions (inputs) still fit, and no header comes apart.
        const std::string narrow = layout(dir, args, 800, name);
        CHECK(narrow.find("assumptions") == std::string::npos);
        CHECK(narrow.find("apart") == std::string::npos);
    }
}

TEST_CASE("a trajectory's amounts show in cents: the coordination surcharge too", "[html]") {
    const auto result = test::run_tariff({"price", "models/examples/worked-example.yaml", "--format", "html"});
    REQUIRE(result.exit_code == 0);
    const auto start = result.out.find("<section class=\"product\" id=\"p-TRJ\">");
    REQUIRE(start != std::string::npos);
    const std::string section = result.out.substr(start, result.out.find("</section>", start) - start);
    // 5% of 3,567.114 is 178.3557: shown to the cent, and marked as rounded.
    CHECK(section.find("<td class=\"num\">≈ 178.36</td>") != std::string::npos);
    CHECK(section.find("178.3557") == std::string::npos);
    // No amount but the expected cost (an exact sum of shares of paths) shows more than two decimals.
    const std::regex amount("<td class=\"num\">(?:≈ )?[0-9,]+\\.([0-9]+)</td>");
    int amounts = 0;
    for (std::sregex_iterator it(section.begin(), section.end(), amount), end; it != end; ++it) {
        INFO((*it)[0].str());
        CHECK((*it)[1].length() <= 2);
        ++amounts;
    }
    CHECK(amounts >= 5);
    // The tables are laid out as tables: none is itself the flex box that holds a build-up's chart and table.
    CHECK(section.find("<table class=\"buildup\">") == std::string::npos);
}
