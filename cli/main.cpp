// The `tariff` command: its options and help. What each command does is in
// cli/commands.cpp; the calculation is in tariffs/.
#include "cli/commands.hpp"
#include "cli/progress.hpp"
#include "cli/unknown_words.hpp"
#include "engine/diagnostic.hpp"
#include "engine/input_file.hpp"
#include "engine/suggest.hpp"
#include "engine/text_check.hpp"
#include "tariffs/model/fingerprint.hpp"

#include <CLI/CLI.hpp>

#include <algorithm>
#include <cerrno>
#include <cctype>
#include <csignal>
#include <cstring>
#include <filesystem>
#include <iostream>
#include <map>
#include <sstream>

namespace {

// CLI11's check that an input file exists, except that a loop of symbolic
// links, which CLI11 reports as a file that does not exist, is named as such.
const CLI::Validator existing_file(
    [](std::string& path) -> std::string {
        if (engine::is_link_loop(path))
            return "File is a loop of symbolic links, each naming the next: " + engine::excerpt(path);
        return CLI::ExistingFile(path);
    },
    "FILE");

int report(const engine::InputError& error) {
    const auto diagnostics = error.diagnostics().sorted();
    for (const auto& diagnostic : diagnostics) std::cerr << engine::shown(diagnostic.to_string()) << '\n';
    std::cerr << diagnostics.size() << (diagnostics.size() == 1 ? " problem" : " problems") << '\n';
    return cli::problems;
}

const char* const description =
    "tariff: substantiated tariffs and budgets for youth care from YAML cost models.\n\n"
    "Every tariff is computed exactly from the model's staff levels, hours, overhead,\n"
    "client-bound costs and surcharges under the standard method (models/standard.yaml),\n"
    "indexed year by year, and every figure can be traced back to a line of the model.";

const char* const footer =
    "Examples:\n"
    "  tariff price models/examples/region.yaml                    the price sheet\n"
    "  tariff price models/examples/region.yaml --format json      the same for other tools\n"
    "  tariff explain models/examples/worked-example.yaml VBL      how a tariff is built up\n"
    "  tariff index models/examples/region.yaml --from 2025 --to 2028\n"
    "  tariff budget models/examples/worked-example.yaml --strict  budgets against the frames\n"
    "  tariff allocate models/examples/worked-example.yaml --key insurance --year 2026\n"
    "  tariff scenarios models/examples/region.yaml               tariffs under each scenario of the model\n"
    "  tariff price models/examples/region.yaml --set overhead_surcharge=22%\n"
    "  tariff compare models/examples/region.yaml models/examples/region-cao.yaml   what changed, and why\n"
    "  tariff sensitivity models/examples/worked-example.yaml AMB-U   which input moves the tariff most\n"
    "  tariff solve models/examples/worked-example.yaml VBL --target 300.00 --vary VBL.occupancy\n"
    "  tariff check-bids models/examples/region.yaml models/examples/region-bids.csv\n"
    "  tariff check-index models/examples/region.yaml models/examples/region-provider-tariffs.csv\n"
    "  tariff check-buildup models/examples/region.yaml models/examples/region-buildup.yaml\n"
    "  tariff validate my-region.yaml                              every problem, with file:line:column\n"
    "  tariff parameters                                           what the standard method asks of a model\n\n"
    "Exit codes: 0 ok, 1 problems in the input, 2 wrong usage, 3 findings (budget --strict over a frame;\n"
    "a bid outside its bounds, an indexed tariff that differs, a build-up that does not add up;\n"
    "solve: no value in the input's range reaches the target).";

const char* const strict_help = "a warning is an error (exit 1): a value outside its parameter's usual range";

// Each command's own examples, in its --help (the overview's are in `tariff --help`).
const std::map<std::string, std::string> command_examples{
    {"price",
     "  tariff price models/examples/region.yaml                         the price sheet\n"
     "  tariff price models/examples/region.yaml -o region.xlsx          the workbook (the extension chooses)\n"
     "  tariff price models/examples/region.yaml --set overhead_surcharge=22% --locale nl"},
    {"explain",
     "  tariff explain models/examples/worked-example.yaml VBL           the derivation, line by line\n"
     "  tariff explain models/examples/worked-example.yaml VBL --year 2026\n"
     "  tariff explain models/examples/worked-example.yaml TRJ --format json"},
    {"index",
     "  tariff index models/examples/region.yaml\n"
     "  tariff index models/examples/region.yaml --from 2025 --to 2028 --format csv\n"
     "  tariff index models/examples/region.yaml -o index.html           the annex as one page"},
    {"budget",
     "  tariff budget models/examples/worked-example.yaml\n"
     "  tariff budget models/examples/worked-example.yaml --year 2026 --strict\n"
     "  tariff budget models/examples/region.yaml -o budgets.xlsx"},
    {"allocate",
     "  tariff allocate models/examples/worked-example.yaml --key insurance --year 2026\n"
     "  tariff allocate models/examples/region.yaml --key all --from 2026 --to 2028\n"
     "  tariff allocate models/examples/region.yaml --key objective --budget Verblijf"},
    {"scenarios",
     "  tariff scenarios models/examples/region.yaml\n"
     "  tariff scenarios models/examples/region.yaml --scenario cao-2026 --year 2026"},
    {"compare",
     "  tariff compare models/examples/region.yaml models/examples/region-cao.yaml\n"
     "  tariff compare models/examples/region.yaml --set overhead_surcharge=22% --explain AMB-BEG-U"},
    {"check-bids",
     "  tariff check-bids models/examples/region.yaml models/examples/region-bids.csv\n"
     "  tariff check-bids models/examples/region.yaml models/examples/region-bids.csv --format csv"},
    {"check-index",
     "  tariff check-index models/examples/region.yaml models/examples/region-provider-tariffs.csv"},
    {"check-buildup",
     "  tariff check-buildup models/examples/region.yaml models/examples/region-buildup.yaml"},
    {"sensitivity",
     "  tariff sensitivity models/examples/worked-example.yaml AMB-U\n"
     "  tariff sensitivity models/examples/worked-example.yaml --by 5% --year 2026"},
    {"solve",
     "  tariff solve models/examples/worked-example.yaml VBL --target 300.00 --vary VBL.occupancy\n"
     "  tariff solve models/examples/worked-example.yaml AMB-U --target 90.00 --vary overhead_surcharge"},
    {"fingerprint", "  tariff fingerprint models/examples/region.yaml --format json"},
    {"parameters",
     "  tariff parameters                                                 the standard method's\n"
     "  tariff parameters models/examples/region.yaml --format markdown"},
    {"validate",
     "  tariff validate my-region.yaml                                    every problem, with file:line:column\n"
     "  tariff validate my-region.yaml --strict                           warnings are errors too"},
};

void add_examples(CLI::App* command) {
    const auto examples = command_examples.find(command->get_name());
    command->footer(examples == command_examples.end() ? std::string() : "Examples:\n" + examples->second);
}

void add_model(CLI::App* command, cli::ModelInput& model, const char* strict = strict_help) {
    command->add_option("MODEL", model.path, "the cost model (YAML)")->required()->check(existing_file);
    command->add_flag("--strict", model.strict, strict);
    command->add_option("--scenario", model.scenario, "compute under this scenario of the model's `scenarios`");
    command->add_option("--set", model.sets,
                        "NAME=VALUE: compute with this input changed, e.g. overhead_surcharge=22%, "
                        "jeugdzorgwerker.monthly_salary=3900.00 or AMB-BEG-U.direct_share=75% (repeatable; "
                        "after --scenario)")
        ->allow_extra_args(false);
}

// Each command's formats, its default first (the commands share one Output).
std::map<const CLI::App*, std::vector<std::string>> command_formats;

void add_locale(CLI::App* command, cli::Output& output) {
    command->add_option("--locale", output.locale,
                        "en (default: 1234.56, `,` in CSV) or nl (€ 1.234,56, `;` in CSV, Dutch text); "
                        "JSON is never localised")
        ->check(CLI::IsMember({"en", "nl"}));
}

// `--output`'s help names only what the command writes: the extensions of its formats,
// and that a workbook needs a file only where it writes one.
std::string output_help(const std::vector<std::string>& formats) {
    std::string list;
    for (const auto& known : tariffs::output_formats()) {
        const std::string extension(known.extensions.front());
        if (std::find(formats.begin(), formats.end(), known.name) != formats.end() && list.find(extension) == std::string::npos)
            list += (list.empty() ? "" : ", ") + extension;
    }
    const bool workbook = std::find(formats.begin(), formats.end(), "xlsx") != formats.end();
    return std::string("write to this file, whole or not at all, instead of standard output") +
           (workbook ? " (xlsx needs it)" : "") + "; its extension (" + list + ") chooses the format";
}

void add_output(CLI::App* command, cli::Output& output, std::vector<std::string> formats) {
    std::string list;
    for (const auto& format : formats) list += (list.empty() ? "" : ", ") + format;
    command_formats[command] = formats;
    command->add_option("-f,--format", output.format_name, list + " (default " + formats.front() + ")")
        ->check(CLI::IsMember(formats));
    command->add_option("-o,--output", output.file, output_help(formats));
    add_locale(command, output);
}

// The format a file name's extension says (`.xlsx`, `.md`, ...), among `formats`;
// empty for an extension that says none.
std::string format_of_extension(const std::string& file, const std::vector<std::string>& formats) {
    std::string extension = std::filesystem::path(file).extension().string();
    std::transform(extension.begin(), extension.end(), extension.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    std::vector<std::string> named;  // the formats with this extension (`.txt`: table, text)
    for (const auto& known : tariffs::output_formats())
        if (std::find(known.extensions.begin(), known.extensions.end(), extension) != known.extensions.end())
            named.emplace_back(known.name);
    for (const auto& format : named)
        if (std::find(formats.begin(), formats.end(), format) != formats.end()) return format;
    return named.empty() ? "" : named.front();
}

// Without --format, --output's extension chooses the format; with it, the two
// must agree, so a workbook is never a text table named `.xlsx`.
void choose_format(const CLI::App& command, cli::Output& output) {
    const auto formats = command_formats.find(&command);
    if (formats == command_formats.end()) return;
    const std::string by_extension = output.file.empty() ? "" : format_of_extension(output.file, formats->second);
    const bool known = std::find(formats->second.begin(), formats->second.end(), by_extension) != formats->second.end();
    std::string list;
    for (const auto& format : formats->second) list += (list.empty() ? "" : ", ") + format;
    std::string chosen = output.format_name;
    if (command.count("--format") == 0) {
        if (!by_extension.empty() && !known)
            throw cli::UsageError(command.get_name() + " writes " + list + ", not " + by_extension + " (--output " +
                                  output.file + ")");
        chosen = by_extension.empty() ? formats->second.front() : by_extension;
    } else if (!by_extension.empty() && by_extension != chosen) {
        throw cli::UsageError("--format " + chosen + " does not match --output " + output.file +
                              ": name the file for its format, or leave --format out");
    }
    output.format = *tariffs::output_format_named(chosen);  // --format takes only the names of the table
}

const std::vector<std::string> report_formats{"table", "json", "csv", "markdown"};
// The heavy-care commands and price also write the workbook and the HTML report.
const std::vector<std::string> rich_formats{"table", "json", "csv", "markdown", "xlsx", "html"};

}  // namespace

int main(int argc, char** argv) {
    CLI::App app(description, "tariff");
    app.footer(footer);
    app.require_subcommand(1);
    app.set_version_flag("--version", tariffs::program_version());

    cli::ModelInput model;
    std::string code, key, budget = "total";
    std::optional<int> year, from, to;
    cli::Output output;

    CLI::App* price = app.add_subcommand("price", "The price sheet: every product, its unit, tariff and build-up");
    add_model(price, model);
    add_output(price, output, rich_formats);

    CLI::App* explain = app.add_subcommand("explain", "How one product's tariff is derived, down to the model's lines");
    add_model(explain, model);
    explain->add_option("CODE", code, "the product code, e.g. VBL")->required();
    explain->add_option("-y,--year", year, "explain the tariff indexed to this contract year");
    add_output(explain, output, {"text", "json"});

    CLI::App* index = app.add_subcommand("index", "The price sheet of each year, with each year's index and how it was computed");
    add_model(index, model);
    index->add_option("--from", from, "first year (default: the model's base year)");
    index->add_option("--to", to, "last year (default: the model's last contract year, `until`)");
    add_output(index, output, rich_formats);

    CLI::App* budget_command = app.add_subcommand("budget", "Task-based budgets per provider and year, against the region's frame");
    add_model(budget_command, model,
              "exit 3 when a year's budgets exceed its frame; and a warning is an error (exit 1): a value outside "
              "its parameter's usual range");
    budget_command->add_option("-y,--year", year, "only this year");
    add_output(budget_command, output, rich_formats);

    CLI::App* allocate = app.add_subcommand("allocate", "Split a budget over the municipalities by a key");
    add_model(allocate, model);
    allocate->add_option("-k,--key", key,
                         "moving_average, objective, usage, insurance, or all (each year's contributions under every key)")
        ->required();
    allocate->add_option("-y,--year", year, "the year (default: the first year after the base year)");
    allocate->add_option("--from", from, "the forecast from this year (with --to; default with --key all: the year after "
                                         "the base year)");
    allocate->add_option("--to", to, "the forecast up to this year (default: the last contract year)");
    allocate->add_option("-b,--budget", budget,
                         "what to split: total (all providers, the default), a provider's name, a lot, or an amount");
    add_output(allocate, output, rich_formats);

    cli::ModelInput compared;
    std::vector<std::string> scenario_names;
    CLI::App* scenarios = app.add_subcommand(
        "scenarios", "Each tariff, and each year's budgets, under the model and under each of its scenarios");
    scenarios->add_option("MODEL", compared.path, "the cost model (YAML), with `scenarios`")
        ->required()->check(existing_file);
    scenarios->add_option("-s,--scenario", scenario_names, "only these, e.g. cao-2026,lean-overhead (default: all)")
        ->delimiter(',')
        ->allow_extra_args(false);
    scenarios->add_option("-y,--year", year, "the tariffs of this contract year (default: the base year)");
    scenarios->add_flag("--strict", compared.strict, strict_help);
    add_output(scenarios, output, rich_formats);

    std::string old_model;
    cli::ModelInput new_model;
    CLI::App* compare = app.add_subcommand(
        "compare", "What changed between two versions of a model, and which changed input caused how much");
    compare->add_option("OLD", old_model, "the model as it was (YAML)")->required()->check(existing_file);
    compare->add_option("NEW", new_model.path, "the model as it is now (default: OLD, with --scenario or --set)")
        ->check(existing_file);
    compare->add_option("--scenario", new_model.scenario, "compare OLD with this scenario of NEW (or of OLD)");
    compare->add_option("--set", new_model.sets, "NAME=VALUE: an input changed in NEW (repeatable)")
        ->allow_extra_args(false);
    compare->add_option("-y,--year", year, "compare the tariffs of this contract year (default: the base year)");
    compare->add_flag("--strict", new_model.strict, strict_help);
    std::string compare_explain;
    compare->add_option("--explain", compare_explain, "CODE: this product's derivation under both, side by side");
    add_output(compare, output, report_formats);

    std::string bids, list, buildup;
    CLI::App* check_bids = app.add_subcommand("check-bids", "Check providers' bids against the reference tariffs");
    add_model(check_bids, model);
    check_bids->add_option("BIDS", bids, "CSV with provider, product and tariff (unit optional); `,` or `;`, "
                                         "decimal point or comma")->required()->check(existing_file);
    check_bids->add_option("-y,--year", year, "compare with the tariffs of this year (default: the base year)");
    add_output(check_bids, output, report_formats);

    CLI::App* check_index = app.add_subcommand("check-index", "Check a provider's indexed tariffs per product and year");
    add_model(check_index, model);
    check_index->add_option("TARIFFS", list, "CSV with provider, product, year and tariff")
        ->required()->check(existing_file);
    add_output(check_index, output, report_formats);

    CLI::App* check_buildup = app.add_subcommand(
        "check-buildup", "Check a bid's own build-up: does its tariff follow from its inputs, and why it differs");
    add_model(check_buildup, model);
    check_buildup->add_option("BUILDUP", buildup, "the provider's inputs (YAML)")->required()->check(existing_file);
    add_output(check_buildup, output, report_formats);

    std::vector<std::string> sensitivity_codes;
    std::string by = "1%", points;
    CLI::App* sensitivity = app.add_subcommand(
        "sensitivity", "Which inputs move each tariff, and the year's budget, most: each moved down and up");
    add_model(sensitivity, model);
    sensitivity->add_option("CODE", sensitivity_codes, "only these products (default: all, and the budget)");
    sensitivity->add_option("--by", by, "how far each input moves, as a share of its value (default 1%)");
    sensitivity->add_option("--points", points,
                            "move inputs written as percentages by this many percentage points instead, e.g. 0.5");
    sensitivity->add_option("-y,--year", year, "the tariffs (and budget) of this contract year (default: the base year)");
    add_output(sensitivity, output, rich_formats);

    std::string target, vary, provider;
    std::optional<int> budget_year;
    CLI::App* solve = app.add_subcommand(
        "solve", "The value of one input at which a product's tariff is a target, exactly, and the values that round to it");
    add_model(solve, model);
    solve->add_option("CODE", code, "the product, e.g. VBL (with --budget-year: the budget line, for --vary volume)");
    solve->add_option("--target", target, "the tariff sought, e.g. 300.00 (per the kind's base unit), or with "
                                          "--budget-year the year's total budget")->required();
    solve->add_option("--vary", vary, "the input to vary, as --set names it, e.g. VBL.occupancy (or occupancy, the product's "
                                      "own) or overhead_surcharge; "
                                      "with --budget-year: availability or volume")
        ->required();
    solve->add_option("-y,--year", year, "seek the tariff indexed to this contract year (default: the base year)");
    solve->add_option("--budget-year", budget_year, "seek a total budget of this year instead of a tariff");
    solve->add_option("--provider", provider, "with --budget-year: whose availability or volume to vary");
    add_output(solve, output, {"table", "json"});

    CLI::App* fingerprint = app.add_subcommand(
        "fingerprint", "The fingerprint every report carries, with the files and overrides it is made of");
    add_model(fingerprint, model);
    add_output(fingerprint, output, {"text", "json"});

    CLI::App* parameters = app.add_subcommand(
        "parameters", "Every parameter of the method: its meaning, unit, range, default, and whether a model must give it");
    parameters->add_option("MODEL", model.path, "a cost model: its method's parameters (default: the standard method)")
        ->check(existing_file);
    add_output(parameters, output, {"table", "markdown", "csv", "json"});

    CLI::App* validate = app.add_subcommand("validate", "Check a model and list every problem; exit 0 when there is none");
    add_model(validate, model);
    add_locale(validate, output);

    for (CLI::App* command : app.get_subcommands([](const CLI::App*) { return true; })) add_examples(command);

    if (auto unknown = cli::unknown_word(app, argc, argv)) {
        std::cerr << "tariff: " << *unknown << '\n';
        return cli::usage;
    }
    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        // CLI11 echoes the argument it could not use: shown escaped, so an
        // argument cannot drive the terminal.
        std::ostringstream out, err;
        const int code = app.exit(e, out, err);
        std::cout << out.str();
        std::cerr << engine::shown(err.str());
        return code == 0 ? cli::ok : cli::usage;
    }

