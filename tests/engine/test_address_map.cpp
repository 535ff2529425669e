// The evaluator's map from (scope, definition) to what it knows of them.
#include "engine/address_map.hpp"
#include "engine/symbol.hpp"

#include <catch2/catch.hpp>

#include <vector>

using engine::AddressPairMap;

TEST_CASE("an address map finds every value it was given, across growth", "[address_map]") {
    std::vector<int> scopes(300), definitions(50);
    AddressPairMap<int> map;
    for (std::size_t s = 0; s < scopes.size(); ++s)
        for (std::size_t d = 0; d < definitions.size(); ++d)
            map[{&scopes[s], &definitions[d]}] = static_cast<int>(s * 1000 + d);
    CHECK(map.size() == scopes.size() * definitions.size());
    bool all_found = true;
    for (std::size_t s = 0; s < scopes.size(); ++s)
        for (std::size_t d = 0; d < definitions.size(); ++d) {
            const int* value = map.find({&scopes[s], &definitions[d]});
            all_found = all_found && value && *value == static_cast<int>(s * 1000 + d);
        }
    CHECK(all_found);
}

TEST_CASE("an address map tells (a, b) from (b, a) and reports what it lacks", "[address_map]") {
    int a = 0, b = 0;
    AddressPairMap<int> map;
    CHECK(map.find({&a, &b}) == nullptr);
    map[{&a, &b}] = 1;
    map[{&b, &a}] = 2;
    CHECK(*map.find({&a, &b}) == 1);
    CHECK(*map.find({&b, &a}) == 2);
    CHECK(map.find({&a, &a}) == nullptr);
    map[{&a, &b}] += 10;
    CHECK(*map.find({&a, &b}) == 11);
    CHECK(map.size() == 2);
}

TEST_CASE("a name has one symbol for the life of the process", "[symbol]") {
    const engine::Symbol hours = engine::intern("test_symbol_hours");
    CHECK(engine::intern("test_symbol_hours") == hours);
    CHECK(engine::intern("test_symbol_minutes") != hours);
    CHECK(engine::find_symbol("test_symbol_hours") == hours);
    CHECK_FALSE(engine::find_symbol("test_symbol_never_interned").has_value());
}
