#include "tariffs/reports/xlsx/forecast_workbook.hpp"

#include "tariffs/reports/fingerprint_note.hpp"
#include "tariffs/reports/scenario_note.hpp"
#include "tariffs/reports/xlsx/key_data_sheet.hpp"
#include "tariffs/reports/xlsx/key_split_sheet.hpp"
#include "tariffs/reports/xlsx/model_sheets.hpp"
#include "tariffs/reports/xlsx/workbook.hpp"

namespace tariffs::xlsx {

void ForecastWorkbook::write(const std::string& path) {
    const Model& model = *data_.model;
    const NumericLocaleC c_locale;
    Book book(path, locale_.dutch);
    book.set_properties(model.name, model.year, scenario_summary(model.scenario, locale_),
                        model.fingerprint.empty() ? "" : fingerprint_line(model.fingerprint, locale_));
    ModelSheets sheets(data_, locale_, book);
    sheets.write_copy("");
    KeyDataCells key_data;
    KeyDataSheet(sheets.context()).write(book.add_sheet(locale_.text("Key data")), key_data);
    const std::vector<AllocationKey>& keys = data_.forecast->forecast.keys;
    KeySplitSheet split(sheets.context(), key_data);
    for (std::size_t k = 0; k < keys.size(); ++k) {
        const std::string key = locale_.text(to_string(keys[k]));
        split.write(book.add_sheet(locale_.text("By {key}", {{"{key}", key}})), k);
    }
    book.close(path);
}

}  // namespace tariffs::xlsx
