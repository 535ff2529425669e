#include "tariffs/model/allocation_settings.hpp"

#include <array>
#include <cstddef>

namespace tariffs {

namespace {
// Enum order.
constexpr std::array<std::string_view, 4> key_names = {"moving_average", "objective", "usage",
                                                       "insurance"};
}  // namespace

std::optional<AllocationKey> parse_allocation_key(std::string_view name) {
    for (std::size_t i = 0; i < key_names.size(); ++i) {
        if (name == key_names[i]) {
            return static_cast<AllocationKey>(i);
        }
    }
    return std::nullopt;
}

std::string_view to_string(AllocationKey key) {
    return key_names.at(static_cast<std::size_t>(key));
}

}  // namespace tariffs
