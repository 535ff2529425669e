// Rules in scopes evaluated in one step: checked (checker.hpp), compiled
// (graph.hpp), evaluated (evaluation.hpp), each value with its derivation.
// For a caller that asks for a few values by name; a model that is evaluated
// many times over uses the parts.
#pragma once

#include "engine/checker.hpp"
#include "engine/derivation.hpp"
#include "engine/diagnostic.hpp"
#include "engine/evaluation.hpp"
#include "engine/graph.hpp"
#include "engine/scope.hpp"

#include <cstddef>
#include <string_view>
#include <vector>

namespace engine {

class Evaluator {
public:
    Evaluator() = default;
    Evaluator(const Evaluator&) = delete;
    Evaluator& operator=(const Evaluator&) = delete;

    // Adds every problem in evaluating `name` in `scope` to `out`; returns
    // whether there was none.
    bool check(const Scope& scope, std::string_view name, Diagnostics& out) { return checker_.check(scope, name, out); }

    // The value of `name` in `scope`, with its derivation. Throws InputError on
    // any problem check() finds, and on arithmetic errors (division by zero).
    // The reference stays valid as long as the evaluator.
    const Derivation& evaluate(const Scope& scope, std::string_view name) {
        return derivations_.of(graph_.node(scope, name));
    }

    // See Checker::looked_up.
    bool looked_up(const Scope& scope, std::string_view name, std::string_view other) const {
        return checker_.looked_up(scope, name, other);
    }
    const std::vector<MissingInput>& missing_inputs() const { return checker_.missing_inputs(); }

    // How many values were computed: each (scope, rule) counts once.
    std::size_t evaluation_count() const { return evaluation_.computed(); }
    // How many times a formula was walked to check it.
    std::size_t walk_count() const { return checker_.walk_count(); }

private:
    Checker checker_;
    Graph graph_{checker_};
    Evaluation evaluation_{graph_};
    Derivations derivations_{evaluation_};
};

}  // namespace engine
