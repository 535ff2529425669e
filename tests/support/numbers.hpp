// Helpers for tests that state exact values as decimal text.
#pragma once

#include "engine/number.hpp"

#include <catch2/catch.hpp>

#include <string>

namespace test {

// The exact number a decimal text denotes; fails the test if it is not one.
inline engine::Number num(const char* text) {
    const auto parsed = engine::Number::parse(text);
    REQUIRE(parsed.has_value());
    return *parsed;
}

// Exact decimal text where there is one, else the fraction: readable in failures.
inline std::string exact(const engine::Number& value) {
    return value.to_exact_decimal().value_or(value.to_fraction_string());
}

}  // namespace test
