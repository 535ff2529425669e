// The whole report of a model, as a workbook or an HTML page shows it: the
// price sheet with every product's derivation, each contract year's indexed
// tariffs and the budgets (tariffs/reports/report_data).
#pragma once

#include "tariffs/app/model_input.hpp"
#include "tariffs/reports/report_data.hpp"

namespace tariffs::app {

// Refers into `loaded`, which must outlive it. Throws engine::InputError.
ReportData whole_report(LoadedModel& loaded);

}  // namespace tariffs::app
