#include "tariffs/app/whole_report.hpp"

namespace tariffs::app {

ReportData whole_report(LoadedModel& loaded) { return collect_report_data(loaded.model, loaded.cost); }

}  // namespace tariffs::app
