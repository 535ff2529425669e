#include "engine/diagnostic.hpp"

#include <algorithm>
#include <tuple>

namespace engine {

std::string Diagnostic::to_string(std::string_view severity) const {
    return pos.to_string() + ": " + std::string(severity) + ": " + message;
}

void Diagnostics::add(SourcePos pos, std::string message) {
    items_.push_back({std::move(pos), std::move(message)});
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
