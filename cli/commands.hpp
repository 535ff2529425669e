// The commands of `tariff`: each reads a model, asks the tariffs layer for a
// result, and writes it. Each returns the process's exit code.
#pragma once

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
    std::string format = "table";
    std::string file;    // empty: standard output
    std::string locale = "en";  // `nl`: `€ 1.234,56`, `;` in CSV, Dutch headers
};

// Throws UsageError when --output names one of the command's input files:
// writing the report would destroy what it was computed from.
void refuse_output_onto_inputs(const Output& output, const std::vector<std::string>& inputs);

int run_price(const std::string& model, const Output& output);
int run_explain(const std::string& model, const std::string& code, std::optional<int> year, const Output& output);
int run_validate(const std::string& model);
int run_index(const std::string& model, std::optional<int> from, std::optional<int> to, const Output& output);
int run_budget(const std::string& model, std::optional<int> year, bool strict, const Output& output);
int run_allocate(const std::string& model, const std::string& key, std::optional<int> year,
                 const std::string& budget, const Output& output);

// Procurement and finance checks: exit 0 when every line is fine, 3 (findings)
// when there are findings, 1 when the input is broken (unreadable lines too).
int run_check_bids(const std::string& model, const std::string& bids, std::optional<int> year, const Output& output);
int run_check_index(const std::string& model, const std::string& list, const Output& output);
int run_check_buildup(const std::string& model, const std::string& buildup, const Output& output);

}  // namespace cli
