// A YAML document as a tree of our own, built in one pass from yaml-cpp's
// parser events: values, their kinds and their places, nothing else.
//
// yaml-cpp's own node tree (YAML::Load) costs about half again what its event
// parser does, and a model file is read once and walked once: a flat array of
// nodes linked first-child/next-sibling holds it with two allocations per
// document. The building pass also refuses what a model must not hold
// (anchors, aliases, a second document) and bounds nesting.
//
// The handle's names follow yaml-cpp's (IsMap, Scalar, Mark, operator[]) so the
// readers read as before.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace engine {

// Where a node starts: 0-based, as yaml-cpp gives it; all -1 when unknown.
struct YamlMark {
    int pos = -1;
    int line = -1;
    int column = -1;
    bool is_null() const { return pos == -1 && line == -1 && column == -1; }
};

class YamlTree;

// A node of a YamlTree, or an undefined node (a key that is not there). A
// cheap handle: valid as long as its tree.
class YamlNode {
public:
    YamlNode() = default;
    YamlNode(const YamlTree* tree, std::uint32_t index) : tree_(tree), index_(index) {}

    bool IsDefined() const { return tree_ != nullptr; }
    bool IsNull() const;
    bool IsScalar() const;
    bool IsSequence() const;
    bool IsMap() const;
    explicit operator bool() const { return IsDefined(); }
    // A key written before in the same mapping (found when the tree was built).
    bool IsRepeatedKey() const;

    // The scalar's text; empty for anything else.
    const std::string& Scalar() const;
    YamlMark Mark() const;
    // Items of a list, entries of a mapping; 0 otherwise.
    std::size_t size() const;
    // The value of the first entry whose key is `key`; undefined when there is none.
    YamlNode operator[](std::string_view key) const;

    // An item of a list (the node itself), or an entry of a mapping (`first`
    // is its key, `second` its value), as yaml-cpp's iterators give them.
    struct Item;
    class Iterator;
    Iterator begin() const;
    Iterator end() const;

private:
    YamlNode first_child() const;
    YamlNode next_sibling() const;

    const YamlTree* tree_ = nullptr;
    std::uint32_t index_ = 0;
};

struct YamlNode::Item : YamlNode {
    YamlNode first, second;
};

class YamlNode::Iterator {
public:
    Iterator(YamlNode at, bool entries) : at_(at), entries_(entries) {}
    Item operator*() const;
    struct Arrow {
        Item item;
        const Item* operator->() const { return &item; }
    };
    Arrow operator->() const { return {**this}; }
    Iterator& operator++();
    bool operator==(const Iterator& other) const {
        return at_.IsDefined() == other.at_.IsDefined() && (!at_.IsDefined() || at_.index_ == other.at_.index_);
    }

private:
    YamlNode at_;   // the item, or the key of the entry
    bool entries_;  // a mapping: step over key and value
};

class YamlTree {
public:
    enum class Type : std::uint8_t { null, scalar, sequence, map };
    static constexpr std::uint32_t none = UINT32_MAX;

    struct Node {
        Type type = Type::null;
        bool repeated = false;  // a key its mapping has already
        YamlMark mark;
        std::uint32_t scalar = none;       // index into scalars
        std::uint32_t first_child = none;  // mappings: key, value, key, value, …
        std::uint32_t last_child = none;
        std::uint32_t next = none;         // the next sibling
        std::uint32_t children = 0;
    };

    YamlNode root() const { return nodes_.empty() ? YamlNode() : YamlNode(this, 0); }
    const Node& node(std::uint32_t index) const { return nodes_[index]; }
    const std::string& scalar(std::uint32_t index) const { return scalars_[index]; }

    // Room for the nodes of a text of `text_size` bytes, roughly.
    void reserve(std::size_t text_size);
    // Adds a node below `parent` (none for the root); returns its index.
    std::uint32_t add(Type type, const YamlMark& mark, std::uint32_t parent, std::string scalar = {});

    // A key written twice in one mapping: its second place, and its first.
    struct Duplicate {
        std::uint32_t key, first;
    };
    // Finds the keys `map` holds twice; call when the mapping is complete.
    void find_duplicates(std::uint32_t map);
    const std::vector<Duplicate>& duplicates() const { return duplicates_; }

private:
    std::vector<Node> nodes_;
    std::vector<std::string> scalars_;
    std::vector<Duplicate> duplicates_;
    std::unordered_map<std::string_view, std::uint32_t> keys_;  // reused by find_duplicates
};

}  // namespace engine
