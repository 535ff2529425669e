// The commands of `tariff`: each reads a model, asks the tariffs layer for a
// result, and writes it. Each returns the process's exit code.
#pragma once

#include <optional>
#include <stdexcept>
#include <string>

namespace cli {

enum ExitCode { ok = 0, problems = 1, usage = 2, findings = 3 };

// Wrong usage that only shows once the model is read (an unknown product code).
struct UsageError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

struct Output {
    std::string format = "table";
    std::string file;  // empty: standard output
};

int run_price(const std::string& model, const Output& output);
int run_explain(const std::string& model, const std::string& code, std::optional<int> year, const Output& output);
int run_validate(const std::string& model);
int run_index(const std::string& model, std::optional<int> from, std::optional<int> to, const Output& output);
int run_budget(const std::string& model, std::optional<int> year, bool strict, const Output& output);
int run_allocate(const std::string& model, const std::string& key, std::optional<int> year,
                 const std::string& budget, const Output& output);

}  // namespace cli
