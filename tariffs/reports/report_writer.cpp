#include "tariffs/reports/report_writer.hpp"

#include "tariffs/reports/scenario_note.hpp"

namespace tariffs {

void write_report(ReportFormat format, const ReportWriters& writers, std::ostream& out, const Locale& locale) {
    switch (format) {
        case ReportFormat::table: return writers.table(out);
        case ReportFormat::markdown: return writers.markdown(out);
        case ReportFormat::json: return writers.json(out);
        case ReportFormat::csv:
            for (const ScenarioInfo* scenario : writers.scenarios) write_scenario_note(*scenario, NoteStyle::csv, out, locale);
            return write_csv(writers.csv(), out, locale);
    }
}

}  // namespace tariffs
