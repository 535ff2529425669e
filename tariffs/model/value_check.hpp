// Whether a given value fits the parameter it is given for: its unit (a
// percentage is a pure number: it cannot be an amount in euros; an amount in
// EUR/month cannot be a share) and its range, with a suggestion where the
// value is most likely a percentage written without its `%`.
#pragma once

#include "engine/message.hpp"
#include "engine/scope.hpp"

#include <optional>
#include <string>
#include <vector>

namespace tariffs {

using engine::Definition;

// The problem with `given` (a value as written, with its unit if it has one)
// for the parameter `declaration` declares; none when it fits. `shown` names it
// as the user wrote it (`overhead_surcharge`, `AMB-U.direct_share`); `counts`
// are the method's units that count things (pure numbers to the check).
std::optional<engine::Message> value_problem(const Definition& given, const Definition* declaration,
                                             const std::string& shown, const std::vector<std::string>& counts);

}  // namespace tariffs
