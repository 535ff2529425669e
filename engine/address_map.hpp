// A hash map from a pair of addresses to a value, in one block of memory:
// open addressing with linear probing, no allocation per entry. The evaluator
// keeps what it knows of each (scope, definition) here.
//
// A reference into the map is invalidated when an insertion makes it grow.
#pragma once

#include <cstddef>
#include <cstdint>
#include <utility>
#include <vector>

namespace engine {

template <class Value>
class AddressPairMap {
public:
    struct Key {
        const void* first = nullptr;  // never null in a stored key: null marks an empty slot
        const void* second = nullptr;
        bool operator==(const Key&) const = default;
    };

    // The value at `key`, inserted default-constructed if absent.
    Value& operator[](const Key& key) {
        if ((count_ + 1) * 2 > slots_.size()) grow();
        Slot& slot = slots_[probe(key)];
        if (!slot.key.first) {
            slot.key = key;
            ++count_;
        }
        return slot.value;
    }

    Value* find(const Key& key) {
        if (slots_.empty()) return nullptr;
        Slot& slot = slots_[probe(key)];
        return slot.key.first ? &slot.value : nullptr;
    }

    const Value* find(const Key& key) const {
        if (slots_.empty()) return nullptr;
        const Slot& slot = slots_[probe(key)];
        return slot.key.first ? &slot.value : nullptr;
    }

    std::size_t size() const { return count_; }

private:
    struct Slot {
        Key key;
        Value value{};
    };

    static std::size_t hash(const Key& key) {
        const auto a = reinterpret_cast<std::uintptr_t>(key.first);
        const auto b = reinterpret_cast<std::uintptr_t>(key.second);
        std::uint64_t h = (a ^ (b * 0x9E3779B97F4A7C15ULL)) * 0xBF58476D1CE4E5B9ULL;
        return static_cast<std::size_t>(h ^ (h >> 31));
    }

    // The slot holding `key`, or the empty slot where it would go.
    std::size_t probe(const Key& key) const {
        const std::size_t mask = slots_.size() - 1;
        std::size_t i = hash(key) & mask;
        while (slots_[i].key.first && !(slots_[i].key == key)) i = (i + 1) & mask;
        return i;
    }

    void grow() {
        std::vector<Slot> old = std::exchange(slots_, std::vector<Slot>(slots_.empty() ? 64 : slots_.size() * 2));
        for (Slot& slot : old)
            if (slot.key.first) slots_[probe(slot.key)] = std::move(slot);
    }

    std::vector<Slot> slots_;
    std::size_t count_ = 0;
};

}  // namespace engine
