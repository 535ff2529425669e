#include "cli/registry.hpp"

#include "cli/commands/commands.hpp"
#include "engine/input_file.hpp"
#include "engine/text_check.hpp"

#include <CLI/CLI.hpp>

#include <algorithm>
#include <memory>

namespace cli {

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

const char* const strict_help = "a warning is an error (exit 1): a value outside its parameter's usual range";

const std::vector<std::string> report_formats{"table", "json", "csv", "markdown"};
// The heavy-care commands and price also write the workbook and the HTML report.
const std::vector<std::string> rich_formats{"table", "json", "csv", "markdown", "xlsx", "html"};

void add_model(CLI::App& command, ModelInput& model, const char* strict = strict_help) {
    command.add_option("MODEL", model.path, "the cost model (YAML)")->required()->check(existing_file);
    command.add_flag("--strict", model.strict, strict);
    command.add_option("--scenario", model.scenario, "compute under this scenario of the model's `scenarios`");
    command.add_option("--set", model.sets,
                       "NAME=VALUE: compute with this input changed, e.g. overhead_surcharge=22%, "
                       "jeugdzorgwerker.monthly_salary=3900.00 or AMB-BEG-U.direct_share=75% (repeatable; "
                       "after --scenario)")
        ->allow_extra_args(false);
}

void add_locale(CLI::App& command, Output& output) {
    command.add_option("--locale", output.locale,
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
        if (std::find(formats.begin(), formats.end(), known.name) != formats.end() &&
            list.find(extension) == std::string::npos)
            list += (list.empty() ? "" : ", ") + extension;
    }
    const bool workbook = std::find(formats.begin(), formats.end(), "xlsx") != formats.end();
    return std::string("write to this file, whole or not at all, instead of standard output") +
           (workbook ? " (xlsx needs it)" : "") + "; its extension (" + list + ") chooses the format";
}

// `formats`: the command's, its default first.
void add_output(CLI::App& command, Output& output, std::vector<std::string> formats) {
    std::string list;
    for (const auto& format : formats) list += (list.empty() ? "" : ", ") + format;
    output.formats = formats;
    command.add_option("-f,--format", output.format_name, list + " (default " + formats.front() + ")")
        ->check(CLI::IsMember(formats));
    command.add_option("-o,--output", output.file, output_help(formats));
    add_locale(command, output);
}

// A command whose options live in an `Options` of its own, shared by its setup and its run.
template <typename Options>
Command command(std::string name, std::string description, std::string examples,
                void (*setup)(CLI::App&, Options&), int (*run)(Options&)) {
    const auto options = std::make_shared<Options>();
    return Command{std::move(name), std::move(description), std::move(examples),
                   [options, setup](CLI::App& app) { setup(app, *options); }, [options, run] { return run(*options); },
                   [options]() -> const Output& { return options->output; }};
}

void price(CLI::App& app, PriceOptions& options) {
    add_model(app, options.model);
    add_output(app, options.output, rich_formats);
}

void explain(CLI::App& app, ExplainOptions& options) {
    add_model(app, options.model);
    app.add_option("CODE", options.explain.code, "the product code, e.g. VBL")->required();
    app.add_option("-y,--year", options.explain.year, "explain the tariff indexed to this contract year");
    add_output(app, options.output, {"text", "json"});
}

void index(CLI::App& app, IndexOptions& options) {
    add_model(app, options.model);
    app.add_option("--from", options.index.from, "first year (default: the model's base year)");
    app.add_option("--to", options.index.to, "last year (default: the model's last contract year, `until`)");
    add_output(app, options.output, rich_formats);
}

void budget(CLI::App& app, BudgetOptions& options) {
    add_model(app, options.model,
              "exit 3 when a year's budgets exceed its frame; and a warning is an error (exit 1): a value outside "
              "its parameter's usual range");
    app.add_option("-y,--year", options.budget.year, "only this year");
    add_output(app, options.output, rich_formats);
}

void allocate(CLI::App& app, AllocateOptions& options) {
    tariffs::app::AllocationOptions& allocation = options.allocation;
    add_model(app, options.model);
    app.add_option("-k,--key", options.key,
                   "moving_average, objective, usage, insurance, or all (each year's contributions under every key)")
        ->required();
    app.add_option("-y,--year", allocation.year, "the year (default: the first year after the base year)");
    app.add_option("--from", allocation.from,
                   "the forecast from this year (with --to; default with --key all: the year after the base year)");
    app.add_option("--to", allocation.to, "the forecast up to this year (default: the last contract year)");
    app.add_option("-b,--budget", allocation.budget,
                   "what to split: total (all providers, the default), a provider's name, a lot, or an amount");
    add_output(app, options.output, rich_formats);
}

void scenarios(CLI::App& app, ScenariosOptions& options) {
    app.add_option("MODEL", options.model.path, "the cost model (YAML), with `scenarios`")
        ->required()
        ->check(existing_file);
    app.add_option("-s,--scenario", options.scenarios.names, "only these, e.g. cao-2026,lean-overhead (default: all)")
        ->delimiter(',')
        ->allow_extra_args(false);
    app.add_option("-y,--year", options.scenarios.year, "the tariffs of this contract year (default: the base year)");
    app.add_flag("--strict", options.model.strict, strict_help);
    add_output(app, options.output, rich_formats);
}

void compare(CLI::App& app, CompareOptions& options) {
    ModelInput& new_model = options.new_model;
    app.add_option("OLD", options.old_model, "the model as it was (YAML)")->required()->check(existing_file);
    app.add_option("NEW", new_model.path, "the model as it is now (default: OLD, with --scenario or --set)")
        ->check(existing_file);
    app.add_option("--scenario", new_model.scenario, "compare OLD with this scenario of NEW (or of OLD)");
    app.add_option("--set", new_model.sets, "NAME=VALUE: an input changed in NEW (repeatable)")
        ->allow_extra_args(false);
    app.add_option("-y,--year", options.compare.year,
                   "compare the tariffs of this contract year (default: the base year)");
    app.add_flag("--strict", new_model.strict, strict_help);
    app.add_option("--explain", options.compare.explain, "CODE: this product's derivation under both, side by side");
    add_output(app, options.output, report_formats);
}

void check_bids(CLI::App& app, CheckBidsOptions& options) {
    add_model(app, options.model);
    app.add_option("BIDS", options.check.bids,
                   "CSV with provider, product and tariff (unit optional); `,` or `;`, decimal point or comma")
        ->required()
        ->check(existing_file);
    app.add_option("-y,--year", options.check.year, "compare with the tariffs of this year (default: the base year)");
    add_output(app, options.output, report_formats);
}

void check_index(CLI::App& app, CheckIndexOptions& options) {
    add_model(app, options.model);
    app.add_option("TARIFFS", options.check.tariffs, "CSV with provider, product, year and tariff")
        ->required()
        ->check(existing_file);
    add_output(app, options.output, report_formats);
}

void check_buildup(CLI::App& app, CheckBuildUpOptions& options) {
    add_model(app, options.model);
    app.add_option("BUILDUP", options.check.buildup, "the provider's inputs (YAML)")->required()->check(existing_file);
    add_output(app, options.output, report_formats);
}

void sensitivity(CLI::App& app, SensitivityOptions& options) {
    add_model(app, options.model);
    app.add_option("CODE", options.sensitivity.codes, "only these products (default: all, and the budget)");
    app.add_option("--by", options.by, "how far each input moves, as a share of its value (default 1%)");
    app.add_option("--points", options.points,
                   "move inputs written as percentages by this many percentage points instead, e.g. 0.5");
    app.add_option("-y,--year", options.sensitivity.year,
                   "the tariffs (and budget) of this contract year (default: the base year)");
    add_output(app, options.output, rich_formats);
}

void solve(CLI::App& app, SolveOptions& options) {
    tariffs::app::SolveOptions& solve = options.solve;
    add_model(app, options.model);
    app.add_option("CODE", solve.code, "the product, e.g. VBL (with --budget-year: the budget line, for --vary volume)");
    app.add_option("--target", options.target,
                   "the tariff sought, e.g. 300.00 (per the kind's base unit), or with --budget-year the year's total "
                   "budget")
        ->required();
    app.add_option("--vary", solve.vary,
                   "the input to vary, as --set names it, e.g. VBL.occupancy (or occupancy, the product's own) or "
                   "overhead_surcharge; with --budget-year: availability or volume")
        ->required();
    app.add_option("-y,--year", solve.year, "seek the tariff indexed to this contract year (default: the base year)");
    app.add_option("--budget-year", solve.budget_year, "seek a total budget of this year instead of a tariff");
    app.add_option("--provider", solve.provider, "with --budget-year: whose availability or volume to vary");
    add_output(app, options.output, {"table", "json"});
}

void fingerprint(CLI::App& app, FingerprintOptions& options) {
    add_model(app, options.model);
    add_output(app, options.output, {"text", "json"});
}

void parameters(CLI::App& app, ParametersOptions& options) {
    app.add_option("MODEL", options.model.path, "a cost model: its method's parameters (default: the standard method)")
        ->check(existing_file);
    add_output(app, options.output, {"table", "markdown", "csv", "json"});
}

void validate(CLI::App& app, ValidateOptions& options) {
    add_model(app, options.model);
    add_locale(app, options.output);
}

}  // namespace

