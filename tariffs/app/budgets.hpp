// `budget`: the task-based budgets per provider and year, against the region's
// frame; a year over its frame is a finding.
#pragma once

#include "tariffs/app/model_input.hpp"
#include "tariffs/app/provenance.hpp"
#include "tariffs/pricing/budgets.hpp"
#include "tariffs/reports/report_data.hpp"

#include <optional>

namespace tariffs::app {

struct BudgetOptions {
    std::optional<int> year;  // only this year (default: every contract year)
};

struct BudgetResult {
    Budgets budgets;          // every contract year
    bool over_frame = false;  // the year asked for (or any) exceeds its frame
    bool findings = false;    // over its frame under `strict`: the command says so (exit 3)
    Provenance provenance;
};

// The budgets with the whole report of the model (a workbook, a page).
struct BudgetReport {
    ReportData report;
    bool over_frame = false;
    bool findings = false;
};

// Throws RequestError (a model without budgets, a year outside the contract
// years) and engine::InputError.
BudgetResult budgets(LoadedModel& loaded, const BudgetOptions& options);
BudgetReport budget_report(LoadedModel& loaded, const BudgetOptions& options);

// Whether `year`'s frame (without one: any year's) is exceeded.
bool over_frame(const Budgets& budgets, std::optional<int> year);

// The budgets alone, of every contract year: only the products their lines use are indexed.
Budgets budgets_alone(LoadedModel& loaded);

}  // namespace tariffs::app
