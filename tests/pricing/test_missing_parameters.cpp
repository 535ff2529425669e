// A parameter of the whole model that several products lack is said once, at
// the model (tariffs/pricing/missing_parameters.hpp).
#include "tariffs/pricing/missing_parameters.hpp"

#include "engine/parser.hpp"

#include <catch2/catch.hpp>

#include <map>
#include <memory>
#include <string>
#include <vector>

using engine::Definition;
using engine::Scope;

namespace {

const auto file = engine::make_file_name("m.yaml");

// The method's `cost: hours * 2` with `hours` declared and not given, seen by
// `products` products of a kind (the method's scope below the model).
struct Method {
    explicit Method(int products) {
        Definition hours;
        hours.name = "hours";
        hours.kind = Definition::Kind::input;
        model.define(std::move(hours));
        Definition cost;
        cost.name = "cost";
        cost.kind = Definition::Kind::formula;
        cost.text = "hours * 2";
        cost.expr = engine::parse_formula(cost.text, engine::SourcePos{file, 3, 9});
        cost.pos = {file, 3, 9};
        kind.define(std::move(cost));
        for (int i = 1; i <= products; ++i) {
            const std::string code = "P" + std::to_string(i);
            scopes.push_back(std::make_unique<Scope>("product " + code, &kind, engine::SourcePos{file, 10 * i, 5}));
            codes[scopes.back().get()] = code;
        }
    }

    // Every product checked, then gathered.
    std::vector<engine::Diagnostic> problems() {
        engine::Evaluator evaluator;
        engine::Diagnostics found;
        for (const auto& scope : scopes) evaluator.check(*scope, "cost", found);
        return tariffs::gather_model_parameters(found, evaluator.missing_inputs(), model, codes, {file, 1, 1}).sorted();
    }

    Scope model{"model", nullptr};
    Scope kind{"kind k", &model};
    std::vector<std::unique_ptr<Scope>> scopes;
    std::map<const Scope*, std::string> codes;
};

}  // namespace

TEST_CASE("a model parameter that several products lack is one error at the model, naming them", "[validation]") {
    const auto problems = Method(3).problems();
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].pos.to_string() == "m.yaml:1:1");
    CHECK(problems[0].message.english() ==
          "missing parameter `hours` for the model: rule `cost` needs it for products P1, P2 and P3 (m.yaml:3:9); "
          "give it once under `parameters:`, or for each of those products");
}

TEST_CASE("past five products the error names five and counts the rest", "[validation]") {
    const auto problems = Method(8).problems();
    REQUIRE(problems.size() == 1);
    CHECK_THAT(problems[0].message.english(), Catch::Contains("for products P1, P2, P3, P4, P5 and 3 more (m.yaml:3:9)"));
}

TEST_CASE("a model parameter that one product alone lacks stays at that product", "[validation]") {
    const auto problems = Method(1).problems();
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].pos.to_string() == "m.yaml:10:5");
    CHECK(problems[0].message.english() == "missing parameter `hours` for product P1: rule `cost` needs it (m.yaml:3:9)");
}
