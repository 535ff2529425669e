#include "tariffs/pricing/missing_parameters.hpp"

#include <algorithm>
#include <set>
#include <utility>

namespace tariffs {

namespace {

// `a, b and c`; past `most`, `a, b, c and 12 more` (a national model has thousands of products).
engine::Message listed(std::vector<std::string> items, std::size_t most = 5) {
    using engine::arg;
    const auto joined = [](const std::vector<std::string>& some) {
        std::string text;
        for (std::size_t i = 0; i < some.size(); ++i) text += (i == 0 ? "" : ", ") + some[i];
        return text;
    };
    if (items.size() > most + 1) {
        const auto more = static_cast<long long>(items.size() - most);
        items.resize(most);
        return engine::msg("{items} and {count} more", {arg("items", joined(items)), arg("count", more)});
    }
    if (items.size() < 2) return engine::msg("{items}", {arg("items", joined(items))});
    const std::string last = items.back();
    items.pop_back();
    return engine::msg("{items} and {last}", {arg("items", joined(items)), arg("last", last)});
}

struct Gathered {
    std::vector<std::string> codes;  // the products that need it, in the order met
    std::vector<std::string> rules;  // the rules that read it
    engine::SourcePos used_at;       // where the first of them reads it
    std::set<std::pair<std::string, std::string>> diagnostics;  // (position, message) to replace
};

void add_unique(std::vector<std::string>& items, const std::string& item) {
    if (!item.empty() && std::find(items.begin(), items.end(), item) == items.end()) items.push_back(item);
}

}  // namespace

engine::Diagnostics gather_model_parameters(const engine::Diagnostics& problems,
                                            const std::vector<engine::MissingInput>& missing,
                                            const engine::Scope& model_scope,
                                            const std::map<const engine::Scope*, std::string>& products,
                                            const engine::SourcePos& model_at) {
    std::map<const engine::Definition*, Gathered> by_input;
    std::vector<const engine::Definition*> order;
    for (const auto& report : missing) {
        const auto product = products.find(report.reported_for);
        // Only an input the model itself sees: one the model could give for all.
        if (product == products.end() || model_scope.find(report.input->name).definition != report.input) continue;
        auto [it, added] = by_input.try_emplace(report.input);
        if (added) {
            order.push_back(report.input);
            it->second.used_at = report.used_at;
        }
        add_unique(it->second.codes, product->second);
        if (!report.rule.empty()) add_unique(it->second.rules, "`" + report.rule + "`");
        it->second.diagnostics.insert({report.diagnostic.pos.to_string(), report.diagnostic.message.english()});
    }
    std::set<std::pair<std::string, std::string>> replaced;
    engine::Diagnostics gathered;
    for (const engine::Definition* input : order) {
        const Gathered& g = by_input.at(input);
        if (g.codes.size() < 2) continue;
        replaced.insert(g.diagnostics.begin(), g.diagnostics.end());
        using engine::arg;
        const engine::Message needed =
            g.rules.empty() ? engine::msg("products {codes} need it", {arg("codes", listed(g.codes))})
            : g.rules.size() == 1
                ? engine::msg("rule {rules} needs it for products {codes}", {arg("rules", listed(g.rules)), arg("codes", listed(g.codes))})
                : engine::msg("rules {rules} need it for products {codes}", {arg("rules", listed(g.rules)), arg("codes", listed(g.codes))});
        gathered.add({model_at,
                      engine::msg("missing parameter `{name}` for the model: {needed}{used_at}; give it once under "
                                  "`parameters:`, or for each of those products",
                                  {arg("name", input->name), arg("needed", needed),
                                   arg("used_at", g.used_at.known() ? engine::msg(" ({place})", {arg("place", g.used_at.to_string())})
                                                                     : engine::Message())}),
                      engine::Diagnostic::Kind::missing_input, input->name});
    }
    if (replaced.empty()) return problems;
    engine::Diagnostics result;
    for (const auto& item : problems.items())
        if (!replaced.count({item.pos.to_string(), item.message.english()})) result.add(item);
    result.append(gathered);
    return result;
}

}  // namespace tariffs
