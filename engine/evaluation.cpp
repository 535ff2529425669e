#include "engine/evaluation.hpp"

#include "engine/decimal.hpp"
#include "engine/interpreter.hpp"
#include "engine/printer.hpp"

#include <algorithm>
#include <stdexcept>
#include <string>
#include <utility>

namespace engine {

void Evaluation::add_chunks(std::size_t up_to) {
    while (up_to >= chunks_.size()) chunks_.push_back(std::make_unique<Slot[]>(std::size_t{1} << chunk_bits));
}

// A variant learns of each node once per generation whether it reads, at any
// distance, a value set here; a node below the lowest value set cannot.
Evaluation::Slot* Evaluation::own(NodeId node) {
    Slot& here = slot(node);
    if (!base_) return &here;
    asked_ = true;
    if (here.stamp != generation_) {
        here.stamp = generation_;
        here.fresh = here.set = here.changed = false;
        if (lowest_set_ != no_node && node > lowest_set_)
            for (NodeId read : graph_[node].reads)
                if (own(read)) {
                    here.changed = true;
                    break;
                }
    }
    return here.changed ? &here : nullptr;
}

const Number& Evaluation::value(NodeId node) {
    Slot* mine = own(node);
    if (!mine) return base_->value(node);
    if (!mine->fresh) compute(node, *mine);
    const Node& rule = graph_[node];
    return rule.given() && !mine->set ? rule.definition->value : mine->value;
}

const Number& Evaluation::exact(NodeId node) {
    const Node& rule = graph_[node];
    if (rule.given() || !rule.definition->rounding) return value(node);
    Slot* mine = own(node);
    if (!mine) return base_->exact(node);
    if (!mine->fresh) compute(node, *mine);
    return exact_[node];
}

Figure Evaluation::figure(NodeId node) {
    const Node& rule = graph_[node];
    Figure figure{&definition_of(node), rule.scope, node, value(node), std::nullopt};
    if (!rule.given() && rule.definition->rounding) figure.unrounded = exact(node);
    return figure;
}

void Evaluation::compute(NodeId node, Slot& here) {
    ++computed_;
    const Node& rule = graph_[node];
    if (!rule.given())  // a given value is its definition's
        compute_into(node, here.value, rule.definition->rounding ? exact_[node] : here.value);
    here.fresh = true;
}

// `exact` may be `value` itself where the rule does not round.
void Evaluation::compute_into(NodeId node, Number& value, Number& exact) {
    const Node& rule = graph_[node];
    const Definition& definition = *rule.definition;
    Number& result = definition.rounding ? exact : value;
    if (rule.host) {
        std::vector<const Number*> values;
        values.reserve(rule.reads.size());
        for (NodeId read : rule.reads) values.push_back(&this->read(read));
        result = rule.host(values);
    } else {
        interpreter_.run(rule, result);
    }
    // Each step of a formula is held to the bound; a host's value (a
    // trajectory's price) is held to it here, as every derived value is.
    if (result.digits() > max_value_digits)
        throw InputError(definition.pos,
                         msg("`{name}` for {scope} grows beyond {digits} digits; a value that runs away is refused",
                             {arg("name", definition.name), scope_arg("scope", rule.scope->label()),
                              arg("digits", static_cast<long long>(max_value_digits))}));
    if (definition.rounding) value = definition.rounding->apply(exact);
    if (definition.range && !definition.range->contains(value)) report_out_of_range(node, value);
}

void Evaluation::set(NodeId node, const Number& value, const Definition* written) {
    if (!base_) throw std::logic_error("a value is set in a variant, not in the model's own evaluation");
    auto known = std::find_if(set_.begin(), set_.end(), [&](const Set& done) { return done.node == node; });
    if (known != set_.end()) *known = {node, value, written};
    else set_.push_back({node, value, written});
    // What was asked for before may read it: a new generation, with every value set again.
    const bool again = asked_;
    if (again) reset_generation();
    for (const Set& each : set_) {
        if (!again && each.node != node) continue;
        Slot& here = slot(each.node);
        here.stamp = generation_;
        here.value = each.value;
        here.written = each.written;
        here.set = here.fresh = here.changed = true;
        lowest_set_ = std::min(lowest_set_, each.node);
    }
}

const Definition& Evaluation::definition_of(NodeId node) {
    if (const Slot* mine = base_ ? own(node) : nullptr; mine && mine->set && mine->written) return *mine->written;
    return *graph_[node].definition;
}

void Evaluation::reset() {
    set_.clear();
    reset_generation();
}

void Evaluation::reset_generation() {
    if (++generation_ == 0) {  // after four billion variants: every stamp is old
        for (auto& chunk : chunks_)
            for (std::size_t i = 0; i < (std::size_t{1} << chunk_bits); ++i) chunk[i].stamp = 0;
        generation_ = 1;
    }
    lowest_set_ = no_node;
    asked_ = false;
}

bool Evaluation::changed(NodeId node) { return base_ && own(node); }

const Number& Evaluation::read(NodeId node) {
    if (substitution_ && node >= substitution_->slot) {
        Substitution& with = *substitution_;
        if (node == with.slot) return *with.value;
        if (depends_on(node, with)) {
            for (const auto& done : with.computed)
                if (done->first == node) return done->second;
            Number value, exact;
            compute_into(node, value, exact);
            return with.computed.emplace_back(std::make_unique<std::pair<NodeId, Number>>(node, std::move(value)))->second;
        }
    }
    return value(node);
}

bool Evaluation::depends_on(NodeId node, Substitution& with) const {
    if (node == with.slot) return true;
    if (node < with.slot) return false;
    for (const auto& [known, depends] : with.depends)
        if (known == node) return depends;
    bool depends = false;
    for (NodeId read : graph_[node].reads)
        if (depends_on(read, with)) {
            depends = true;
            break;
        }
    with.depends.emplace_back(node, depends);
    return depends;
}

Number Evaluation::value_with(NodeId node, NodeId slot, const Number& value) {
    Substitution with{slot, &value, {}, {}};
    Substitution* outer = std::exchange(substitution_, &with);
    try {
        Number result = read(node);
        substitution_ = outer;
        return result;
    } catch (...) {
        substitution_ = outer;
        throw;
    }
}

void Evaluation::trace(NodeId node, const std::function<void(NodeId)>& read) {
    const Node& rule = graph_[node];
    if (rule.host) {
        for (NodeId each : rule.reads) {
            this->read(each);
            read(each);
        }
        return;
    }
    if (rule.given()) return;
    Number scratch;
    interpreter_.run(rule, scratch, &read);
}

namespace {

std::string value_text(const Number& value) {
    const DisplayedValue shown = display_value(value);
    return (shown.approximate ? "≈ " : "") + shown.text;
}

}  // namespace

// A rule whose value is impossible (negative hours, say) is an error located at
// the first given value it comes from, naming every one, so the user sees which
// inputs made it so rather than a plausible-looking wrong tariff.
void Evaluation::report_out_of_range(NodeId node, const Number& value) {
    const Node& rule = graph_[node];
    std::vector<NodeId> given;
    std::vector<bool> seen(graph_.size());
    const std::function<void(NodeId)> walk = [&](NodeId read) {
        if (seen[read]) return;
        seen[read] = true;
        if (graph_[read].given()) given.push_back(read);
        else trace(read, walk);
    };
    trace(node, walk);
    const std::string& scope = rule.scope->label();
    const Definition& definition = *rule.definition;
    const auto same_file = [](const SourcePos& a, const SourcePos& b) { return a.file && b.file && *a.file == *b.file; };
    SourcePos where = definition.pos;
    bool placed = false;
    std::string from;
    for (NodeId input : given) {
        const Definition& source = definition_of(input);
        const SourcePos& at = source.pos;
        if (!placed && at.known() && !same_file(at, definition.pos)) {  // the first value the model gives
            where = at;
            placed = true;
        }
        from += (from.empty() ? "" : ", ") + source.name + " = " + value_text(this->value(input)) + " (" +
                source.pos.to_string() + ")";
    }
    const Message comes_from = from.empty() ? Message() : msg("; it comes from {inputs}", {arg("inputs", from)});
    std::vector<MessageArg> args{arg("name", definition.name), arg("value", value_text(value)),
                                 arg("range", definition.range->text), arg("comes_from", comes_from)};
    if (scope == "model")
        throw InputError(where, msg("`{name}` is {value} for the whole model, outside its range {range}{comes_from}",
                                    std::move(args)));
    args.push_back(scope_arg("scope", scope));
    throw InputError(where, msg("`{name}` is {value} for {scope}, outside its range {range}{comes_from}", std::move(args)));
}

}  // namespace engine
