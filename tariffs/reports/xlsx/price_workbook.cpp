#include "tariffs/reports/xlsx/price_workbook.hpp"

#include "tariffs/reports/fingerprint_note.hpp"
#include "tariffs/reports/scenario_note.hpp"
#include "tariffs/reports/xlsx/model_sheets.hpp"
#include "tariffs/reports/xlsx/workbook.hpp"

namespace tariffs::xlsx {

void PriceWorkbook::write(const std::string& path) {
    const Model& model = *data_.model;
    const NumericLocaleC c_locale;
    Book book(path, locale_.dutch);
    book.set_properties(model.name, model.year, scenario_summary(model.scenario, locale_),
                        model.fingerprint.empty() ? "" : fingerprint_line(model.fingerprint, locale_));
    ModelSheets(data_, locale_, book).write_copy("");
    book.close(path);
}

}  // namespace tariffs::xlsx
