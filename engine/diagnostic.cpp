#include "engine/diagnostic.hpp"

#include <algorithm>
#include <set>
#include <tuple>

namespace engine {

std::string Diagnostic::to_string(std::string_view severity) const {
    return pos.to_string() + ": " + std::string(severity) + ": " + message.english();
}

void Diagnostics::add(SourcePos pos, Message message) {
    items_.push_back({std::move(pos), std::move(message), Diagnostic::Kind::other, {}});
}

void Diagnostics::add(Diagnostic diagnostic) { items_.push_back(std::move(diagnostic)); }

bool Diagnostics::only_unknown_keys() const {
    return std::all_of(items_.begin(), items_.end(),
                       [](const Diagnostic& d) { return d.kind == Diagnostic::Kind::unknown_key; });
}

Diagnostics Diagnostics::without_explained() const {
    std::set<std::string> meant;
    for (const auto& item : items_)
        if (item.kind == Diagnostic::Kind::unknown_key && !item.name.empty()) meant.insert(item.name);
    Diagnostics kept;
    for (const auto& item : items_)
        if (item.kind != Diagnostic::Kind::missing_input || !meant.count(item.name)) kept.add(item);
    return kept;
}

void Diagnostics::append(const Diagnostics& other) {
    items_.insert(items_.end(), other.items_.begin(), other.items_.end());
}

namespace {
struct Keyed {
    std::string english;  // worded once, not per comparison
    const Diagnostic* diagnostic;
};
auto sort_key(const Keyed& k) {
    static const std::string no_file;
    const SourcePos& pos = k.diagnostic->pos;
    return std::tie(pos.file ? *pos.file : no_file, pos.line, pos.column, k.english);
}
}  // namespace

std::vector<Diagnostic> Diagnostics::sorted() const {
    std::vector<Keyed> keyed;
    keyed.reserve(items_.size());
    for (const auto& item : items_) keyed.push_back({item.message.english(), &item});
    std::stable_sort(keyed.begin(), keyed.end(), [](const Keyed& a, const Keyed& b) { return sort_key(a) < sort_key(b); });
    keyed.erase(std::unique(keyed.begin(), keyed.end(),
                            [](const Keyed& a, const Keyed& b) { return sort_key(a) == sort_key(b); }),
                keyed.end());
    std::vector<Diagnostic> out;
    out.reserve(keyed.size());
    for (const auto& k : keyed) out.push_back(*k.diagnostic);
    return out;
}

namespace {
std::string first_message(const Diagnostics& diagnostics) {
    return diagnostics.empty() ? "invalid input" : diagnostics.sorted().front().to_string();
}
}  // namespace

InputError::InputError(Diagnostics diagnostics)
    : std::runtime_error(first_message(diagnostics)), diagnostics_(std::move(diagnostics)) {}

InputError::InputError(SourcePos pos, Message message)
    : InputError([&] {
          Diagnostics d;
          d.add(std::move(pos), std::move(message));
          return d;
      }()) {}

}  // namespace engine
