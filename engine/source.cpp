#include "engine/source.hpp"

#include <unordered_set>

#include <algorithm>

namespace engine {

std::string SourcePos::to_string() const {
    if (!file) return "<unknown>";
    if (line <= 0) return *file;
    return *file + ":" + std::to_string(line) + ":" + std::to_string(column);
}

std::string SourcePos::file_line() const {
    if (!file) return "<unknown>";
    if (line <= 0) return *file;
    return *file + ":" + std::to_string(line);
}

SourcePos SourcePos::shifted(int offset) const {
    SourcePos moved = *this;
    moved.column += offset;
    return moved;
}

SourcePos TextPlaces::at(int offset) const {
    if (each_.empty()) return start_.shifted(offset);
    const auto index = static_cast<std::size_t>(std::max(offset, 0));
    return each_[std::min(index, each_.size() - 1)];
}

FileName make_file_name(std::string name) {
    static std::unordered_set<std::string> names;  // node-based: an element never moves
    return &*names.insert(std::move(name)).first;
}

}  // namespace engine