    const CLI::App* command = app.get_subcommands().front();
    try {
        choose_format(*command, output);
    } catch (const cli::UsageError& e) {
        std::cerr << "tariff: " << engine::shown(e.what()) << '\n';
        return cli::usage;
    }

    // A closed pipe is an error to report, not a signal that ends the process unseen.
    std::signal(SIGPIPE, SIG_IGN);
    const int exit_code = [&]() -> int {
        try {
            const cli::Progress progress("tariff " + app.get_subcommands().front()->get_name());
            cli::refuse_output_onto_inputs(output, {model.path, compared.path, old_model, new_model.path, bids, list, buildup});
            if (price->parsed()) return cli::run_price(model, output);
            if (explain->parsed()) return cli::run_explain(model, code, year, output);
            if (index->parsed()) return cli::run_index(model, from, to, output);
            if (budget_command->parsed()) return cli::run_budget(model, year, model.strict, output);
            if (allocate->parsed()) return cli::run_allocate(model, key, year, from, to, budget, output);
            if (scenarios->parsed()) return cli::run_scenarios(compared, scenario_names, year, output);
            if (compare->parsed()) return cli::run_compare(old_model, new_model, year, compare_explain, output);
            if (check_bids->parsed()) return cli::run_check_bids(model, bids, year, output);
            if (check_index->parsed()) return cli::run_check_index(model, list, output);
            if (check_buildup->parsed()) return cli::run_check_buildup(model, buildup, output);
            if (fingerprint->parsed()) return cli::run_fingerprint(model, output);
            if (parameters->parsed()) return cli::run_parameters(model, output);
            if (solve->parsed()) return cli::run_solve(model, code, target, vary, year, budget_year, provider, output);
            if (sensitivity->parsed())
                return cli::run_sensitivity(model, sensitivity_codes, by, points, year, output);
            if (validate->parsed()) return cli::run_validate(model, output);
        } catch (const engine::InputError& e) {
            return report(e);
        } catch (const cli::UsageError& e) {
            std::cerr << "tariff: " << engine::shown(e.what()) << '\n';
            return cli::usage;
        } catch (const std::exception& e) {
            std::cerr << "tariff: " << engine::shown(e.what()) << '\n';
            return cli::problems;
        }
        return cli::usage;
    }();
    // Output that did not arrive (a full disk, a closed pipe) is a failure.
    std::cout.flush();
    if (!std::cout) {
        std::cerr << "tariff: cannot write to standard output: " << std::strerror(errno) << '\n';
        return cli::problems;
    }
    return exit_code;
}
