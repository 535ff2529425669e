// The names a formula uses, read from its syntax tree (engine/names_used.hpp):
// what a product's `inputs:` may name, and what a rule may depend on.
#include "engine/names_used.hpp"
#include "engine/parser.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

namespace {

engine::NamesUsed names_in(const std::string& formula) {
    const engine::SourcePos start{engine::make_file_name("f.yaml"), 1, 1};
    return engine::names_used(*engine::parse_formula(formula, start));
}

using Names = std::vector<std::string>;

}  // namespace

TEST_CASE("names_used lists each name a formula reads once, first use first", "[names]") {
    const auto names = names_in("hourly_wage / productivity + overhead * (1 + hourly_wage)");
    CHECK(names.values == Names{"hourly_wage", "productivity", "overhead"});
    CHECK(names.collections.empty());
}

TEST_CASE("names_used reads every branch and argument, and the body of a sum with its collection", "[names]") {
    const auto names = names_in("if(a > 0, round(b, 2, ceiling), max(c, sum(staff_mix, share * wage)))");
    CHECK(names.values == Names{"a", "b", "c", "share", "wage"});
    CHECK(names.collections == Names{"staff_mix"});
}

TEST_CASE("a formula of literals uses no names", "[names]") {
    const auto names = names_in("40 * 1.5%");
    CHECK(names.values.empty());
    CHECK(names.collections.empty());
}
