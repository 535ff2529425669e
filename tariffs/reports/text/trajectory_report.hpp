// A trajectory's price written out (METHOD.md §9): its phases with each
// component's tariff, its paths with their shares, the expected cost, the
// coordination surcharge and the price; and the trajectories of a price sheet.
#pragma once

#include "tariffs/pricing/trajectory_price.hpp"
#include "tariffs/reports/text/explain_report.hpp"
#include "tariffs/reports/json.hpp"
#include "tariffs/reports/table.hpp"

#include <ostream>
#include <vector>

namespace tariffs {

// `tariff explain MODEL TRAJECTORY`: text or JSON.
void write_trajectory_explanation(const Model& model, const TrajectoryPrice& price, ExplainFormat format,
                                  std::ostream& out, const Locale& locale = default_locale);

// One trajectory's price with its phases and paths, as a JSON object.
void write_trajectory_json(JsonWriter& json, const TrajectoryPrice& price);

// The price sheet's trajectories: code, name, unit, iJw unit, category, price,
// expected cost and surcharge. `for_people`: amounts as people read them.
Table trajectory_table(const std::vector<TrajectoryPrice>& prices, const Locale& locale, bool for_people);

// `TRJ = 0.7 × planned + …`: the one line that says how a trajectory is priced.
extern const char* const trajectory_footnote;

}  // namespace tariffs
