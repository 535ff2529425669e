// `price`: the price sheet of a model, every product with its unit, tariff and
// build-up, and its trajectories.
#pragma once

#include "tariffs/app/model_input.hpp"
#include "tariffs/app/provenance.hpp"
#include "tariffs/pricing/price_sheet.hpp"

namespace tariffs::app {

struct PriceSheetResult {
    PriceSheet sheet;
    Provenance provenance;
};

// Throws engine::InputError. (The workbook and the page: whole_report.)
PriceSheetResult price_sheet(LoadedModel& loaded);

}  // namespace tariffs::app
