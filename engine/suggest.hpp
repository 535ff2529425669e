// "Did you mean …?" for misspelt names.
#pragma once

#include "engine/message.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace engine {

// The candidate closest to `name` by edit distance, if it is close enough to be
// a likely typo: a third of its length in edits, at least 1 and at most 3.
std::optional<std::string> nearest_name(std::string_view name,
                                        const std::vector<std::string>& candidates);

// ` (did you mean `x`?)`, or an empty message when no candidate is near.
Message suggestion(std::string_view name, const std::vector<std::string>& candidates);

}  // namespace engine
