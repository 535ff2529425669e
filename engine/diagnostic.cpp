#include "engine/diagnostic.hpp"

#include <algorithm>
#include <set>
#include <tuple>

namespace engine {

std::string Diagnostic::to_string(std::string_view severity) const {
    return pos.to_string() + ": " + std::string(severity) + ": " + message;
}

void Diagnostics::add(SourcePos pos, std::string message) {
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
// By reference: no copy of a file name or message per comparison.
auto sort_key(const Diagnostic& d) {
    static const std::string no_file;
    return std::tie(d.pos.file ? *d.pos.file : no_file, d.pos.line, d.pos.column, d.message);
}
}  // namespace

std::vector<Diagnostic> Diagnostics::sorted() const {
    std::vector<Diagnostic> out = items_;
    std::stable_sort(out.begin(), out.end(), [](const Diagnostic& a, const Diagnostic& b) {
        return sort_key(a) < sort_key(b);
    });
    out.erase(std::unique(out.begin(), out.end(),
                          [](const Diagnostic& a, const Diagnostic& b) {
                              return sort_key(a) == sort_key(b);
                          }),
              out.end());
    return out;
}

namespace {
std::string first_message(const Diagnostics& diagnostics) {
    return diagnostics.empty() ? "invalid input" : diagnostics.sorted().front().to_string();
}
}  // namespace

InputError::InputError(Diagnostics diagnostics)
    : std::runtime_error(first_message(diagnostics)), diagnostics_(std::move(diagnostics)) {}

InputError::InputError(SourcePos pos, std::string message)
    : InputError([&] {
          Diagnostics d;
          d.add(std::move(pos), std::move(message));
          return d;
      }()) {}

}  // namespace engine
