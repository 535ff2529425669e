// The commands of `tariff`: each one's options, as the command line gives
// them, and its run, which asks a use case (tariffs/app) for the result and
// writes it through the output sink. A run returns the process's exit code
// and throws engine::InputError (the input's problems) or UsageError; it
// takes its options to settle their output format (cli/output_sink).
// cli/registry.cpp declares each command's options on the command line.
#pragma once

#include "cli/exit_code.hpp"
#include "cli/output.hpp"
#include "tariffs/app/allocation.hpp"
#include "tariffs/app/budgets.hpp"
#include "tariffs/app/checks.hpp"
#include "tariffs/app/comparison.hpp"
#include "tariffs/app/explanation.hpp"
#include "tariffs/app/index.hpp"
#include "tariffs/app/model_input.hpp"
#include "tariffs/app/scenarios.hpp"
#include "tariffs/app/sensitivity.hpp"
#include "tariffs/app/solve.hpp"

#include <string>

namespace cli {

using tariffs::app::ModelInput;

struct PriceOptions {
    ModelInput model;
    Output output;
};
int run_price(PriceOptions& options);

struct ExplainOptions {
    ModelInput model;
    tariffs::app::ExplainOptions explain;
    Output output;
};
int run_explain(ExplainOptions& options);

struct IndexOptions {
    ModelInput model;
    tariffs::app::IndexOptions index;
    Output output;
};
int run_index(IndexOptions& options);

// Exit 3 under --strict when a year's budgets exceed its frame.
struct BudgetOptions {
    ModelInput model;
    tariffs::app::BudgetOptions budget;
    Output output;
};
int run_budget(BudgetOptions& options);

// `key` may be `all`; with `from`/`to` (or `all`) the forecast over the years.
struct AllocateOptions {
    ModelInput model;
    std::string key;  // --key as given, read once the model is
    tariffs::app::AllocationOptions allocation;
    Output output;
};
int run_allocate(AllocateOptions& options);

struct ScenariosOptions {
    ModelInput model;
    tariffs::app::ScenarioOptions scenarios;
    Output output;
};
int run_scenarios(ScenariosOptions& options);

// Two versions of a model (or a model and its scenario, or its inputs changed).
struct CompareOptions {
    std::string old_model;
    ModelInput new_model;  // default: OLD, with --scenario or --set
    tariffs::app::CompareOptions compare;
    Output output;
};
int run_compare(CompareOptions& options);

// Procurement and finance checks: exit 0 when every line is fine, 3 (findings)
// when there are findings, 1 when the input is broken (unreadable lines too).
struct CheckBidsOptions {
    ModelInput model;
    tariffs::app::BidCheckOptions check;
    Output output;
};
int run_check_bids(CheckBidsOptions& options);

struct CheckIndexOptions {
    ModelInput model;
    tariffs::app::IndexCheckOptions check;
    Output output;
};
int run_check_index(CheckIndexOptions& options);

struct CheckBuildUpOptions {
    ModelInput model;
    tariffs::app::BuildUpCheckOptions check;
    Output output;
};
int run_check_buildup(CheckBuildUpOptions& options);

// `by` a share (`1%`); `points`, when not empty, percentage points for inputs
// written as percentages: read once the model is.
struct SensitivityOptions {
    ModelInput model;
    tariffs::app::SensitivityOptions sensitivity;
    std::string by = "1%";
    std::string points;
    Output output;
};
int run_sensitivity(SensitivityOptions& options);

// Goal seek; exit 3 when no value in the input's range reaches the target.
struct SolveOptions {
    ModelInput model;
    tariffs::app::SolveOptions solve;
    std::string target;  // --target as given, read once the model is
    Output output;
};
int run_solve(SolveOptions& options);

struct FingerprintOptions {
    ModelInput model;
    Output output;
};
int run_fingerprint(FingerprintOptions& options);

// Without a model: the standard method's parameters.
struct ParametersOptions {
    ModelInput model;
    Output output;
};
int run_parameters(ParametersOptions& options);

// Exit 0 when the model has no problem, 1 with every problem listed.
struct ValidateOptions {
    ModelInput model;
    Output output;  // only its locale
};
int run_validate(ValidateOptions& options);

}  // namespace cli