std::vector<Command> commands() {
    return {
        command("price", "The price sheet: every product, its unit, tariff and build-up",
                "  tariff price models/examples/region.yaml                         the price sheet\n"
                "  tariff price models/examples/region.yaml -o region.xlsx          the workbook (the extension chooses)\n"
                "  tariff price models/examples/region.yaml --set overhead_surcharge=22% --locale nl",
                price, run_price),
        command("explain", "How one product's tariff is derived, down to the model's lines",
                "  tariff explain models/examples/worked-example.yaml VBL           the derivation, line by line\n"
                "  tariff explain models/examples/worked-example.yaml VBL --year 2026\n"
                "  tariff explain models/examples/worked-example.yaml TRJ --format json",
                explain, run_explain),
        command("index", "The price sheet of each year, with each year's index and how it was computed",
                "  tariff index models/examples/region.yaml\n"
                "  tariff index models/examples/region.yaml --from 2025 --to 2028 --format csv\n"
                "  tariff index models/examples/region.yaml -o index.html           the annex as one page",
                index, run_index),
        command("budget", "Task-based budgets per provider and year, against the region's frame",
                "  tariff budget models/examples/worked-example.yaml\n"
                "  tariff budget models/examples/worked-example.yaml --year 2026 --strict\n"
                "  tariff budget models/examples/region.yaml -o budgets.xlsx",
                budget, run_budget),
        command("allocate", "Split a budget over the municipalities by a key",
                "  tariff allocate models/examples/worked-example.yaml --key insurance --year 2026\n"
                "  tariff allocate models/examples/region.yaml --key all --from 2026 --to 2028\n"
                "  tariff allocate models/examples/region.yaml --key objective --budget Verblijf",
                allocate, run_allocate),
        command("scenarios", "Each tariff, and each year's budgets, under the model and under each of its scenarios",
                "  tariff scenarios models/examples/region.yaml\n"
                "  tariff scenarios models/examples/region.yaml --scenario cao-2026 --year 2026",
                scenarios, run_scenarios),
        command("compare", "What changed between two versions of a model, and which changed input caused how much",
                "  tariff compare models/examples/region.yaml models/examples/region-cao.yaml\n"
                "  tariff compare models/examples/region.yaml --set overhead_surcharge=22% --explain AMB-BEG-U",
                compare, run_compare),
        command("check-bids", "Check providers' bids against the reference tariffs",
                "  tariff check-bids models/examples/region.yaml models/examples/region-bids.csv\n"
                "  tariff check-bids models/examples/region.yaml models/examples/region-bids.csv --format csv",
                check_bids, run_check_bids),
        command("check-index", "Check a provider's indexed tariffs per product and year",
                "  tariff check-index models/examples/region.yaml models/examples/region-provider-tariffs.csv",
                check_index, run_check_index),
        command("check-buildup", "Check a bid's own build-up: does its tariff follow from its inputs, and why it differs",
                "  tariff check-buildup models/examples/region.yaml models/examples/region-buildup.yaml",
                check_buildup, run_check_buildup),
        command("sensitivity", "Which inputs move each tariff, and the year's budget, most: each moved down and up",
                "  tariff sensitivity models/examples/worked-example.yaml AMB-U\n"
                "  tariff sensitivity models/examples/worked-example.yaml --by 5% --year 2026",
                sensitivity, run_sensitivity),
        command("solve",
                "The value of one input at which a product's tariff is a target, exactly, and the values that round to "
                "it",
                "  tariff solve models/examples/worked-example.yaml VBL --target 300.00 --vary VBL.occupancy\n"
                "  tariff solve models/examples/worked-example.yaml AMB-U --target 90.00 --vary overhead_surcharge",
                solve, run_solve),
        command("fingerprint", "The fingerprint every report carries, with the files and overrides it is made of",
                "  tariff fingerprint models/examples/region.yaml --format json", fingerprint, run_fingerprint),
        command("parameters",
                "Every parameter of the method: its meaning, unit, range, default, and whether a model must give it",
                "  tariff parameters                                                 the standard method's\n"
                "  tariff parameters models/examples/region.yaml --format markdown",
                parameters, run_parameters),
        command("validate", "Check a model and list every problem; exit 0 when there is none",
                "  tariff validate my-region.yaml                                    every problem, with file:line:column\n"
                "  tariff validate my-region.yaml --strict                           warnings are errors too",
                validate, run_validate),
    };
}

}  // namespace cli
