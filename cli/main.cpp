// The `tariff` command: reads a cost model, and prints or writes what the
// tariffs layer computes. No calculation happens here.
#include "cli/atomic_file.hpp"
#include "engine/diagnostic.hpp"
#include "tariffs/cost_model.hpp"
#include "tariffs/explain_report.hpp"
#include "tariffs/explanation.hpp"
#include "tariffs/model_loader.hpp"
#include "tariffs/price_report.hpp"
#include "tariffs/price_sheet.hpp"

#include <CLI/CLI.hpp>

#include <iostream>
#include <map>
#include <sstream>

namespace {

enum ExitCode { ok = 0, problems = 1, usage = 2 };

struct UsageError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

int report(const engine::InputError& error) {
    const auto diagnostics = error.diagnostics().sorted();
    for (const auto& diagnostic : diagnostics) std::cerr << diagnostic.to_string() << '\n';
    std::cerr << diagnostics.size() << (diagnostics.size() == 1 ? " problem" : " problems") << '\n';
    return problems;
}

// Output goes to standard output, or whole into the file named by --output.
void emit(const std::string& text, const std::string& output) {
    if (output.empty()) std::cout << text << std::flush;
    else cli::write_file_atomically(output, text);
}

struct PriceOptions {
    std::string model;
    std::string format = "table";
    std::string output;
};

int run_price(const PriceOptions& options) {
    static const std::map<std::string, tariffs::ReportFormat> formats{
        {"table", tariffs::ReportFormat::table}, {"json", tariffs::ReportFormat::json},
        {"csv", tariffs::ReportFormat::csv}, {"markdown", tariffs::ReportFormat::markdown}};
    const tariffs::Model model = tariffs::load_model(options.model);
    tariffs::CostModel cost_model(model);
    const tariffs::PriceSheet sheet = tariffs::make_price_sheet(model, cost_model.price_all());
    std::ostringstream text;
    tariffs::write_price_sheet(sheet, formats.at(options.format), text);
    emit(text.str(), options.output);
    return ok;
}

struct ExplainOptions {
    std::string model;
    std::string code;
    std::string format = "text";
    std::string output;
};

int run_explain(const ExplainOptions& options) {
    const tariffs::Model model = tariffs::load_model(options.model);
    const tariffs::Product* product = model.find_product(options.code);
    if (!product) {
        std::string codes;
        for (const auto& p : model.products) codes += (codes.empty() ? "" : ", ") + p.code;
        throw UsageError("no product `" + options.code + "` in " + options.model + "; its products are " + codes);
    }
    tariffs::CostModel cost_model(model);
    engine::Diagnostics problems = cost_model.check();
    if (!problems.empty()) throw engine::InputError(problems);
    const tariffs::Explanation explanation = tariffs::explain(model, cost_model.price(*product));
    std::ostringstream text;
    tariffs::write_explanation(explanation,
                               options.format == "json" ? tariffs::ExplainFormat::json : tariffs::ExplainFormat::text,
                               text);
    emit(text.str(), options.output);
    return ok;
}

int run_validate(const std::string& path) {
    const tariffs::Model model = tariffs::load_model(path);
    tariffs::CostModel cost_model(model);
    engine::Diagnostics problems = cost_model.check();
    if (!problems.empty()) throw engine::InputError(problems);
    const std::size_t count = model.products.size();
    std::cout << path << ": no problems; " << count << (count == 1 ? " product" : " products") << " priced\n";
    return ok;
}

const char* const description =
    "tariff: substantiated tariffs for youth care from YAML cost models.\n\n"
    "Every tariff is computed exactly from the model's staff levels, hours, overhead,\n"
    "client-bound costs and surcharges under the standard method (models/standard.yaml),\n"
    "and every figure can be traced back to a line of the model.";

const char* const footer =
    "Examples:\n"
    "  tariff price models/examples/region.yaml                  the price sheet\n"
    "  tariff price models/examples/region.yaml --format json    for other tools\n"
    "  tariff explain models/examples/worked-example.yaml VBL    how a tariff is built up\n"
    "  tariff validate my-region.yaml                            every problem, with file:line:column\n\n"
    "Exit codes: 0 ok, 1 problems in the model, 2 wrong usage.";

}  // namespace

int main(int argc, char** argv) {
    CLI::App app(description, "tariff");
    app.footer(footer);
    app.require_subcommand(1);
    app.set_version_flag("--version", "tariff 0.1.0");

    PriceOptions price;
    CLI::App* price_command = app.add_subcommand("price", "Print the price sheet: every product, its unit, tariff and build-up");
    price_command->add_option("MODEL", price.model, "the cost model (YAML)")->required()->check(CLI::ExistingFile);
    price_command->add_option("-f,--format", price.format, "table (default), json, csv or markdown")
        ->check(CLI::IsMember({"table", "json", "csv", "markdown"}));
    price_command->add_option("-o,--output", price.output, "write to this file (whole or not at all) instead of standard output");

    ExplainOptions explain;
    CLI::App* explain_command = app.add_subcommand("explain", "Show how one product's tariff is derived, down to the model's lines");
    explain_command->add_option("MODEL", explain.model, "the cost model (YAML)")->required()->check(CLI::ExistingFile);
    explain_command->add_option("CODE", explain.code, "the product code, e.g. VBL")->required();
    explain_command->add_option("-f,--format", explain.format, "text (default) or json")
        ->check(CLI::IsMember({"text", "json"}));
    explain_command->add_option("-o,--output", explain.output, "write to this file (whole or not at all) instead of standard output");

    std::string validate_model;
    CLI::App* validate_command = app.add_subcommand("validate", "Check a model and list every problem; exit 0 when there is none");
    validate_command->add_option("MODEL", validate_model, "the cost model (YAML)")->required()->check(CLI::ExistingFile);

    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        return app.exit(e) == 0 ? ok : usage;
    }

    try {
        if (price_command->parsed()) return run_price(price);
        if (explain_command->parsed()) return run_explain(explain);
        if (validate_command->parsed()) return run_validate(validate_model);
    } catch (const engine::InputError& e) {
        return report(e);
    } catch (const UsageError& e) {
        std::cerr << "tariff: " << e.what() << '\n';
        return usage;
    } catch (const std::exception& e) {
        std::cerr << "tariff: " << e.what() << '\n';
        return problems;
    }
    return usage;
}
