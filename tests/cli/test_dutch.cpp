// `--locale nl` is Dutch throughout: no fixed English text of ours reaches a
// Dutch output, of any command in any format (JSON is never localised).
//
// The check strips what is not our fixed text (what the model and the method
// say in their own words: names, `about` texts, file paths; code such as rule
// names and commands) and then looks for English words that Dutch does not
// share (the, of, and, total, line, frame, ...).
#include "tariffs/model/model_loader.hpp"

#include "cli_runner.hpp"
#include "skip.hpp"
#include "workbook_tools.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cctype>
#include <regex>
#include <set>
#include <string>
#include <vector>

namespace {

const std::string region = "models/examples/region.yaml";
const std::string worked = "models/examples/worked-example.yaml";

// The words of the model and the method: they are the user's, in the user's language.
std::vector<std::string> model_texts(const std::string& path) {
    const tariffs::Model model = tariffs::load_model(test::source_dir() + "/" + path);
    std::vector<std::string> texts{model.name, model.method.name};
    const auto add_about = [&](const std::vector<engine::Definition>& definitions) {
        for (const auto& definition : definitions) {
            texts.push_back(definition.description);
            if (definition.usual) texts.push_back(definition.usual->source);
            if (definition.kind == engine::Definition::Kind::formula) texts.push_back(definition.text);
        }
    };
    add_about(model.definitions);
    add_about(model.method.definitions);
    for (const auto& kind : model.method.kinds) add_about(kind.definitions);
    for (const auto& role : model.roles) texts.insert(texts.end(), {role.name, role.about});
    for (const auto& product : model.products) texts.insert(texts.end(), {product.code, product.name});
    for (const auto& provider : model.budgets.providers) texts.insert(texts.end(), {provider.name, provider.lot});
    for (const auto& municipality : model.municipalities) texts.push_back(municipality.name);
    for (const auto& scenario : model.scenarios) texts.insert(texts.end(), {scenario.name, scenario.about});
    for (const auto& trajectory : model.trajectories) {
        texts.insert(texts.end(), {trajectory.code, trajectory.name});
        for (const auto& phase : trajectory.phases) texts.push_back(phase.name);
        for (const auto& path : trajectory.paths) texts.push_back(path.name);
    }
    std::sort(texts.begin(), texts.end(), [](const auto& a, const auto& b) { return a.size() > b.size(); });
    return texts;
}

// English words Dutch does not share, as whole words (not `of`, Dutch for `or`; not `budget`).
const std::regex english(
    R"(\b(the|and|with|each|from|total|line|lines|year|years|frame|amount|amounts|tariffs|budgets|share|shares|weight|weights|provider|providers|price|sheet|rounded|shown|marks|exactly|above|below|within|changed|unknown|missing|reference|difference|bid|bids|parts|index of|per year|build-up|derivation|whole|these|inputs|lot|hour|minute|daypart|output|yes|carried|low|high|insurance|fingerprint)\b|\(risk\))",
    std::regex::icase);

// Lines of `output` that still hold English of ours.
std::vector<std::string> english_lines(std::string output, const std::vector<std::string>& model_words) {
    if (output.find("<sheet ") != std::string::npos) {  // a workbook's XML: one line per text
        output = std::regex_replace(output, std::regex(R"x(<sheet name="([^"]*)")x"), "\n$1\n");
        output = std::regex_replace(output, std::regex("<t[^>]*>([^<]*)</t>"), "\n$1\n");
        // A cell that is a staff mix's `share`: a name of the model format, as the Inputs sheet lists names.
        output = std::regex_replace(output, std::regex("\nshare\n"), "\n");
        output = std::regex_replace(output, std::regex("<[^>]*>"), " ");
        output = std::regex_replace(output, std::regex("&apos;"), "'");
    }
    if (output.find("<html") != std::string::npos) {  // the text a reader sees: no style, no markup
        output = std::regex_replace(output, std::regex("<style>[^]*?</style>"), " ");
        output = std::regex_replace(output, std::regex(R"(<span class="dn">[^<]*</span>)"), " ");  // a rule's name
        output = std::regex_replace(output, std::regex("<[^>]*>"), " ");
        output = std::regex_replace(output, std::regex("&#39;"), "'");
    }
    for (const auto& text : model_words) {
        if (text.empty()) continue;
        for (auto at = output.find(text); at != std::string::npos; at = output.find(text, at)) output.replace(at, text.size(), " ");
    }
    // Our Dutch name of iJw unit 82 keeps the English word in brackets, as the iJw does.
    for (auto at = output.find("stuks (output)"); at != std::string::npos; at = output.find("stuks (output)", at))
        output.replace(at, 14, " ");
    // Code and paths: `…` spans, identifiers with _ or -, file paths, the program's name and version.
    output = std::regex_replace(output, std::regex("`[^`\n]*`"), " ");
    output = std::regex_replace(output, std::regex(R"([A-Za-z0-9_./-]*\.(yaml|csv|xlsx|html)(:[0-9:]+)?)"), " ");
    output = std::regex_replace(output, std::regex(R"(\b[a-z]+(_[a-z0-9]+)+\b)"), " ");
    output = std::regex_replace(output, std::regex(R"(tariff [0-9]+\.[0-9]+\.[0-9]+)"), " ");
    output = std::regex_replace(output, std::regex(R"((^|\n)\s*[a-z_]+ =)"), "$1 ");  // a rule's name in a derivation
    std::vector<std::string> found;
    std::size_t start = 0;
    while (start < output.size()) {
        const std::size_t end = std::min(output.find('\n', start), output.size());
        const std::string line = output.substr(start, end - start);
        if (std::regex_search(line, english)) found.push_back(line.substr(0, 200));
        start = end + 1;
    }
    return found;
}

struct Run {
    std::vector<std::string> arguments;
    std::string model;
};

}  // namespace

TEST_CASE("no fixed English text reaches a Dutch output, of any command in any format", "[locale][dutch]") {
    const std::vector<Run> runs{
        {{"price", region}, region},
        {{"price", worked}, worked},
        {{"price", worked, "--set", "overhead_surcharge=22%"}, worked},
        {{"sensitivity", worked, "TRJ"}, worked},
        {{"index", region}, region},
        {{"index", "models/examples/practice/split-indexation.yaml"}, "models/examples/practice/split-indexation.yaml"},
        {{"budget", region}, region},
        {{"allocate", worked, "--key", "insurance", "--year", "2026"}, worked},
        {{"allocate", region, "--key", "all"}, region},
        {{"scenarios", region}, region},
        {{"compare", region, "models/examples/region-cao.yaml"}, region},
        {{"sensitivity", worked, "AMB-U"}, worked},
        {{"explain", worked, "VBL"}, worked},
        {{"explain", worked, "TRJ", "--year", "2026"}, worked},
        {{"check-bids", region, "models/examples/region-bids.csv"}, region},
        {{"check-index", region, "models/examples/region-provider-tariffs.csv"}, region},
        {{"check-buildup", region, "models/examples/region-buildup.yaml"}, region},
        {{"solve", worked, "VBL", "--target", "300.00", "--vary", "VBL.occupancy"}, worked},
        {{"parameters"}, worked},
        {{"validate", worked}, worked},
    };
    std::set<std::string> problems;
    for (const auto& run : runs) {
        const auto model_words = model_texts(run.model);
        int written = 0;
        for (const std::string format : {"", "table", "text", "csv", "markdown", "html"}) {
            std::vector<std::string> arguments = run.arguments;
            arguments.insert(arguments.end(), {"--locale", "nl"});
            if (!format.empty()) arguments.insert(arguments.end(), {"--format", format});
            const auto result = test::run_tariff(arguments);
            if (result.exit_code == 2) continue;  // a format the command does not write
            ++written;
            INFO(result.err);
            CHECK((result.exit_code == 0 || result.exit_code == 3));
            std::string shown;
            for (const auto& word : arguments) shown += word + " ";
            for (const auto& line : english_lines(result.out + "\n" + result.err, model_words))
                problems.insert(shown + "| " + line);
        }
        INFO(run.arguments.front() << " takes --locale nl");
        CHECK(written > 0);
        // The workbook, where the command writes one.
        const test::TempDir dir;
        std::vector<std::string> arguments = run.arguments;
        arguments.insert(arguments.end(), {"--locale", "nl", "--output", dir.path + "/book.xlsx"});
        const auto result = test::run_tariff(arguments);
        if (result.exit_code == 2) continue;
        const auto text = test::workbook_text(dir.path + "/book.xlsx", dir.path);
        if (!text) TARIFF_SKIP("unzip is missing: cannot read the workbooks");
        std::string shown;
        for (const auto& word : arguments) shown += word + " ";
        for (const auto& line : english_lines(*text, model_words)) problems.insert(shown + "| " + line);
    }
    std::string report;
    for (const auto& problem : problems) report += problem + "\n";
    INFO(report);
    CHECK(problems.empty());
}

TEST_CASE("a sensitivity after the base year names the index figures it moves in Dutch", "[locale][dutch]") {
    const std::string region = test::source_dir() + "/models/examples/region.yaml";
    const auto dutch = test::run_tariff({"sensitivity", region, "LOG", "--year", "2027", "--locale", "nl"});
    REQUIRE(dutch.exit_code == 0);
    CHECK_THAT(dutch.out, Catch::Contains("index OVA 2025 voorlopig") && Catch::Contains("index OVA 2026 definitief"));
    CHECK_THAT(dutch.out, !Catch::Contains("provisional") && !Catch::Contains("definitive"));
    const auto english = test::run_tariff({"sensitivity", region, "LOG", "--year", "2027"});
    CHECK_THAT(english.out, Catch::Contains("index OVA 2025 provisional"));
}
