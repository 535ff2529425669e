#include "skip.hpp"

#include <catch2/catch.hpp>

#include <cstdio>
#include <cstdlib>
#include <iostream>

namespace test {

void skip(const std::string& reason) {
    if (const char* code = std::getenv("TARIFF_TEST_SKIP_CODE")) {
        std::cout << "skipped: " << reason << std::endl;
        std::_Exit(std::atoi(code));
    }
    WARN("skipped: " + reason);
}

}  // namespace test
