#include "tariffs/app/price_sheet.hpp"

namespace tariffs::app {

PriceSheetResult price_sheet(LoadedModel& loaded) {
    return {make_price_sheet(loaded.model, loaded.cost.price_all()), provenance_of(loaded.model)};
}

}  // namespace tariffs::app
