#include "engine/yaml_tree.hpp"

namespace engine {

namespace {
const std::string no_text;
}

std::uint32_t YamlTree::add(Type type, const YamlMark& mark, std::uint32_t parent, std::string scalar) {
    const auto index = static_cast<std::uint32_t>(nodes_.size());
    Node node;
    node.type = type;
    node.mark = mark;
    if (type == Type::scalar) {
        node.scalar = static_cast<std::uint32_t>(scalars_.size());
        scalars_.push_back(std::move(scalar));
    }
    nodes_.push_back(node);
    if (parent != none) {
        Node& up = nodes_[parent];
        if (up.last_child == none) up.first_child = index;
        else nodes_[up.last_child].next = index;
        up.last_child = index;
        ++up.children;
    }
    return index;
}

void YamlTree::find_duplicates(std::uint32_t map) {
    // Most mappings hold a handful of keys: comparing each with those before it
    // is quicker than hashing them.
    constexpr std::uint32_t few = 16;
    const bool small = nodes_[map].children <= 2 * few;
    keys_.clear();
    for (std::uint32_t key = nodes_[map].first_child; key != none; key = nodes_[key].next) {
        if (nodes_[key].type == Type::scalar) {
            const std::string& name = scalars_[nodes_[key].scalar];
            std::uint32_t first = none;
            if (small) {
                for (std::uint32_t before = nodes_[map].first_child; before != key && first == none;
                     before = nodes_[nodes_[before].next].next)
                    if (nodes_[before].type == Type::scalar && scalars_[nodes_[before].scalar] == name) first = before;
            } else if (auto [it, added] = keys_.emplace(name, key); !added) {
                first = it->second;
            }
            if (first != none) {
                duplicates_.push_back({key, first});
                nodes_[key].repeated = true;
            }
        }
        key = nodes_[key].next;  // step over the value
        if (key == none) break;
    }
}

void YamlTree::reserve(std::size_t text_size) {
    nodes_.reserve(text_size / 8);
    scalars_.reserve(text_size / 12);
}

bool YamlNode::IsNull() const { return tree_ && tree_->node(index_).type == YamlTree::Type::null; }
bool YamlNode::IsRepeatedKey() const { return tree_ && tree_->node(index_).repeated; }
bool YamlNode::IsScalar() const { return tree_ && tree_->node(index_).type == YamlTree::Type::scalar; }
bool YamlNode::IsSequence() const { return tree_ && tree_->node(index_).type == YamlTree::Type::sequence; }
bool YamlNode::IsMap() const { return tree_ && tree_->node(index_).type == YamlTree::Type::map; }

const std::string& YamlNode::Scalar() const {
    return IsScalar() ? tree_->scalar(tree_->node(index_).scalar) : no_text;
}

YamlMark YamlNode::Mark() const { return tree_ ? tree_->node(index_).mark : YamlMark{}; }

std::size_t YamlNode::size() const {
    if (IsSequence()) return tree_->node(index_).children;
    if (IsMap()) return tree_->node(index_).children / 2;
    return 0;
}

YamlNode YamlNode::first_child() const {
    const std::uint32_t child = tree_->node(index_).first_child;
    return child == YamlTree::none ? YamlNode() : YamlNode(tree_, child);
}

YamlNode YamlNode::next_sibling() const {
    const std::uint32_t next = tree_->node(index_).next;
    return next == YamlTree::none ? YamlNode() : YamlNode(tree_, next);
}

YamlNode YamlNode::operator[](std::string_view key) const {
    if (!IsMap()) return {};
    for (YamlNode k = first_child(); k.IsDefined(); k = k.next_sibling().next_sibling()) {
        if (k.IsScalar() && k.Scalar() == key) return k.next_sibling();
        if (!k.next_sibling().IsDefined()) break;
    }
    return {};
}

YamlNode::Iterator YamlNode::begin() const {
    if (!IsSequence() && !IsMap()) return end();
    return Iterator(first_child(), IsMap());
}

YamlNode::Iterator YamlNode::end() const { return Iterator(YamlNode(), IsMap()); }

YamlNode::Item YamlNode::Iterator::operator*() const {
    Item item;
    if (entries_) {
        item.first = at_;
        item.second = at_.next_sibling();
    } else {
        static_cast<YamlNode&>(item) = at_;
    }
    return item;
}

YamlNode::Iterator& YamlNode::Iterator::operator++() {
    at_ = at_.next_sibling();
    if (entries_ && at_.IsDefined()) at_ = at_.next_sibling();
    return *this;
}

}  // namespace engine
