#include "tariffs/model/index_policy.hpp"

namespace tariffs {

const IndexSeries* IndexPolicy::find_series(const std::string& component) const {
    for (const auto& s : series)
        if (s.component == component) return &s;
    return nullptr;
}

}  // namespace tariffs
