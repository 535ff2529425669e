#include "engine/suggest.hpp"

#include "engine/text_check.hpp"

#include <algorithm>
#include <numeric>

namespace engine {

namespace {
std::size_t edit_distance(std::string_view a, std::string_view b) {
    std::vector<std::size_t> row(b.size() + 1);
    std::iota(row.begin(), row.end(), std::size_t{0});
    for (std::size_t i = 1; i <= a.size(); ++i) {
        std::size_t diagonal = row[0];
        row[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t above = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
            diagonal = above;
        }
    }
    return row[b.size()];
}
}  // namespace

std::optional<std::string> nearest_name(std::string_view name,
                                        const std::vector<std::string>& candidates) {
    const std::size_t allowed = std::clamp<std::size_t>(name.size() / 3, 1, 3);
    std::optional<std::string> best;
    std::size_t best_distance = allowed + 1;
    for (const auto& candidate : candidates) {
        // Lengths further apart than the distance allowed: no need to measure.
        if (std::max(name.size(), candidate.size()) - std::min(name.size(), candidate.size()) > allowed) continue;
        const std::size_t distance = edit_distance(name, candidate);
        if (distance < best_distance && candidate != name) {
            best_distance = distance;
            best = candidate;
        }
    }
    return best;
}

Message suggestion(std::string_view name, const std::vector<std::string>& candidates) {
    auto nearest = nearest_name(name, candidates);
    return nearest ? msg(" (did you mean {name}?)", {arg("name", quote(*nearest))}) : Message();
}

}  // namespace engine
