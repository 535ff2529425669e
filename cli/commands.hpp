// The commands of `tariff`: each reads a model, asks the tariffs layer for a
// result, and writes it. Each returns the process's exit code.
#pragma once

#include "tariffs/reports/report_format.hpp"

#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace cli {

enum ExitCode { ok = 0, problems = 1, usage = 2, findings = 3 };

// Wrong usage that only shows once the model is read (an unknown product code).
struct UsageError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

struct Output {
    tariffs::OutputFormat format = tariffs::OutputFormat::table;  // chosen by --format or --output's extension
    std::string format_name;  // --format as given: empty when not given
    std::string file;    // empty: standard output
    std::string locale = "en";  // `nl`: `€ 1.234,56`, `;` in CSV, Dutch headers
};

// The model a command computes, and the scenario it computes it under.
struct ModelInput {
    std::string path;
    std::string scenario;           // --scenario: one the model names, or empty
    std::vector<std::string> sets;  // --set NAME=VALUE, in order
    bool strict = false;            // --strict: a warning (a value outside its usual range) is an error
};

// Throws UsageError when --output names one of the command's input files:
// writing the report would destroy what it was computed from.
void refuse_output_onto_inputs(const Output& output, const std::vector<std::string>& inputs);

int run_price(const ModelInput& model, const Output& output);
int run_explain(const ModelInput& model, const std::string& code, std::optional<int> year, const Output& output);
int run_validate(const ModelInput& model, const Output& output);
int run_index(const ModelInput& model, std::optional<int> from, std::optional<int> to, const Output& output);
int run_budget(const ModelInput& model, std::optional<int> year, bool strict, const Output& output);
// `key` may be `all`; with `from`/`to` (or `all`) the forecast over the years.
int run_allocate(const ModelInput& model, const std::string& key, std::optional<int> year, std::optional<int> from,
                 std::optional<int> to, const std::string& budget, const Output& output);

// Each product's tariff (and each year's budgets) under the model and its named scenarios.
int run_scenarios(const ModelInput& model, const std::vector<std::string>& names, std::optional<int> year,
                  const Output& output);

// Two versions of a model (or a model and its scenario): the tariffs that
// changed, each difference attributed to the inputs that changed.
// With `explain` (a product code): that product's derivation under both, side by side.
int run_compare(const std::string& old_path, const ModelInput& new_model, std::optional<int> year,
                const std::string& explain, const Output& output);

// The fingerprint of a model (with its scenario) and the files it is made of.
int run_fingerprint(const ModelInput& model, const Output& output);
// The parameters of the model's method, or of the standard method without a model.
int run_parameters(const ModelInput& model, const Output& output);

// Which inputs move each tariff (and the year's budget) most: `by` is a share
// (`1%`); `points`, when not empty, percentage points for inputs written as percentages.
int run_sensitivity(const ModelInput& model, const std::vector<std::string>& codes, const std::string& by,
                    const std::string& points, std::optional<int> year, const Output& output);

// Goal seek: the value of `input` at which product `code`'s tariff is `target`.
// Exit 3 when no value in the input's range reaches it.
// With `budget_year`: the availability or volume (of `provider`, and `code`'s line) at
// which the year's total budget is `target`.
// With `year` after the base year: the tariff indexed to that year.
int run_solve(const ModelInput& model, const std::string& code, const std::string& target, const std::string& input,
              std::optional<int> year, std::optional<int> budget_year, const std::string& provider,
              const Output& output);

// Procurement and finance checks: exit 0 when every line is fine, 3 (findings)
// when there are findings, 1 when the input is broken (unreadable lines too).
int run_check_bids(const ModelInput& model, const std::string& bids, std::optional<int> year, const Output& output);
int run_check_index(const ModelInput& model, const std::string& list, const Output& output);
int run_check_buildup(const ModelInput& model, const std::string& buildup, const Output& output);

}  // namespace cli
