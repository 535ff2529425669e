#include "tariffs/model/index_policy.hpp"

namespace tariffs {

const IndexSeries* IndexPolicy::find_series(const std::string& component) const {
    for (const auto& s : series)
        if (s.component == component) return &s;
    return nullptr;
}

}  // namespace tariffs

namespace tariffs {

namespace {
bool names(const std::vector<std::pair<std::string, engine::SourcePos>>& list, const std::string& name) {
    for (const auto& [entry, _] : list)
        if (entry == name) return true;
    return false;
}
}  // namespace

const IndexPolicy& IndexPolicy::for_product(const std::string& kind, const std::string& group) const {
    if (!group.empty())
        for (const auto& named : policies)
            if (names(named.groups, group)) return named.policy;
    for (const auto& named : policies)
        if (names(named.kinds, kind)) return named.policy;
    return *this;
}

}  // namespace tariffs
